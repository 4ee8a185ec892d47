import {
  decodeBase64url,
  decodeBase64urlLenient,
  toCanonicalBase64url,
  type Base64urlProblem,
} from '../encoding/base64url';
import { decodeUtf8, toHexDump } from '../encoding/text';
import type { CoreError, CoreErrorCode, Fix } from '../errors';
import {
  describeJsonKind,
  MAX_JSON_DEPTH,
  parseLosslessJson,
  stringMember,
  type JsonNode,
  type JsonObject,
} from '../json/lossless';
import { toPrettyJson, type PrettyJson } from '../json/pretty';
import type { Note } from '../notes';
import { extractToken, type CleanedToken } from './extract';
import { JWE_PARTS, JWS_PARTS, type TokenPart } from './parts';

/** One dot-separated segment of the cleaned token; offsets are into the cleaned token. */
export interface Segment {
  readonly part: TokenPart;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** What a decoded segment holds. */
export type SegmentContent =
  | { readonly kind: 'json'; readonly text: string; readonly json: JsonNode; readonly pretty: PrettyJson }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'binary'; readonly hex: string }
  | { readonly kind: 'empty' };

/** A header or payload segment: its bytes and content when it decodes, its error when it does not. */
export interface DecodedPart {
  readonly segment: Segment;
  readonly bytes?: Uint8Array;
  readonly content?: SegmentContent;
  readonly error?: CoreError;
}

/** A segment kept as bytes only (signature, JWE key, IV, ciphertext, tag). */
export interface DecodedBytes {
  readonly segment: Segment;
  readonly bytes?: Uint8Array;
  readonly error?: CoreError;
}

export type TokenKind = 'jws' | 'unsecured' | 'jwe' | 'unknown';

/**
 * Everything read from a pasted token. Decoding never stops at the first problem: each segment that can be
 * read is, so a bad signature segment does not hide the header and payload. `errors` is empty exactly when
 * the whole token decoded.
 */
export interface DecodedToken {
  readonly input: string;
  readonly cleaned: CleanedToken;
  readonly kind: TokenKind;
  readonly segments: readonly Segment[];
  readonly header?: DecodedPart;
  /** The payload of a JWS or unsecured token (absent for a JWE). */
  readonly payload?: DecodedPart;
  readonly signature?: DecodedBytes;
  /** The encrypted key, IV, ciphertext and tag of a JWE. */
  readonly jwe?: readonly DecodedBytes[];
  /** The header as an object, when it decoded to one. */
  readonly headerObject?: JsonObject;
  /** The header's `alg`, when it is a string. */
  readonly alg?: string;
  readonly errors: readonly CoreError[];
  readonly notes: readonly Note[];
}

function splitSegments(token: string, roles: readonly TokenPart[]): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  let i = 0;
  for (;;) {
    const dot = token.indexOf('.', start);
    const end = dot < 0 ? token.length : dot;
    segments.push({ part: roles[i] ?? 'token', text: token.slice(start, end), start, end });
    i++;
    if (dot < 0) break;
    start = dot + 1;
  }
  return segments;
}

function countSegments(token: string): number {
  let count = 1;
  for (let i = token.indexOf('.'); i >= 0; i = token.indexOf('.', i + 1)) count++;
  return count;
}

/** Standard base64 written where base64url belongs: translate the alphabet and drop the padding. */
function standardBase64Fix(token: string): Fix {
  const fixed = token
    .split('.')
    .map((s) => s.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''))
    .join('.');
  return { label: "Convert to base64url ('+' to '-', '/' to '_', drop '=')", token: fixed };
}

function strayCharacterFix(token: string, char: string): Fix | undefined {
  const stray = /[^A-Za-z0-9_.+/=-]/gu;
  const count = token.match(stray)?.length ?? 0;
  if (count === 0 || count > 3) return undefined;
  const fixed = token.replace(stray, '');
  const label =
    count === 1 ? `Remove the stray character ${JSON.stringify(char)}` : `Remove ${count} stray characters`;
  return { label, token: fixed };
}

/** Every segment's last character with its unused bits cleared (RFC 4648 section 3.5): the same bytes. */
function canonicalFix(token: string, char: string, canonical: string): Fix {
  const segments = token.split('.');
  const fixed = segments.map(toCanonicalBase64url);
  const count = fixed.filter((s, i) => s !== segments[i]).length;
  const label =
    count === 1
      ? `Use the canonical last character (${JSON.stringify(canonical)} for ${JSON.stringify(char)})`
      : `Use the canonical last character in ${count} segments`;
  return { label, token: fixed.join('.') };
}

function base64Error(problem: Base64urlProblem, segment: Segment, token: string): CoreError {
  const { part } = segment;
  switch (problem.kind) {
    case 'standard':
      return {
        code: 'BASE64URL_STANDARD',
        part,
        at: segment.start + problem.index,
        end: segment.start + problem.index + 1,
        char: problem.char,
        fix: standardBase64Fix(token),
      };
    case 'padding':
      return {
        code: 'BASE64URL_PADDING',
        part,
        at: segment.start + problem.index,
        end: segment.end,
        fix: standardBase64Fix(token),
      };
    case 'char': {
      const fix = strayCharacterFix(token, problem.char);
      return {
        code: 'BASE64URL_CHAR',
        part,
        at: segment.start + problem.index,
        end: segment.start + problem.index + problem.char.length,
        char: problem.char,
        ...(fix === undefined ? {} : { fix }),
      };
    }
    case 'noncanonical':
      return {
        code: 'BASE64URL_NONCANONICAL',
        part,
        at: segment.start + problem.index,
        end: segment.start + problem.index + 1,
        char: problem.char,
        expected: problem.canonical,
        fix: canonicalFix(token, problem.char, problem.canonical),
      };
    case 'length':
      return {
        code: 'BASE64URL_LENGTH',
        part,
        at: Math.max(segment.start, segment.end - 1),
        end: segment.end,
        found: problem.length,
      };
  }
}

/**
 * A segment's bytes, or its error. A non-canonical last character is an error, but its bytes are well defined,
 * so they are kept beside it to show what can still be shown.
 */
function decodeBytes(segment: Segment, token: string): DecodedBytes {
  const bytes = decodeBase64url(segment.text);
  if (bytes.ok) return { segment, bytes: bytes.value };
  const error = base64Error(bytes.error, segment, token);
  if (bytes.error.kind !== 'noncanonical') return { segment, error };
  const lenient = decodeBase64urlLenient(segment.text);
  return lenient.ok ? { segment, bytes: lenient.value, error } : { segment, error };
}

function jsonError(
  code: CoreErrorCode,
  segment: Segment,
  line: number,
  column: number,
  detail: string,
): CoreError {
  // Where a JSON error lies inside the base64url text cannot be pointed at one character; the segment is.
  const found = code === 'JSON_TOO_DEEP' ? { found: MAX_JSON_DEPTH } : {};
  return { code, part: segment.part, at: segment.start, end: segment.end, line, column, detail, ...found };
}

function looksLikeJson(text: string): boolean {
  return /^\s*[{[]/.test(text);
}

function decodeJsonPart(segment: Segment, token: string, notes: Note[]): DecodedPart {
  if (segment.text === '') {
    if (segment.part === 'payload') {
      notes.push({ code: 'PAYLOAD_EMPTY', part: 'payload', severity: 'info' });
      return { segment, bytes: new Uint8Array(0), content: { kind: 'empty' } };
    }
    return {
      segment,
      error: { code: 'SEGMENT_EMPTY', part: segment.part, at: segment.start, end: segment.end },
    };
  }
  const decoded = decodeBytes(segment, token);
  if (decoded.bytes === undefined)
    return decoded.error === undefined ? { segment } : { segment, error: decoded.error };
  const part = decodeJsonBytes(segment, decoded.bytes, notes);
  // A base64url error found before the content (a non-canonical last character) is the one reported.
  return decoded.error === undefined ? part : { ...part, error: decoded.error };
}

function decodeJsonBytes(segment: Segment, bytes: Uint8Array, notes: Note[]): DecodedPart {
  const text = decodeUtf8(bytes);
  if (!text.ok) {
    if (segment.part === 'header') {
      return {
        segment,
        bytes,
        error: { code: 'NOT_UTF8', part: 'header', at: segment.start, end: segment.end },
      };
    }
    notes.push({ code: 'PAYLOAD_BINARY', part: segment.part, severity: 'warning' });
    return { segment, bytes, content: { kind: 'binary', hex: toHexDump(bytes) } };
  }
  const json = parseLosslessJson(text.value);
  if (!json.ok) {
    const e = json.error;
    if (segment.part === 'payload' && !looksLikeJson(text.value)) {
      notes.push({ code: 'PAYLOAD_NOT_JSON', part: 'payload', severity: 'info' });
      return { segment, bytes, content: { kind: 'text', text: text.value } };
    }
    return {
      segment,
      bytes,
      content: { kind: 'text', text: text.value },
      error: jsonError(e.code, segment, e.line, e.column, e.detail),
    };
  }
  const tree = json.value;
  if (segment.part === 'header' && tree.kind !== 'object') {
    return {
      segment,
      bytes,
      content: { kind: 'json', text: text.value, json: tree, pretty: toPrettyJson(tree) },
      error: {
        code: 'HEADER_NOT_OBJECT',
        part: 'header',
        at: segment.start,
        end: segment.end,
        detail: describeJsonKind(tree),
      },
    };
  }
  if (segment.part === 'payload' && tree.kind !== 'object') {
    notes.push({
      code: 'PAYLOAD_NOT_OBJECT',
      part: 'payload',
      severity: 'warning',
      detail: describeJsonKind(tree),
    });
  }
  collectJsonNotes(tree, segment.part, notes);
  return {
    segment,
    bytes,
    content: { kind: 'json', text: text.value, json: tree, pretty: toPrettyJson(tree) },
  };
}

/** Flags duplicate member names and numbers JavaScript cannot hold, anywhere in the tree. */
function collectJsonNotes(root: JsonNode, part: TokenPart, notes: Note[]): void {
  const stack: JsonNode[] = [root];
  const reported = new Set<string>();
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (node.kind === 'object') {
      for (const m of node.members) {
        if (m.duplicate && !reported.has(`d:${m.name.value}`)) {
          reported.add(`d:${m.name.value}`);
          notes.push({ code: 'DUPLICATE_MEMBER', part, severity: 'warning', detail: m.name.value });
        }
        stack.push(m.value);
      }
    } else if (node.kind === 'array') {
      for (const item of node.items) stack.push(item);
    } else if (node.kind === 'number' && !node.exact && !reported.has(`n:${node.raw}`)) {
      reported.add(`n:${node.raw}`);
      notes.push({
        code: 'INEXACT_NUMBER',
        part,
        severity: 'warning',
        detail: node.raw,
        jsValue: node.jsText,
      });
    }
  }
}

function decodeCleaned(input: string, cleaned: CleanedToken): DecodedToken {
  const token = cleaned.token;
  const notes: Note[] = [...cleaned.notes];
  const base = { input, cleaned, notes };
  if (token === '') {
    return { ...base, kind: 'unknown', segments: [], errors: [{ code: 'EMPTY', part: 'token' }] };
  }
  if (/^[{[]/.test(token)) {
    return {
      ...base,
      kind: 'unknown',
      segments: [],
      errors: [{ code: 'NOT_COMPACT', part: 'token', at: 0, end: 1 }],
    };
  }
  const count = countSegments(token);
  const isJwe = count === 5;
  const segments = splitSegments(token, isJwe ? JWE_PARTS : JWS_PARTS);
  const errors: CoreError[] = [];
  if (count !== 3 && count !== 5) {
    errors.push({ code: 'SEGMENT_COUNT', part: 'token', found: count, at: 0, end: token.length });
  }

  const headerSegment = segments[0];
  const header = headerSegment === undefined ? undefined : decodeJsonPart(headerSegment, token, notes);
  if (header?.error !== undefined) errors.push(header.error);
  const headerObject =
    header?.content?.kind === 'json' && header.content.json.kind === 'object'
      ? header.content.json
      : undefined;
  const alg = stringMember(headerObject, 'alg');
  const withHeader = {
    ...base,
    segments,
    ...(header === undefined ? {} : { header }),
    ...(headerObject === undefined ? {} : { headerObject }),
    ...(alg === undefined ? {} : { alg }),
  };

  if (isJwe) {
    notes.push({ code: 'ENCRYPTED', part: 'token', severity: 'info' });
    const rest = segments
      .slice(1)
      .map((s) => (s.text === '' ? { segment: s, bytes: new Uint8Array(0) } : decodeBytes(s, token)));
    for (const r of rest) if (r.error !== undefined) errors.push(r.error);
    return { ...withHeader, kind: 'jwe', jwe: rest, errors };
  }

  const payloadSegment = segments[1];
  const payload = payloadSegment === undefined ? undefined : decodeJsonPart(payloadSegment, token, notes);
  if (payload?.error !== undefined) errors.push(payload.error);
  const signatureSegment = count === 3 ? segments[2] : undefined;
  let signature: DecodedBytes | undefined;
  if (signatureSegment !== undefined) {
    signature =
      signatureSegment.text === ''
        ? { segment: signatureSegment, bytes: new Uint8Array(0) }
        : decodeBytes(signatureSegment, token);
    if (signature.error !== undefined) errors.push(signature.error);
  }
  // Algorithm names are case-sensitive (RFC 7515 section 4.1.1): 'None' is an unknown algorithm, not 'none'.
  const unsecured = alg === 'none';
  if (unsecured) notes.push({ code: 'UNSECURED', part: 'signature', severity: 'warning' });
  else if (signatureSegment !== undefined && signatureSegment.text === '' && headerObject !== undefined) {
    notes.push({ code: 'SIGNATURE_EMPTY', part: 'signature', severity: 'warning' });
  }
  return {
    ...withHeader,
    kind: count !== 3 ? 'unknown' : unsecured ? 'unsecured' : 'jws',
    ...(payload === undefined ? {} : { payload }),
    ...(signature === undefined ? {} : { signature }),
    errors,
  };
}

/**
 * Decodes a compact JWS or JWE as pasted (RFC 7515 section 7.1, RFC 7516 section 7.1, RFC 7519 section 7.2):
 * cleans up the input, splits it, and decodes each segment it can. Never throws.
 */
export function decodeToken(input: string): DecodedToken {
  let cleaned: CleanedToken;
  try {
    cleaned = extractToken(input);
  } catch {
    cleaned = {
      original: input,
      token: input,
      notes: [],
      pieces: [{ clean: 0, original: 0, length: input.length }],
    };
  }
  try {
    return decodeCleaned(input, cleaned);
  } catch (e) {
    return {
      input,
      cleaned,
      kind: 'unknown',
      segments: [],
      errors: [{ code: 'INTERNAL', part: 'token', detail: e instanceof Error ? e.name : 'unknown' }],
      notes: [...cleaned.notes],
    };
  }
}
