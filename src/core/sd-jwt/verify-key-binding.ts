import { verifyToken } from '../jws/verify';
import { readKeyText } from '../keys/read';
import type { DecodedSdJwt } from '../token/decode';
import {
  checkKeyBinding,
  readHolderJwk,
  toKeyBindingStatus,
  type KbProblem,
  type KeyBindingResult,
} from './key-binding';
import type { SdJwtView } from './process';

/**
 * Checks an SD-JWT's key-binding JWT (RFC 9901 section 7.3): `typ`, `iat` and `sd_hash` as `checkKeyBinding`
 * does, and its signature with the holder's key in the issuer-signed payload's `cnf.jwk` (RFC 7800 section 3.2),
 * through the page's own verification, never with a key the KB-JWT carries. Never throws.
 */
export async function verifyKeyBinding(
  decoded: DecodedSdJwt,
  view: SdJwtView | undefined,
): Promise<KeyBindingResult> {
  const checked = checkKeyBinding(decoded, view);
  if (checked === undefined) return { status: 'absent', problems: [] };
  const { kb, facts } = checked;
  const problems: KbProblem[] = [...checked.problems];
  const jwk = readHolderJwk(view);
  const decodable = !problems.some((p) => p.code === 'KB_UNDECODABLE' || p.code === 'KB_UNSIGNED');
  if (jwk === undefined) problems.push({ code: 'KB_NO_CNF_JWK' });
  else if (decodable) {
    try {
      const verdict = await verifyToken(kb, await readKeyText(jwk, 'utf8'), jwk);
      if (verdict.status === 'invalid') problems.push({ code: 'KB_SIGNATURE_MISMATCH', verdict });
      else if (verdict.status !== 'verified') problems.push({ code: 'KB_KEY_UNUSABLE', verdict });
    } catch (e) {
      const name = e instanceof Error ? e.name : 'unknown';
      problems.push({
        code: 'KB_KEY_UNUSABLE',
        verdict: { status: 'error', code: 'INTERNAL', name, candidates: [] },
      });
    }
  }
  return { status: toKeyBindingStatus(problems), facts, problems };
}
