import type { PublicKeyEntry } from '../keys/key-material';
import { checkKeyFits, type AlgorithmSpec } from './algorithms';
import type { CandidateReport } from './verdict';

/**
 * Chooses the keys to try for `spec` (RFC 7515 section 4.1.4: kid is a hint; a key whose kid matches narrows
 * the set to it), and says why each other key was skipped: its kid, its use, its alg, or its type.
 */
export function selectCandidates(
  keys: readonly PublicKeyEntry[],
  spec: AlgorithmSpec,
  kid: string | undefined,
): { fitting: PublicKeyEntry[]; skipped: CandidateReport[] } {
  const skipped: CandidateReport[] = [];
  const kidMatches = kid !== undefined && keys.some((k) => k.kid === kid);
  const fitting: PublicKeyEntry[] = [];
  for (const key of keys) {
    const base = { key: key.source, outcome: 'skipped' } as const;
    if (kidMatches && key.kid !== kid) {
      skipped.push({
        ...base,
        because: 'kid-differs',
        tokenKid: kid,
        ...(key.kid === undefined ? {} : { kid: key.kid }),
      });
      continue;
    }
    if (key.use === 'enc') {
      skipped.push({ ...base, because: 'use-enc' });
      continue;
    }
    if (key.alg !== undefined && key.alg !== spec.alg) {
      skipped.push({ ...base, because: 'alg-differs', keyAlg: key.alg, alg: spec.alg });
      continue;
    }
    const mismatch = checkKeyFits(spec, key.kty, key.crv);
    if (mismatch === undefined) fitting.push(key);
    else skipped.push({ ...base, because: 'key-type', mismatch });
  }
  return { fitting, skipped };
}
