import { decodeBase64url } from '../encoding/base64url';
import { decodeUtf8 } from '../encoding/text';
import { parseLosslessJson, type JsonNode, type JsonString } from '../json/lossless';
import { err, ok, type Result } from '../result';

/**
 * One disclosure decoded (RFC 9901 section 4.2): `[salt, name, value]` discloses an object property,
 * `[salt, value]` an array element.
 */
export type Disclosure =
  | {
      readonly kind: 'property';
      readonly salt: string;
      /** The claim name as written in the disclosure (its raw text keeps the escapes). */
      readonly name: JsonString;
      readonly value: JsonNode;
    }
  | { readonly kind: 'element'; readonly salt: string; readonly value: JsonNode };

/** Why a disclosure cannot be read, as a closed union (words from `describeDisclosureError`). */
export type DisclosureError =
  /** Not canonical base64url; `index` is where, in the disclosure's text. */
  | { readonly code: 'NOT_BASE64URL'; readonly index?: number }
  | { readonly code: 'NOT_UTF8' }
  | { readonly code: 'NOT_JSON'; readonly detail: string }
  /** JSON, but not an array of 2 or 3 elements; `found` is the element count of an array. */
  | { readonly code: 'NOT_ARRAY'; readonly found?: number }
  | { readonly code: 'SALT_NOT_STRING' }
  | { readonly code: 'NAME_NOT_STRING' }
  /** `_sd` and `...` are never claim names of a disclosure (RFC 9901 section 4.2.1). */
  | { readonly code: 'NAME_FORBIDDEN'; readonly name: '_sd' | '...' };

export type DisclosureErrorCode = DisclosureError['code'];

/** Decodes a disclosure's base64url text into its salt, claim name (for a property) and value. Never throws. */
export function decodeDisclosure(text: string): Result<Disclosure, DisclosureError> {
  const bytes = decodeBase64url(text);
  if (!bytes.ok) {
    return err({ code: 'NOT_BASE64URL', ...('index' in bytes.error ? { index: bytes.error.index } : {}) });
  }
  const utf8 = decodeUtf8(bytes.value);
  if (!utf8.ok) return err({ code: 'NOT_UTF8' });
  const json = parseLosslessJson(utf8.value);
  if (!json.ok) return err({ code: 'NOT_JSON', detail: json.error.detail });
  const array = json.value;
  if (array.kind !== 'array') return err({ code: 'NOT_ARRAY' });
  const [salt, second, third] = array.items;
  if (array.items.length !== 2 && array.items.length !== 3) {
    return err({ code: 'NOT_ARRAY', found: array.items.length });
  }
  if (salt?.kind !== 'string' || second === undefined) return err({ code: 'SALT_NOT_STRING' });
  if (third === undefined) return ok({ kind: 'element', salt: salt.value, value: second });
  if (second.kind !== 'string') return err({ code: 'NAME_NOT_STRING' });
  if (second.value === '_sd' || second.value === '...') {
    return err({ code: 'NAME_FORBIDDEN', name: second.value });
  }
  return ok({ kind: 'property', salt: salt.value, name: second, value: third });
}
