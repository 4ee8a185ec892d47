import { Suspense, type ReactNode } from 'react';
import { selectHasLayers, selectShownIsJwe } from '../../state/selectors/layers';
import { useAppStore } from '../../state/store';
import { lazyPart } from '../common/lazy';

const DecryptStatusPart = lazyPart(() => import('./decrypt-status').then((m) => m.DecryptStatus));
const LayerTrailPart = lazyPart(() => import('./layer-trail').then((m) => m.LayerTrail));
const JweSegmentsPart = lazyPart(() => import('./jwe-segments').then((m) => m.JweSegments));

/** The decryption status, for a JWE only; its code (and jose's) loads on the first JWE or when the page is idle. */
export function JweDecrypt() {
  const isJwe = useAppStore(selectShownIsJwe);
  if (!isJwe) return null;
  return (
    <Suspense fallback={null}>
      <DecryptStatusPart />
    </Suspense>
  );
}

/** The layers of a nested token, once it has inner layers. */
export function JweLayers() {
  const has = useAppStore(selectHasLayers);
  if (!has) return null;
  return (
    <Suspense fallback={null}>
      <LayerTrailPart />
    </Suspense>
  );
}

/** A JWE's encrypted key, IV, ciphertext and tag explained, with its alg and enc. */
export function JweSegmentsLazy({ fallback }: { readonly fallback: ReactNode }) {
  return (
    <Suspense fallback={fallback}>
      <JweSegmentsPart />
    </Suspense>
  );
}
