import { toBase64url } from '../encoding/base64url';
import { parseLosslessJson, type JsonSyntaxError } from '../json/lossless';
import { ok, type Result } from '../result';

/** How edited JSON becomes a segment: whitespace outside strings removed, or the text byte for byte. */
export type JsonSegmentMode = 'compact' | 'exact';

/**
 * The JSON text with every whitespace character outside string literals removed; strings (escapes included),
 * number digits, member order and duplicate members stay exactly as written. Expects valid JSON.
 */
export function toCompactJson(text: string): string {
  let out = '';
  let runStart = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (isWhitespace(c)) {
      out += text.slice(runStart, i);
      runStart = i + 1;
    }
  }
  return out + text.slice(runStart);
}

// RFC 8259 section 2: space, line feed, carriage return and tab, the only whitespace the grammar accepts.
function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/**
 * RFC 7515 section 7.1: the base64url of the UTF-8 bytes of JSON text as written, compacted or byte for byte,
 * never through JSON.parse. Invalid JSON is an error with its line and column.
 */
export function encodeJsonSegment(jsonText: string, mode: JsonSegmentMode): Result<string, JsonSyntaxError> {
  const parsed = parseLosslessJson(jsonText);
  if (!parsed.ok) return parsed;
  return ok(toBase64url(mode === 'compact' ? toCompactJson(jsonText) : jsonText));
}

/** RFC 7515 section 5.1 step 6: the JWS signing input, the header and payload segments joined by a dot. */
export function signingInput(headerSegment: string, payloadSegment: string): string {
  return `${headerSegment}.${payloadSegment}`;
}

/** RFC 7515 section 7.1: the compact serialisation of three segments (an empty signature for alg none). */
export function encodeToken(headerSegment: string, payloadSegment: string, signatureSegment: string): string {
  return `${headerSegment}.${payloadSegment}.${signatureSegment}`;
}
