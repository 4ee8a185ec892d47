import { Suspense } from 'react';
import { selectIsSdJwt } from '../../state/selectors/sd-jwt-kind';
import { useAppStoreLater } from '../common/use-app-store-later';
import { lazyPart } from '../common/lazy';

const SdJwtCard = lazyPart(() => import('./sd-jwt-card').then((m) => m.default));

/** The SD-JWT card, shown only for an SD-JWT; its code loads on the first one (or when the page is idle). */
export function SdJwtLayer() {
  const isSdJwt = useAppStoreLater(selectIsSdJwt);
  if (!isSdJwt) return null;
  return (
    <Suspense fallback={null}>
      <SdJwtCard />
    </Suspense>
  );
}
