/** What a failure thrown by jose means for a verdict; the one place that reads jose's error codes. */
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
