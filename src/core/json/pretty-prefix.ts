/**
 * The start of `toPrettyJson`'s text for JSON of which only the start is known: each token as written, with the
 * same indentation, read in one pass without building a tree. For showing the first screen of a big payload
 * while the whole of it decodes elsewhere; the whole decode replaces it.
 */

import { isAsciiLetter, isJsonSpace, isNumberChar } from './chars';

/** Digits, sign, point, exponent, and the letters of true, false and null. */
function isScalarChar(code: number): boolean {
  return isNumberChar(code) || isAsciiLetter(code);
}

/** The end of the JSON token at `at` (a string, a scalar, or one punctuation character); -1 when it is cut off. */
function tokenEnd(text: string, at: number, complete: boolean): number {
  const code = text.charCodeAt(at);
  if (code === 0x22) {
    for (let i = at + 1; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x5c) i++;
      else if (c === 0x22) return i + 1;
    }
    return -1;
  }
  if (isScalarChar(code)) {
    let end = at;
    while (end < text.length && isScalarChar(text.charCodeAt(end))) end++;
    // A number or literal that reaches the end of a cut text may go on after it.
    return end === text.length && !complete ? -1 : end;
  }
  return at + 1;
}

const SCALAR = /^(?:true|false|null|-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)$/;

/** Bounds on what `prettyJsonPrefix` prints, so hostile JSON never costs more than its first screen. */
export interface PrefixBounds {
  /** Past this depth it gives nothing (indentation grows with depth: 3,000 `[` would print 9 MB of spaces). */
  readonly maxDepth: number;
  /** It stops once it has printed this many characters. */
  readonly maxChars: number;
}

const UNBOUNDED: PrefixBounds = { maxDepth: Infinity, maxChars: Infinity };

/**
 * `text`: JSON, or the start of it (`complete` false); an object or array at the top. Returns the pretty text of
 * the tokens it holds in full (a token cut by the end of `text` is left out), or undefined when what it holds is
 * not the start of an object or array, or is nested deeper than `bounds.maxDepth` (the whole decode then says
 * what is wrong).
 */
export function prettyJsonPrefix(
  text: string,
  complete: boolean,
  bounds: PrefixBounds = UNBOUNDED,
): string | undefined {
  let out = '';
  let depth = 0;
  const indents: string[] = [];
  const indent = (d: number): string => (indents[d] ??= '\n' + '  '.repeat(d));
  let at = 0;
  const skipSpace = (): void => {
    while (at < text.length && isJsonSpace(text.charCodeAt(at))) at++;
  };
  skipSpace();
  const first = text.charCodeAt(at);
  if (first !== 0x7b && first !== 0x5b) return undefined;
  while (at < text.length && out.length < bounds.maxChars) {
    const end = tokenEnd(text, at, complete);
    if (end < 0) break;
    const token = text.slice(at, end);
    at = end;
    switch (token) {
      case '{':
      case '[': {
        skipSpace();
        const close = token === '{' ? '}' : ']';
        if (text.charAt(at) === close) {
          out += token + close;
          at++;
          if (depth === 0) return out;
        } else {
          if (++depth > bounds.maxDepth) return undefined;
          out += token;
          if (at < text.length) out += indent(depth);
        }
        break;
      }
      case '}':
      case ']':
        depth--;
        if (depth < 0) return undefined;
        out += indent(depth) + token;
        if (depth === 0) return out;
        break;
      case ',':
        out += ',' + indent(depth);
        break;
      case ':':
        out += ': ';
        break;
      default:
        if (token.charCodeAt(0) !== 0x22 && !SCALAR.test(token)) return out === '' ? undefined : out;
        out += token;
    }
    skipSpace();
  }
  return out;
}
