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

export interface DetectedKeyText {
  readonly kind: KeyTextKind;
  /** The PEM label found ("PUBLIC KEY"), for PEM kinds. */
  readonly pemLabel?: string;
  /** The parsed JSON, for jwk and jwks. */
  readonly json?: Record<string, unknown>;
}

const PEM_KINDS: Readonly<Record<string, KeyTextKind>> = {
  'PUBLIC KEY': 'spki',
  'RSA PUBLIC KEY': 'pkcs1-public',
  CERTIFICATE: 'x509',
  'PRIVATE KEY': 'pkcs8',
  'RSA PRIVATE KEY': 'pkcs1-private',
  'EC PRIVATE KEY': 'sec1',
  'ENCRYPTED PRIVATE KEY': 'encrypted-private',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Classifies pasted key text: an HMAC secret, a PEM block by its label, a JWK or a JWKS (RFC 7517 section 5). */
export function detectKeyText(text: string): DetectedKeyText {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const pem = /-----BEGIN ([A-Z0-9 ]+?)-----/.exec(trimmed);
  if (pem !== null) {
    const label = pem[1] ?? '';
    return { kind: PEM_KINDS[label] ?? 'pem-unknown', pemLabel: label };
  }
  if (trimmed.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch {
      return { kind: 'json-unknown' };
    }
    if (!isRecord(json)) return { kind: 'json-unknown' };
    if (Array.isArray(json.keys)) return { kind: 'jwks', json };
    if (typeof json.kty === 'string') return { kind: 'jwk', json };
    return { kind: 'json-unknown', json };
  }
  return { kind: 'secret' };
}
