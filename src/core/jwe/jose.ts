import { compactDecrypt, CompactEncrypt, type JWK } from 'jose';
import type { Attempt, AttemptFailure, DecryptEngine } from './engine';

function errorCode(e: unknown): unknown {
  return typeof e === 'object' && e !== null && 'code' in e ? e.code : undefined;
}

/**
 * Translates what jose threw by its stable `code` (never its message). With zip "DEF", a JWEInvalid after the
 * checks that run before jose (which leave jose nothing else to call invalid) is the inflation: jose wraps a
 * DEFLATE failure with its `cause`, and throws the limit without one.
 */
function toFailure(e: unknown, zip: boolean): AttemptFailure {
  switch (errorCode(e)) {
    case 'ERR_JWE_DECRYPTION_FAILED':
      return 'decryption-failed';
    case 'ERR_JOSE_NOT_SUPPORTED':
      return 'not-supported';
    case 'ERR_JWE_INVALID':
      if (!zip) return 'invalid';
      return e instanceof Error && e.cause !== undefined ? 'decompress-failed' : 'zip-too-large';
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
      return 'invalid';
    default:
      // jose throws plain TypeErrors for keys that do not suit the algorithm, and WebCrypto DOMExceptions for keys
      // it cannot import or use.
      return 'invalid-key';
  }
}

/**
 * RFC 7516 section 5.2: decrypts a compact JWE with one key through jose, allowing exactly the token's alg and
 * enc (PBES2 only when the token's alg is PBES2), its p2c up to the limit and its inflated plaintext up to the
 * limit. The one call into jose's decryption. Never throws.
 */
export const joseDecrypt: DecryptEngine = async (compact, key, options): Promise<Attempt> => {
  try {
    const { plaintext } = await compactDecrypt(compact, key, {
      keyManagementAlgorithms: [options.alg],
      contentEncryptionAlgorithms: [options.enc],
      maxPBES2Count: options.maxP2c,
      maxDecompressedLength: options.maxPlaintextBytes,
    });
    return { ok: true, plaintext };
  } catch (e) {
    return { ok: false, failure: toFailure(e, options.zip) };
  }
};

/** What jose's encryption takes besides the key: the protected header and the PBES2 parameters. */
export interface JoseEncryptInput {
  readonly plaintext: Uint8Array;
  readonly header: Readonly<Record<string, unknown>> & { readonly alg: string; readonly enc: string };
  readonly p2c?: number;
}

/** RFC 7516 section 5.1: a compact JWE through jose; the one call into jose's encryption. Throws what jose throws. */
export async function joseEncrypt(input: JoseEncryptInput, key: Uint8Array | JWK): Promise<string> {
  const encrypter = new CompactEncrypt(input.plaintext).setProtectedHeader({ ...input.header });
  if (input.p2c !== undefined) encrypter.setKeyManagementParameters({ p2c: input.p2c });
  return encrypter.encrypt(key);
}
