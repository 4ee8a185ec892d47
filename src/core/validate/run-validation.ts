import type { DecodedToken } from '../token/decode';
import type { Check } from './check';
import { checkClaims } from './check-claims';
import { checkTokenHash } from './check-token-hash';
import type { Expectations } from './expectations';

/**
 * Every check of the validation panel, in the contract's order (exp, nbf, iat, iss, aud, nonce, typ, alg,
 * at_hash, c_hash), at `now` (ms) with a leeway (s). Async only for the at_hash / c_hash digests.
 */
export async function runValidation(
  decoded: DecodedToken,
  expected: Expectations,
  now: number,
  leewaySeconds = 0,
): Promise<readonly Check[]> {
  const [atHash, cHash] = await Promise.all([
    checkTokenHash(decoded, 'at_hash', expected.hashInput),
    checkTokenHash(decoded, 'c_hash', expected.hashInput),
  ]);
  return [...checkClaims(decoded, expected, now, leewaySeconds), atHash, cHash];
}
