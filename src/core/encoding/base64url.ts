import { base64url } from 'jose';
import { err, ok, type Result } from '../result';

/** Why a segment is not canonical unpadded base64url; `index` is 0-based within the segment. */
export type Base64urlProblem =
  | { readonly kind: 'standard'; readonly index: number; readonly char: string }
  | { readonly kind: 'padding'; readonly index: number }
  | { readonly kind: 'char'; readonly index: number; readonly char: string }
  | { readonly kind: 'length'; readonly length: number }
  /** The last character sets bits the encoding leaves unused; `canonical` is the one that decodes the same. */
  | {
      readonly kind: 'noncanonical';
      readonly index: number;
      readonly char: string;
      readonly canonical: string;
    };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const NOT_ALPHABET = /[^A-Za-z0-9_-]/;
/** Unused low bits of the last character, by `length % 4`: 2 characters carry 1 byte, 3 carry 2. */
const UNUSED_BITS: Readonly<Record<number, number>> = { 2: 0b1111, 3: 0b11 };

function findShapeProblem(text: string): Base64urlProblem | undefined {
  const match = NOT_ALPHABET.exec(text);
  if (match !== null) {
    const index = match.index;
    const char = String.fromCodePoint(text.codePointAt(index) ?? 0);
    if (char === '=' && /^=+$/.test(text.slice(index)) && text.length - index <= 2) {
      return { kind: 'padding', index };
    }
    if (char === '+' || char === '/') return { kind: 'standard', index, char };
    return { kind: 'char', index, char };
  }
  if (text.length % 4 === 1) return { kind: 'length', length: text.length };
  return undefined;
}

/** The last character's problem when it sets unused bits; `text` must already be base64url of a valid length. */
function findPadBitsProblem(text: string): Base64urlProblem | undefined {
  const mask = UNUSED_BITS[text.length % 4];
  if (mask === undefined) return undefined;
  const index = text.length - 1;
  const char = text.charAt(index);
  const value = ALPHABET.indexOf(char);
  if ((value & mask) === 0) return undefined;
  return { kind: 'noncanonical', index, char, canonical: ALPHABET.charAt(value & ~mask) };
}

/**
 * Finds the first reason `text` is not canonical unpadded base64url (RFC 7515 section 2; RFC 4648 section 3.5:
 * the unused bits of the last character are zero), or undefined if it is.
 */
export function findBase64urlProblem(text: string): Base64urlProblem | undefined {
  return findShapeProblem(text) ?? findPadBitsProblem(text);
}

function decodeChecked(
  text: string,
  problem: Base64urlProblem | undefined,
): Result<Uint8Array, Base64urlProblem> {
  if (problem !== undefined) return err(problem);
  try {
    return ok(base64url.decode(text));
  } catch {
    return err({ kind: 'length', length: text.length });
  }
}

/**
 * Decodes canonical unpadded base64url (RFC 4648 sections 5 and 3.5) to bytes, reporting the first problem
 * instead of throwing: a last character with non-zero unused bits is refused (`noncanonical`).
 */
export function decodeBase64url(text: string): Result<Uint8Array, Base64urlProblem> {
  return decodeChecked(text, findBase64urlProblem(text));
}

/**
 * Decodes unpadded base64url (RFC 4648 section 5) like `decodeBase64url`, but ignores non-zero unused bits in the
 * last character (RFC 4648 section 3.5 lets a decoder accept them): for key material, not token segments.
 */
export function decodeBase64urlLenient(text: string): Result<Uint8Array, Base64urlProblem> {
  return decodeChecked(text, findShapeProblem(text));
}

/**
 * The canonical spelling of base64url text (RFC 4648 section 3.5): the last character with its unused bits
 * cleared, so the bytes are unchanged; text that is not base64url of a valid length is returned as it is.
 */
export function toCanonicalBase64url(text: string): string {
  if (findShapeProblem(text) !== undefined) return text;
  const problem = findPadBitsProblem(text);
  return problem?.kind === 'noncanonical' ? text.slice(0, problem.index) + problem.canonical : text;
}

/** Encodes bytes or UTF-8 text as unpadded base64url (RFC 4648 section 5), always canonical. */
export function toBase64url(input: Uint8Array | string): string {
  return base64url.encode(input);
}
