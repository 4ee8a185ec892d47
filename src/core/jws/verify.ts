import { stringMember } from '../json/lossless';
import type { KeyError } from '../keys/errors';
import type { ReadKey } from '../keys/key-material';
import type { Result } from '../result';
import type { DecodedToken } from '../token/decode';
import { checkCarriedKey } from './carried-key';
import { findConfusedKey } from './confusion';
import { checkReadiness } from './readiness';
import type { Verdict } from './verdict';
import { verifyHmac } from './verify-hmac';
import { verifyWithKeys } from './verify-keys';

const TOKEN_KEY_MEMBERS = new Set(['jwk', 'x5c', 'jku', 'x5u']);

/**
 * Notes when the token carries or names its own key (RFC 8725 section 3.10): that key is never the one used. An
 * x5c whose leaf certificate the user gave as the key is not noted as unused: it was (the page warns beside the
 * verdict what a match with it means).
 */
function noteTokenKeys(decoded: DecodedToken, verdict: Verdict, keyText: string): Verdict {
  if (verdict.status !== 'verified' && verdict.status !== 'invalid') return verdict;
  const given = checkCarriedKey(decoded.headerObject, keyText) === 'x5c-leaf';
  const named = (decoded.headerObject?.members ?? [])
    .map((m) => m.name.value)
    .filter((name) => TOKEN_KEY_MEMBERS.has(name) && !(given && name === 'x5c'));
  return named.length === 0 ? verdict : { ...verdict, ignoredHeaderKeys: [...new Set(named)] };
}

/**
 * Checks the signature of the decoded token with the key the user gave, and only that key (RFC 7515 section 5.2).
 * The header's alg must suit the key type; keys named or carried by the token are never used. Ignores time
 * claims. Never throws.
 */
export async function verifyToken(
  decoded: DecodedToken,
  read: Result<ReadKey, KeyError>,
  keyText: string,
): Promise<Verdict> {
  try {
    const readiness = checkReadiness(decoded, !(!read.ok && read.error.code === 'KEY_EMPTY'));
    switch (readiness.kind) {
      case 'encrypted':
        return { status: 'idle', code: 'ENCRYPTED_TOKEN', candidates: [] };
      case 'undecodable':
        return { status: 'idle', code: 'TOKEN_UNDECODABLE', candidates: [] };
      case 'unsigned':
        return { status: 'unsigned', code: 'ALG_NONE', candidates: [] };
      case 'refused':
        return { status: 'error', code: readiness.refusal.code, refusal: readiness.refusal, candidates: [] };
      case 'no-key':
        return { status: 'idle', code: 'NO_KEY', candidates: [] };
      case 'ready':
        break;
    }
    const spec = readiness.spec;
    if (spec.family === 'hmac') {
      const confused = findConfusedKey(read);
      if (confused !== undefined) {
        return { status: 'error', code: 'KEY_CONFUSION', alg: spec.alg, key: confused, candidates: [] };
      }
    }
    if (!read.ok) return { status: 'error', code: 'KEY_UNREADABLE', error: read.error, candidates: [] };
    const signature = decoded.signature?.bytes ?? new Uint8Array();
    const verdict =
      read.value.kind === 'secret'
        ? await verifyHmac(decoded.compact, spec, read.value, keyText, signature)
        : await verifyWithKeys(
            decoded,
            spec,
            read.value,
            stringMember(decoded.headerObject, 'kid'),
            signature,
          );
    return noteTokenKeys(decoded, verdict, keyText);
  } catch (e) {
    return {
      status: 'error',
      code: 'INTERNAL',
      name: e instanceof Error ? e.name : 'unknown',
      candidates: [],
    };
  }
}

// The engine API the store verifies through names its verdict type here.
export type { Verdict } from './verdict';
