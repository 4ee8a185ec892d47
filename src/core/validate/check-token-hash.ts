import { toClaimsObject } from '../claims/payload';
import { memberValue } from '../json/lossless';
import type { DecodedToken } from '../token/decode';
import type { Check } from './check';

/**
 * Checks an ID token's at_hash or c_hash against the access token or authorization code it was issued with
 * (OpenID Connect Core 1.0 sections 3.1.3.6 and 3.3.2.11); skipped without the value, without the claim, or
 * for an alg that names no hash.
 */
export async function checkTokenHash(
  decoded: DecodedToken,
  id: 'at_hash' | 'c_hash',
  input: string | undefined,
): Promise<Check> {
  const claims = toClaimsObject(decoded);
  if (claims === undefined) return { id, status: 'skip', reason: 'no-claims' };
  const node = memberValue(claims, id);
  if (node === undefined) return { id, status: 'skip', reason: 'absent' };
  const value = input?.trim() ?? '';
  if (value === '') return { id, status: 'skip', reason: 'no-input' };
  if (node.kind !== 'string') return { id, status: 'fail', reason: 'unreadable' };
  const alg = decoded.alg ?? '';
  // The hashes (SHA-2 through WebCrypto, SHA-3 through @noble) load only once there is a value to check.
  const { computeTokenHash } = await import('./token-hash');
  const expected = await computeTokenHash(value, alg);
  if (expected === undefined) return { id, status: 'skip', reason: 'no-hash', found: alg };
  return node.value === expected
    ? { id, status: 'pass', reason: 'matches', expected, found: node.value }
    : { id, status: 'fail', reason: 'differs', expected, found: node.value };
}
