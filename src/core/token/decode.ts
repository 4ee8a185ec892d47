import { decodeBase64url, decodeBase64urlLenient, type Base64urlProblem } from '../encoding/base64url';
import { decodeUtf8 } from '../encoding/text';
import {
  describeJsonKind,
  isExact,
  jsTextOf,
  MAX_JSON_DEPTH,
  readJsonTape,
  rawOf,
  stringMember,
  type JsonNode,
  type JsonObject,
} from '../json/lossless';
import type { PrettyJson } from '../json/pretty';
import { tapeKindAt } from '../json/tape';
import { treeOfTape } from '../json/tape-tree';
import { DEFAULT_LIMITS, MAX_SEGMENTS, type Limits } from '../limits';
import type { CoreError, CoreErrorCode } from './errors';
import { extractToken, type CleanedToken } from './extract';
import { findTokens, type FoundTokens } from './find';
import { lazyJsonContent } from './json-content';
import { offerFixes } from './fixes';
import type { Note } from './notes';
import type { TokenPart } from './parts';
import { splitToken, type Segment } from './split';

/** What a decoded segment holds. Plain data: how it is shown (pretty text, hex) is decided when it is shown. */
export type SegmentContent =
  | {
      readonly kind: 'json';
      readonly text: string;
      /** The tree: for a decoded part, made when first read (`lazyJsonContent`). */
      readonly json: JsonNode;
      /**
       * The pretty text of the whole JSON with its flagged runs only, when the tree was cut down to be sent from
       * a worker (`json` may then have `elided` children): how it is shown, computed where the whole tree was.
       */
      readonly pretty?: PrettyJson;
    }
  | { readonly kind: 'text'; readonly text: string }
  /** Bytes that are not UTF-8 text: they are the part's `bytes`. */
  | { readonly kind: 'binary' }
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

export type TokenKind = DecodedToken['kind'];

/** What every decoded token has, whatever its kind. */
interface DecodedCommon {
  readonly input: string;
  readonly cleaned: CleanedToken;
  /**
   * The tokens found in pasted text that is not one token (an HTTP exchange, a JSON body, a log line, several
   * tokens), and which is decoded here: `cleaned` is then that token, mapped to its place in `input`.
   */
  readonly found?: FoundInText;
  /**
   * The compact JWS or JWE that a signature or decryption covers (RFC 7515 section 7.1): the cleaned token, or
   * the issuer-signed JWT of an SD-JWT (RFC 9901 section 4). Verification reads this, never `cleaned.token`.
   */
  readonly compact: string;
  readonly segments: readonly Segment[];
  readonly header?: DecodedPart;
  /** The header as an object, when it decoded to one. */
  readonly headerObject?: JsonObject;
  /** The header's `alg`, when it is a string. */
  readonly alg?: string;
  /** Empty exactly when the whole token decoded. */
  readonly errors: readonly CoreError[];
  readonly notes: readonly Note[];
}

/** A compact JWS (RFC 7515 section 7.1); `unsecured` when its `alg` is exactly "none" (RFC 7519 section 6). */
export interface DecodedJws extends DecodedCommon {
  readonly kind: 'jws' | 'unsecured';
  readonly header: DecodedPart;
  readonly payload: DecodedPart;
  readonly signature: DecodedBytes;
}

/**
 * An SD-JWT (RFC 9901 section 4): the issuer-signed JWT decoded as a JWS, its disclosures and key-binding JWT
 * kept as the text they are (core/sd-jwt reads them).
 */
export interface DecodedSdJwt extends DecodedCommon {
  readonly kind: 'sd-jwt';
  readonly header: DecodedPart;
  readonly payload: DecodedPart;
  readonly signature: DecodedBytes;
  readonly disclosures: readonly string[];
  /** The key-binding JWT after the last '~', when there is one. */
  readonly keyBinding?: string;
}

/** A compact JWE (RFC 7516 section 7.1): only its protected header can be read without the key. */
export interface DecodedJwe extends DecodedCommon {
  readonly kind: 'jwe';
  readonly header: DecodedPart;
  readonly encryptedKey: DecodedBytes;
  readonly iv: DecodedBytes;
  readonly ciphertext: DecodedBytes;
  readonly tag: DecodedBytes;
  /**
   * Never from the decoder (a JWE's payload cannot be read without the key): the page sets it to the decrypted
   * plaintext once the key on screen decrypts the token, so the panes and claims read it like any payload.
   */
  readonly payload?: DecodedPart;
  /** A JWE has no signature: `decoded.signature` reads as undefined without narrowing. */
  readonly signature?: never;
}

/** Text that is no token: empty, JSON, a token inside other text, or the wrong number of segments. */
export interface DecodedUnknown extends DecodedCommon {
  readonly kind: 'unknown';
  readonly payload?: DecodedPart;
  readonly signature?: DecodedBytes;
}

/** The tokens `findTokens` found in the pasted text, and the index of the one decoded. */
export interface FoundInText extends FoundTokens {
  readonly chosen: number;
}

/**
 * Everything read from a pasted token, as plain data (structured-cloneable: it may come from a worker).
 * Decoding never stops at the first problem: each segment that can be read is, so a bad signature segment
 * does not hide the header and payload.
 */
export type DecodedToken = DecodedJws | DecodedSdJwt | DecodedJwe | DecodedUnknown;

function base64Error(problem: Base64urlProblem, segment: Segment): CoreError {
  const { part } = segment;
  switch (problem.kind) {
    case 'standard':
      return {
        code: 'BASE64URL_STANDARD',
        part,
        at: segment.start + problem.index,
        end: segment.start + problem.index + 1,
        char: problem.char,
      };
    case 'padding':
      return { code: 'BASE64URL_PADDING', part, at: segment.start + problem.index, end: segment.end };
    case 'char':
      return {
        code: 'BASE64URL_CHAR',
        part,
        at: segment.start + problem.index,
        end: segment.start + problem.index + problem.char.length,
        char: problem.char,
      };
    case 'noncanonical':
      return {
        code: 'BASE64URL_NONCANONICAL',
        part,
        at: segment.start + problem.index,
        end: segment.start + problem.index + 1,
        char: problem.char,
        expected: problem.canonical,
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
function decodeBytes(segment: Segment): DecodedBytes {
  if (segment.text === '') return { segment, bytes: new Uint8Array(0) };
  const bytes = decodeBase64url(segment.text);
  if (bytes.ok) return { segment, bytes: bytes.value };
  const error = base64Error(bytes.error, segment);
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

function decodeJsonPart(segment: Segment, notes: Note[]): DecodedPart {
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
  const decoded = decodeBytes(segment);
  if (decoded.bytes === undefined)
    return decoded.error === undefined ? { segment } : { segment, error: decoded.error };
  const part = decodeJsonBytes(segment, decoded.bytes, notes);
  // A base64url error found before the content (a non-canonical last character) is the one reported.
  return decoded.error === undefined ? part : { ...part, error: decoded.error };
}

/**
 * JSON parts at least this long (in UTF-16 units) keep their tape and make their tree when it is first read;
 * shorter ones make it at once, from a tape in the scanner's kept arrays (allocating a tape per part made a
 * typical token's decode three times slower).
 */
const LAZY_TREE_FROM = 16 * 1024;

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
    return { segment, bytes, content: { kind: 'binary' } };
  }
  const lazy = text.value.length >= LAZY_TREE_FROM;
  const read = readJsonTape(text.value, lazy ? 'own' : 'scratch');
  if (!read.ok) {
    const e = read.error;
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
  const tape = read.value;
  // A big part's tree is made when first read: in the decode worker, never whole (`toViewDecoded`).
  const content: SegmentContent = lazy
    ? lazyJsonContent(text.value, tape)
    : { kind: 'json', text: text.value, json: treeOfTape(text.value, tape) };
  const rootKind = tapeKindAt(tape, 0);
  if (segment.part === 'header' && rootKind !== 'object') {
    return {
      segment,
      bytes,
      content,
      error: {
        code: 'HEADER_NOT_OBJECT',
        part: 'header',
        at: segment.start,
        end: segment.end,
        detail: describeJsonKind(rootKind),
      },
    };
  }
  if (segment.part === 'payload' && rootKind !== 'object') {
    notes.push({
      code: 'PAYLOAD_NOT_OBJECT',
      part: 'payload',
      severity: 'warning',
      detail: describeJsonKind(rootKind),
    });
  }
  // The scan says whether there is anything to note: most trees are not walked (nor made) for it.
  if (tape.flagged) collectJsonNotes(content.json, segment.part, notes);
  return { segment, bytes, content };
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
    } else if (node.kind === 'number' && !isExact(node) && !reported.has(`n:${rawOf(node)}`)) {
      reported.add(`n:${rawOf(node)}`);
      notes.push({
        code: 'INEXACT_NUMBER',
        part,
        severity: 'warning',
        detail: rawOf(node),
        jsValue: jsTextOf(node),
      });
    }
  }
}

function collect<T extends { readonly error?: CoreError }>(errors: CoreError[], part: T): T {
  if (part.error !== undefined) errors.push(part.error);
  return part;
}

/** The header decoded, with its object and `alg` when it has them. */
function decodeHeader(segment: Segment, notes: Note[], errors: CoreError[]) {
  const header = collect(errors, decodeJsonPart(segment, notes));
  const headerObject =
    header.content?.kind === 'json' && header.content.json.kind === 'object'
      ? header.content.json
      : undefined;
  const alg = stringMember(headerObject, 'alg');
  return {
    header,
    ...(headerObject === undefined ? {} : { headerObject }),
    ...(alg === undefined ? {} : { alg }),
  };
}

/** Notes about the signature of a JWS whose header decoded (RFC 7515 section 4.1.1). */
function noteSignature(
  alg: string | undefined,
  headerObject: JsonObject | undefined,
  signature: Segment,
  notes: Note[],
) {
  // Algorithm names are case-sensitive: 'None' is an unknown algorithm, not 'none'.
  if (alg === 'none') notes.push({ code: 'UNSECURED', part: 'signature', severity: 'warning' });
  else if (signature.text === '' && headerObject !== undefined) {
    notes.push({ code: 'SIGNATURE_EMPTY', part: 'signature', severity: 'warning' });
  }
}

function decodeCleaned(input: string, cleaned: CleanedToken): DecodedToken {
  const split = splitToken(cleaned);
  const notes: Note[] = [...cleaned.notes];
  const errors: CoreError[] = [];
  const base = { input, cleaned, compact: split.compact, segments: split.segments, notes, errors };
  const token = cleaned.token;
  switch (split.problem?.kind) {
    case 'empty':
      return { ...base, kind: 'unknown', errors: [{ code: 'EMPTY', part: 'token' }] };
    case 'json':
      return { ...base, kind: 'unknown', errors: [{ code: 'NOT_COMPACT', part: 'token', at: 0, end: 1 }] };
    case 'text-around':
      return {
        ...base,
        kind: 'unknown',
        errors: [
          { code: 'TEXT_AROUND_TOKEN', part: 'token', at: split.problem.start, end: split.problem.end },
        ],
      };
    case 'segment-count':
      if (split.problem.found > MAX_SEGMENTS) {
        // Refused whole: no segment of such a text is decoded.
        const count = {
          code: 'SEGMENT_COUNT',
          part: 'token',
          found: split.problem.found,
          at: 0,
          end: token.length,
        } as const;
        return { ...base, kind: 'unknown', errors: [count] };
      }
      errors.push({
        code: 'SEGMENT_COUNT',
        part: 'token',
        found: split.problem.found,
        at: 0,
        end: token.length,
      });
      break;
    case undefined:
      break;
  }
  const [first, second, third, fourth, fifth] = split.segments;
  if (first === undefined) return { ...base, kind: 'unknown' };
  const head = decodeHeader(first, notes, errors);

  if (
    split.kind === 'jwe' &&
    second !== undefined &&
    third !== undefined &&
    fourth !== undefined &&
    fifth !== undefined
  ) {
    notes.push({ code: 'ENCRYPTED', part: 'token', severity: 'info' });
    return {
      ...base,
      ...head,
      kind: 'jwe',
      encryptedKey: collect(errors, decodeBytes(second)),
      iv: collect(errors, decodeBytes(third)),
      ciphertext: collect(errors, decodeBytes(fourth)),
      tag: collect(errors, decodeBytes(fifth)),
    };
  }

  const payload = second === undefined ? undefined : collect(errors, decodeJsonPart(second, notes));
  if (split.kind === 'unknown' || payload === undefined || third === undefined) {
    return { ...base, ...head, kind: 'unknown', ...(payload === undefined ? {} : { payload }) };
  }
  const signature = collect(errors, decodeBytes(third));
  noteSignature(head.alg, head.headerObject, third, notes);
  const jws = { ...base, ...head, payload, signature };
  if (split.kind === 'sd-jwt') {
    const disclosures = split.segments.filter((s) => s.part === 'disclosure').map((s) => s.text);
    const keyBinding = split.segments.find((s) => s.part === 'key-binding' && s.text !== '')?.text;
    notes.push({
      code: 'SD_JWT',
      part: 'token',
      severity: 'info',
      count: disclosures.length,
      ...(keyBinding === undefined ? {} : { detail: 'key-binding' }),
    });
    return { ...jws, kind: 'sd-jwt', disclosures, ...(keyBinding === undefined ? {} : { keyBinding }) };
  }
  return { ...jws, kind: head.alg === 'none' ? 'unsecured' : 'jws' };
}

function decodeOnce(input: string): DecodedToken {
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
      compact: cleaned.token,
      kind: 'unknown',
      segments: [],
      errors: [{ code: 'INTERNAL', part: 'token', detail: e instanceof Error ? e.name : 'unknown' }],
      notes: [...cleaned.notes],
    };
  }
}

/** A text over the size limit, refused before any clean-up, split or parse looks at it. */
function refuseTooLarge(input: string, limit: number): DecodedToken {
  return {
    input,
    cleaned: {
      original: input,
      token: input,
      notes: [],
      pieces: [{ clean: 0, original: 0, length: input.length }],
    },
    compact: input,
    kind: 'unknown',
    segments: [],
    errors: [{ code: 'TOKEN_TOO_LARGE', part: 'token', found: input.length, limit }],
    notes: [],
  };
}

/**
 * Decodes a token as pasted: a compact JWS (RFC 7515 section 7.1, RFC 7519 section 7.2), a compact JWE (RFC
 * 7516 section 7.1, protected header only) or an SD-JWT (RFC 9901 section 4, its issuer-signed JWT). Cleans up
 * the input, splits it, decodes each segment it can, and offers the one-click fixes that get it further.
 * Text that is not one token but holds some (an HTTP exchange, a JSON body, a log line) is decoded as the token
 * `choice` of those found, the first by default (`found`). Text longer than `limits.tokenChars` is refused
 * (TOKEN_TOO_LARGE) before anything else reads it. Never throws.
 */
export function decodeToken(input: string, limits: Limits = DEFAULT_LIMITS, choice = 0): DecodedToken {
  if (input.length > limits.tokenChars) return refuseTooLarge(input, limits.tokenChars);
  const decoded = decodeOnce(input);
  if (!moreThanAToken(decoded))
    return decoded.errors.length === 0 ? decoded : offerFixes(decoded, decodeOnce);
  return decodeFound(input, decoded, choice) ?? offerFixes(decoded, decodeOnce);
}

/**
 * Whether the text may be more than one token: JSON (a token response), words around a token (a command, a
 * header, a log line), a segment count no token has (not past the limit: that is refused whole), or two tokens
 * on two lines, which join into five segments once the line breaks go. A broken token is not: it keeps its
 * errors and fixes, never a token found inside it.
 */
function moreThanAToken(decoded: DecodedToken): boolean {
  if (decoded.kind === 'jwe') return decoded.cleaned.pieces.length > 1;
  return decoded.errors.some(
    (e) =>
      e.code === 'NOT_COMPACT' ||
      e.code === 'TEXT_AROUND_TOKEN' ||
      (e.code === 'SEGMENT_COUNT' && (e.found ?? 0) <= MAX_SEGMENTS),
  );
}

/**
 * Text that is not one token, decoded as the token it holds: every token in it is found (`findTokens`), and
 * the chosen one (the first by default) is decoded in place, its offsets mapped into the pasted text. Undefined
 * when the text holds no token, or is itself the one token found (a broken token keeps its own errors and fixes).
 */
function decodeFound(input: string, decoded: DecodedToken, choice: number): DecodedToken | undefined {
  const found = findTokens(input);
  const first = found.tokens[0];
  if (first === undefined) return undefined;
  if (found.tokens.length === 1 && first.token === decoded.cleaned.token) return undefined;
  const chosen = Math.min(Math.max(0, Math.trunc(choice)), found.tokens.length - 1);
  const token = found.tokens[chosen] ?? first;
  const cleaned: CleanedToken = {
    original: input,
    token: token.token,
    notes: [],
    pieces: [{ clean: 0, original: token.start, length: token.token.length }],
  };
  try {
    return { ...decodeCleaned(input, cleaned), found: { ...found, chosen } };
  } catch {
    return undefined;
  }
}
