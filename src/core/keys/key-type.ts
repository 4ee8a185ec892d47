/** Key types of RFC 7517 section 4.1, and AKP (algorithm key pair) of the JOSE ML-DSA draft. */
export type KeyType = 'oct' | 'RSA' | 'EC' | 'OKP' | 'AKP';

/** What pasted key text looks like, before anything is imported. */
export type KeyTextKind =
  | 'empty'
  | 'secret'
  | 'spki'
  | 'pkcs1-public'
  | 'x509'
  | 'pkcs8'
  | 'pkcs1-private'
  | 'sec1'
  | 'encrypted-private'
  | 'pem-unknown'
  | 'jwk'
  | 'jwks'
  | 'json-unknown';

/** Words for a key type and curve as people say them ("EC P-256", "RSA", "Ed25519"). */
export function describeKeyType(kty: KeyType, crv?: string): string {
  switch (kty) {
    case 'oct':
      return 'HMAC secret';
    case 'RSA':
      return 'RSA';
    case 'EC':
      return crv === undefined ? 'EC' : `EC ${crv}`;
    case 'OKP':
      return crv ?? 'OKP';
    case 'AKP':
      return 'ML-DSA';
  }
}
