import { decodeBase64urlLenient } from '../encoding/base64url';
import { decodeUtf8 } from '../encoding/text';

const JWS_OR_JWE = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]*){2}(?:(?:\.[A-Za-z0-9_-]*){2})?$/;

/** Whether text is a compact JWS or JWE: three or five base64url segments, the first a JSON header with an alg. */
export function isCompactTokenText(text: string): boolean {
  if (!JWS_OR_JWE.test(text)) return false;
  const header = decodeBase64urlLenient(text.slice(0, text.indexOf('.')));
  if (!header.ok) return false;
  const json = decodeUtf8(header.value);
  if (!json.ok) return false;
  try {
    const value: unknown = JSON.parse(json.value);
    return (
      typeof value === 'object' && value !== null && typeof (value as { alg?: unknown }).alg === 'string'
    );
  } catch {
    return false;
  }
}

/** Whether bytes are the UTF-8 of a compact JWS or JWE. */
export function isCompactToken(bytes: Uint8Array): boolean {
  if (bytes.length > 64 * 1024 * 1024) return false;
  const text = decodeUtf8(bytes);
  return text.ok && isCompactTokenText(text.value);
}

/** RFC 7516 section 4.1.12 and RFC 7519 section 5.2: a nested JWT says cty "JWT" (any case, "application/" optional). */
export function isJwtContentType(cty: string | undefined): boolean {
  const type = cty?.toLowerCase();
  return type === 'jwt' || type === 'application/jwt';
}
