import { Suspense } from 'react';
import { selectFoundTokens } from '../../state/selectors/token';
import { useAppStore } from '../../state/store';
import { lazyPart } from '../common/lazy';

const FoundTokensPart = lazyPart(() => import('./found-tokens').then((m) => m.FoundTokens));

/** The tokens found in pasted text that is not one token; the list's code loads when there are some (or when idle). */
export function FoundTokens() {
  const has = useAppStore((s) => selectFoundTokens(s) !== undefined);
  if (!has) return null;
  return (
    <Suspense fallback={null}>
      <FoundTokensPart />
    </Suspense>
  );
}
