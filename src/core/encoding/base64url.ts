import { base64url } from 'jose';
import { err, ok, type Result } from '../result';

/** Why a segment is not base64url; `index` is 0-based within the segment. */
export type Base64urlProblem =
  | { readonly kind: 'standard'; readonly index: number; readonly char: string }
  | { readonly kind: 'padding'; readonly index: number }
  | { readonly kind: 'char'; readonly index: number; readonly char: string }
  | { readonly kind: 'length'; readonly length: number };

const NOT_ALPHABET = /[^A-Za-z0-9_-]/;

/** Finds the first reason `text` is not unpadded base64url (RFC 7515 section 2), or undefined if it is. */
export function findBase64urlProblem(text: string): Base64urlProblem | undefined {
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

/** Decodes unpadded base64url (RFC 4648 section 5) to bytes, reporting the first problem instead of throwing. */
export function decodeBase64url(text: string): Result<Uint8Array, Base64urlProblem> {
  const problem = findBase64urlProblem(text);
  if (problem !== undefined) return err(problem);
  try {
    return ok(base64url.decode(text));
  } catch {
    return err({ kind: 'length', length: text.length });
  }
}

/** Encodes bytes or UTF-8 text as unpadded base64url. */
export function toBase64url(input: Uint8Array | string): string {
  return base64url.encode(input);
}
