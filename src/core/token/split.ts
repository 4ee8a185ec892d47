import { MAX_SEGMENTS } from '../limits';
import type { CleanedToken } from './extract';
import { JWE_PARTS, JWS_PARTS, type TokenPart } from './parts';

/** One segment of the cleaned token; offsets are into the cleaned token. */
export interface Segment {
  readonly part: TokenPart;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** What the separators say the text is, before any segment is decoded. */
export type SplitKind = 'jws' | 'jwe' | 'sd-jwt' | 'unknown';

/** Why the text cannot be split into the segments of a token. */
export type SplitProblem =
  | { readonly kind: 'empty' }
  /** It starts like JSON: a JWS JSON serialization or a JSON body, not a compact token. */
  | { readonly kind: 'json' }
  /** A token with other text around it (a command, a header line, a log line): `start`..`end` is the token. */
  | { readonly kind: 'text-around'; readonly start: number; readonly end: number }
  /**
   * Neither 3 (JWS) nor 5 (JWE) dot-separated segments. Past MAX_SEGMENTS separators the text is not cut at
   * all: it is one segment, and `found` counts what cutting would have made.
   */
  | { readonly kind: 'segment-count'; readonly found: number };

/**
 * The cleaned token cut into segments. Every segment after the first follows exactly one separator ('.' or,
 * in an SD-JWT, '~'), so the separators lie at `segments[i].start - 1`.
 */
export interface SplitToken {
  readonly kind: SplitKind;
  readonly segments: readonly Segment[];
  /**
   * The compact JWS or JWE that signatures and decryption cover (RFC 7515 section 7.1): the whole token, or the
   * issuer-signed JWT of an SD-JWT (RFC 9901 section 4).
   */
  readonly compact: string;
  readonly problem?: SplitProblem;
}

/** Characters of base64url, standard base64 and the separators: what a token (even a broken one) is made of. */
function isTokenChar(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) || // A-Z
    (code >= 0x61 && code <= 0x7a) || // a-z
    (code >= 0x30 && code <= 0x39) || // 0-9
    code === 0x2d || // -
    code === 0x5f || // _
    code === 0x2b || // +
    code === 0x2f || // /
    code === 0x3d || // =
    code === 0x2e || // .
    code === 0x7e // ~
  );
}

/** Past this many, the rest of a count is made by the platform in one call rather than a search for each. */
const COUNTED_ONE_BY_ONE = 64;

/**
 * How many times `char` (one UTF-16 unit) occurs in `text` from `from` to `to`: a search for each of the first
 * few, then, for a text made of little else (a million dots from a link), the length the rest loses without them.
 */
export function countChar(text: string, char: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf(char, from); i >= 0 && i < to; i = text.indexOf(char, i + 1)) {
    count++;
    if (count === COUNTED_ONE_BY_ONE) {
      const rest = text.slice(i + 1, to);
      return count + rest.length - rest.replaceAll(char, '').length;
    }
  }
  return count;
}

function countDots(text: string, from: number, to: number): number {
  return countChar(text, '.', from, to);
}

/** Punctuation of commands, headers and log lines that no token, however broken, is made of. */
const PROSE_PUNCTUATION = /[:;,&?#(){}[\]<>|=]/;
const WORD = /[A-Za-z]{2}/;

/**
 * The token inside other text, when the pasted text was words with a token among them: a run of token
 * characters from `eyJ` (the base64url of `{"`) with at least two dots, and, outside it, a word and the
 * punctuation of a command, header or log line, apart from the token by whitespace the clean-up removed.
 * A token wrapped over lines, or with a stray character, is not this.
 */
function findTextAround(cleaned: CleanedToken): { start: number; end: number } | undefined {
  const { token, pieces } = cleaned;
  // Only text that had whitespace inside can be words around a token.
  if (pieces.length < 2) return undefined;
  let start = -1;
  let end = -1;
  // Each 'eyJ' is looked at once, and each character at most once after it: linear in the text.
  for (let at = token.indexOf('eyJ'); at >= 0; at = token.indexOf('eyJ', end)) {
    let dots = 0;
    end = at;
    while (end < token.length && isTokenChar(token.charCodeAt(end))) {
      if (token.charCodeAt(end) === 0x2e) dots++;
      end++;
    }
    if (dots >= 2) {
      start = at;
      break;
    }
  }
  if (start < 0) return undefined;
  const outside = token.slice(0, start) + ' ' + token.slice(end);
  if (!WORD.test(outside) || !PROSE_PUNCTUATION.test(outside)) return undefined;
  // The whitespace that was removed lay between the token and the rest, not inside the token.
  const apart = pieces.some((p, i) => i > 0 && (p.clean <= start || p.clean >= end));
  return apart ? { start, end } : undefined;
}

function pushSegments(
  segments: Segment[],
  token: string,
  from: number,
  to: number,
  roles: readonly TokenPart[],
): void {
  let start = from;
  for (let i = 0; ; i++) {
    const dot = token.indexOf('.', start);
    const end = dot < 0 || dot >= to ? to : dot;
    segments.push({ part: roles[i] ?? 'token', text: token.slice(start, end), start, end });
    if (end === to) return;
    start = end + 1;
  }
}

/**
 * SD-JWT (RFC 9901 section 4): `<issuer-signed JWT>~<disclosure>~…~<disclosure>~<key-binding JWT or nothing>`.
 * Recognised when the text before the first '~' has the three segments of a JWS.
 */
function splitSdJwt(token: string, tilde: number): SplitToken | undefined {
  if (countDots(token, 0, tilde) !== 2) return undefined;
  const segments: Segment[] = [];
  pushSegments(segments, token, 0, tilde, JWS_PARTS);
  let start = tilde + 1;
  for (;;) {
    const next = token.indexOf('~', start);
    if (next < 0) break;
    segments.push({ part: 'disclosure', text: token.slice(start, next), start, end: next });
    start = next + 1;
  }
  // After the last '~': the key-binding JWT, or nothing (RFC 9901 section 4).
  segments.push({ part: 'key-binding', text: token.slice(start), start, end: token.length });
  return { kind: 'sd-jwt', segments, compact: token.slice(0, tilde) };
}

/**
 * Splits a cleaned token into its segments and says what kind of token the separators make it: 3 segments a
 * JWS (RFC 7515 section 7.1), 5 a JWE (RFC 7516 section 7.1), a JWS followed by '~' an SD-JWT (RFC 9901
 * section 4). Cheap and synchronous: it looks at the separators only, never decodes.
 */
export function splitToken(cleaned: CleanedToken): SplitToken {
  const token = cleaned.token;
  if (token === '') return { kind: 'unknown', segments: [], compact: token, problem: { kind: 'empty' } };
  if (token.charAt(0) === '{' || token.charAt(0) === '[') {
    return { kind: 'unknown', segments: [], compact: token, problem: { kind: 'json' } };
  }
  const around = findTextAround(cleaned);
  if (around !== undefined) {
    return {
      kind: 'unknown',
      segments: [{ part: 'token', text: token, start: 0, end: token.length }],
      compact: token,
      problem: { kind: 'text-around', ...around },
    };
  }
  // Thousands of separators make no token: refuse the text whole, before a segment is made for each.
  const count = countDots(token, 0, token.length) + 1;
  const separators = count - 1 + countChar(token, '~', 0, token.length);
  if (separators >= MAX_SEGMENTS) {
    return {
      kind: 'unknown',
      segments: [{ part: 'token', text: token, start: 0, end: token.length }],
      compact: token,
      problem: { kind: 'segment-count', found: separators + 1 },
    };
  }
  const tilde = token.indexOf('~');
  if (tilde >= 0) {
    const sdJwt = splitSdJwt(token, tilde);
    if (sdJwt !== undefined) return sdJwt;
  }
  const segments: Segment[] = [];
  pushSegments(segments, token, 0, token.length, count === 5 ? JWE_PARTS : JWS_PARTS);
  if (count === 3) return { kind: 'jws', segments, compact: token };
  if (count === 5) return { kind: 'jwe', segments, compact: token };
  return { kind: 'unknown', segments, compact: token, problem: { kind: 'segment-count', found: count } };
}
