import { decodeBase64urlLenient } from '../encoding/base64url';
import { prettyJsonPrefix, type PrefixBounds } from '../json/pretty-prefix';

/** The start of a token's header and payload, as the pane shows them, read before the whole token decodes. */
export interface TokenPreview {
  /** The header's pretty JSON (its start, for a header too long to read here). */
  readonly header?: string;
  /** The payload's pretty JSON: its start, for a payload longer than the preview reads. */
  readonly payload?: string;
}

/** How many characters of each segment the preview reads: 3 KB of JSON, a screen or two of it (kept small: it is read, printed and parsed for colours in the task of the paste). */
export const PREVIEW_SEGMENT_CHARS = 4096;

const SEGMENT = /^[A-Za-z0-9_-]*$/;

/**
 * A first screen or two, whatever the JSON: deeper nesting than a claims set has (its indentation would grow the
 * text with the square of the depth) waits for the decode, which refuses JSON past its depth limit.
 */
const BOUNDS: PrefixBounds = { maxDepth: 64, maxChars: 16 * 1024 };

/** The JSON at the start of a base64url segment, and whether it is the whole segment. */
function jsonStart(segment: string): { text: string; complete: boolean } | undefined {
  const complete = segment.length <= PREVIEW_SEGMENT_CHARS;
  // Cut at a multiple of four characters (three bytes), so no byte is read from half a group.
  const read = complete ? segment : segment.slice(0, PREVIEW_SEGMENT_CHARS);
  if (!SEGMENT.test(read)) return undefined;
  const bytes = decodeBase64urlLenient(read);
  if (!bytes.ok) return undefined;
  try {
    // A character cut in two at the end waits for the rest (`stream`); invalid UTF-8 gives no preview.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.value, {
      stream: !complete,
    });
    return { text, complete };
  } catch {
    return undefined;
  }
}

/**
 * The start of the header and payload of a compact JWS (or the issuer-signed JWT of an SD-JWT), read from the
 * first `PREVIEW_SEGMENT_CHARS` of each segment: for showing the first screen of a big token at once while the
 * whole of it decodes off the page. Undefined for anything else (a JWE, an unencoded payload, text around the
 * token, a payload that is not a JSON object or array): those wait for the decode. Never a verdict or a claim;
 * the decode replaces it.
 */
export function previewToken(text: string): TokenPreview | undefined {
  const firstDot = text.indexOf('.');
  if (firstDot <= 0) return undefined;
  const secondDot = text.indexOf('.', firstDot + 1);
  if (secondDot < 0) return undefined;
  const headerSegment = text.slice(0, firstDot);
  const header = jsonStart(headerSegment);
  if (header === undefined) return undefined;
  const headerPretty = prettyJsonPrefix(header.text, header.complete, BOUNDS);
  if (headerPretty === undefined) return undefined;
  // A JWE's second segment is its encrypted key; an unencoded payload (b64: false) is no base64url.
  let plainPayload = true;
  if (header.complete) {
    try {
      const parsed: unknown = JSON.parse(header.text);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
      plainPayload = !('enc' in parsed) && !('b64' in parsed);
    } catch {
      plainPayload = false;
    }
  }
  const payload = plainPayload ? jsonStart(text.slice(firstDot + 1, secondDot)) : undefined;
  const payloadPretty =
    payload === undefined ? undefined : prettyJsonPrefix(payload.text, payload.complete, BOUNDS);
  return { header: headerPretty, ...(payloadPretty === undefined ? {} : { payload: payloadPretty }) };
}

/**
 * All that `previewToken` reads of a text, as one string: texts with the same key have the same preview. It is
 * the header segment and the start of the second segment (with whether that start is all of it); a keystroke in
 * the rest of a big token (its payload's end, its signature) leaves it unchanged, so a preview need not be read
 * again. Undefined when the text has no second dot (no preview).
 */
export function previewKey(text: string): string | undefined {
  const firstDot = text.indexOf('.');
  if (firstDot <= 0) return undefined;
  const secondDot = text.indexOf('.', firstDot + 1);
  if (secondDot < 0) return undefined;
  const complete = secondDot - firstDot - 1 <= PREVIEW_SEGMENT_CHARS;
  const read = text.slice(firstDot + 1, complete ? secondDot : firstDot + 1 + PREVIEW_SEGMENT_CHARS);
  // Whether the start is all of the segment, first; the header has no dot, so the key reads back one way only.
  return `${complete ? 'c' : 'p'}${text.slice(0, firstDot)}.${read}`;
}
