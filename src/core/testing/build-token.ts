/**
 * Test support: builds and reads tokens with the platform's `btoa`, `atob`, `TextEncoder` and `TextDecoder`
 * only, so that expectations never come from the code under test (src/core/encoding).
 */

/** Bytes of a text in UTF-8. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Standard padded base64 (RFC 4648 section 4) of UTF-8 text or bytes. */
export function b64(input: string | Uint8Array): string {
  const bytes = typeof input === 'string' ? utf8(input) : input;
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Unpadded base64url (RFC 4648 section 5, RFC 7515 section 2) of UTF-8 text or bytes. */
export function b64u(input: string | Uint8Array): string {
  return b64(input).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Bytes of unpadded base64url text. */
export function fromB64u(text: string): Uint8Array {
  const standard = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(standard + '='.repeat((4 - (standard.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** UTF-8 text of unpadded base64url text. */
export function fromB64uText(text: string): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(fromB64u(text));
}

/** 32 bytes, the size of an HS256 signature. */
export const SIGNATURE = b64u(Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 11) & 0xff));

/** A compact JWS from header and payload text (or bytes), encoded exactly as given. */
export function compact(
  header: string | Uint8Array,
  payload: string | Uint8Array,
  signature = SIGNATURE,
): string {
  return `${b64u(header)}.${b64u(payload)}.${signature}`;
}

export const HS256_HEADER = '{"alg":"HS256","typ":"JWT"}';
export const CLAIMS = '{"sub":"1234567890","name":"John Doe","iat":1516239022}';
/** A well-formed HS256 token (the signature is not a real one; decoding does not verify). */
export const VALID = compact(HS256_HEADER, CLAIMS);
