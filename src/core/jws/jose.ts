import { compactVerify, importJWK, type JWK } from 'jose';

/** What a failure thrown by jose means for a verdict; read from jose's stable error codes, never its messages. */
export type JoseFailure =
  'signature-mismatch' | 'not-supported' | 'alg-not-allowed' | 'invalid-token' | 'invalid-key';

/** Translates an error jose threw by its stable `code` (never by its message text). */
export function toJoseFailure(e: unknown): JoseFailure {
  const code = typeof e === 'object' && e !== null && 'code' in e ? e.code : undefined;
  switch (code) {
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return 'signature-mismatch';
    case 'ERR_JOSE_NOT_SUPPORTED':
      return 'not-supported';
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
      return 'alg-not-allowed';
    case 'ERR_JWS_INVALID':
    case 'ERR_JWT_INVALID':
      return 'invalid-token';
    default:
      // jose throws plain TypeErrors (no code) for keys that do not suit the algorithm, and WebCrypto throws
      // DOMExceptions for keys it cannot import.
      return 'invalid-key';
  }
}

/** RFC 7515 section 5.2: checks a compact JWS with one key for exactly one algorithm. The one call into jose. */
export async function verifyCompact(
  token: string,
  key: CryptoKey | Uint8Array,
  alg: string,
): Promise<'match' | 'no-match' | Exclude<JoseFailure, 'signature-mismatch'>> {
  try {
    await compactVerify(token, key, { algorithms: [alg] });
    return 'match';
  } catch (e) {
    const failure = toJoseFailure(e);
    return failure === 'signature-mismatch' ? 'no-match' : failure;
  }
}

/** Imports a public JWK for one algorithm through jose (WebCrypto), or undefined when it cannot be. */
export async function importPublicJwk(jwk: JWK, alg: string): Promise<CryptoKey | Uint8Array | undefined> {
  try {
    return await importJWK(jwk, alg);
  } catch {
    return undefined;
  }
}
