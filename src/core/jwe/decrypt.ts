import type { KeyError } from '../keys/errors';
import type { ReadKey } from '../keys/key-material';
import type { JweLimits } from '../limits';
import type { Result } from '../result';
import type { DecodedJwe } from '../token/decode';
import { involvesAes192 } from './algorithms';
import { checkJwe, type CheckedJwe } from './check';
import type { DecryptError, DecryptKeyUsed, DecryptResult } from './decrypt-result';
import type { DecryptEngine } from './engine';
import { joseDecrypt } from './jose';
import { selectDecryptionKeys } from './keys';
import { isCompactToken, isJwtContentType } from './nested';
import { platformHasAes192 } from './platform';

// The store names these through the module it calls.
export type { JweLimits } from '../limits';
export type { DecryptKeyUsed, DecryptResult } from './decrypt-result';
export { describeDecrypt } from './decrypt-words';

/**
 * Which path decrypts a JWE that uses 192-bit AES: `auto` (the default) takes the pure path (@noble/ciphers)
 * only when the platform's WebCrypto lacks 192-bit AES; `fallback` always takes it, `platform` never (tests).
 */
export interface DecryptJweOptions {
  readonly aes192?: 'auto' | 'fallback' | 'platform';
}

async function chooseEngine(
  jwe: CheckedJwe,
  mode: DecryptJweOptions['aes192'],
): Promise<{ readonly decrypt: DecryptEngine; readonly fallback: boolean }> {
  if (!involvesAes192(jwe.alg.alg, jwe.enc.enc) || mode === 'platform') {
    return { decrypt: joseDecrypt, fallback: false };
  }
  if (mode !== 'fallback' && (await platformHasAes192())) return { decrypt: joseDecrypt, fallback: false };
  const { decryptAes192 } = await import('./aes192');
  return { decrypt: decryptAes192, fallback: true };
}

/** RFC 7516 section 4.1.12 and RFC 7519 section 5.2: cty "JWT", or a plaintext that is a compact JWS or JWE. */
function isNested(cty: string | undefined, plaintext: Uint8Array): boolean {
  return isJwtContentType(cty) || isCompactToken(plaintext);
}

function keyError(error: DecryptError): DecryptResult {
  return { status: 'error', ...error };
}

/**
 * Decrypts a compact JWE (RFC 7516 section 5.2) with the key the user gave, and only that key: never one the
 * token carries (its epk is the sender's one-time public key, which ECDH-ES needs). Refusals come before any key
 * work: RSA1_5 (RFC 8725 section 3.2) and a PBES2 p2c above `limits.maxP2c`. A set is narrowed by kid, else each
 * key that fits is tried, at most MAX_KEYS_TRIED. A decrypted token is not verified: encryption shows whom it was
 * for, not who made it. Never throws.
 */
export async function decryptJwe(
  decoded: DecodedJwe,
  read: Result<ReadKey, KeyError>,
  keyText: string,
  limits: JweLimits,
  options: DecryptJweOptions = {},
): Promise<DecryptResult> {
  try {
    const checked = await checkJwe(decoded, limits);
    if (!checked.ok) return checked.result;
    const jwe = checked.value;
    const alg = jwe.alg.alg;
    const enc = jwe.enc.enc;
    const selection = selectDecryptionKeys(
      {
        alg: jwe.alg,
        enc: jwe.enc,
        ...(jwe.kid === undefined ? {} : { kid: jwe.kid }),
        ...(jwe.epk === undefined ? {} : { crv: jwe.epk.crv }),
      },
      read,
      keyText,
    );
    if (!selection.ok) return keyError(selection.error);
    const engine = await chooseEngine(jwe, options.aes192);
    const { candidates } = selection;
    let mismatches = 0;
    let unusable = 0;
    for (const candidate of candidates) {
      const attempt = await engine.decrypt(jwe.compact, candidate.key, {
        alg,
        enc,
        zip: jwe.zip,
        maxP2c: limits.maxP2c,
        maxPlaintextBytes: limits.maxPlaintextBytes,
      });
      if (attempt.ok) {
        return {
          status: 'decrypted',
          alg,
          enc,
          plaintext: attempt.plaintext,
          ...(jwe.zip ? { zip: 'DEF' as const } : {}),
          key: candidate.used,
          nested: isNested(jwe.cty, attempt.plaintext),
          ...(jwe.cty === undefined ? {} : { cty: jwe.cty }),
          ...(selection.kidUnmatched === undefined ? {} : { kidUnmatched: selection.kidUnmatched }),
          ...(engine.fallback ? { fallback: true } : {}),
        };
      }
      switch (attempt.failure) {
        case 'decryption-failed':
          mismatches++;
          break;
        case 'invalid-key':
          unusable++;
          break;
        case 'zip-too-large':
          return {
            status: 'refused',
            code: 'ZIP_TOO_LARGE',
            limit: limits.maxPlaintextBytes,
            raisable: false,
          };
        case 'decompress-failed':
          return { status: 'error', code: 'DECOMPRESS_FAILED' };
        case 'invalid':
          return { status: 'error', code: 'TOKEN_INVALID', alg, enc };
        case 'not-supported':
          return { status: 'error', code: 'PLATFORM_UNSUPPORTED', alg, enc };
      }
    }
    const only: DecryptKeyUsed | undefined = candidates.length === 1 ? candidates[0]?.used : undefined;
    if (mismatches === 0 && unusable > 0) return { status: 'error', code: 'KEY_UNUSABLE', alg };
    return {
      status: 'failed',
      code: 'DECRYPTION_FAILED',
      alg,
      enc,
      tried: candidates.length,
      ...(selection.untried > 0 ? { untried: selection.untried } : {}),
      ...(only === undefined ? {} : { key: only }),
    };
  } catch (e) {
    return { status: 'error', code: 'INTERNAL', name: e instanceof Error ? e.name : 'unknown' };
  }
}
