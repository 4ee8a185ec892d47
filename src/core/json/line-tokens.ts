import { isAsciiLetter, isJsonSpace, isNumberChar } from './chars';
import type { JsonRunStyle } from './pretty';

/** A coloured token of one line of JSON text: `from`..`to` are offsets in that line. */
export interface LineToken {
  readonly from: number;
  readonly to: number;
  readonly style: JsonRunStyle;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;

/**
 * The coloured tokens of one line of JSON text, read without parsing the document: a JSON string never holds a
 * raw line break, so every line can be read on its own, whatever comes before it. A string followed by `:` is a
 * member name (`key`); an unclosed string runs to the end of the line. What is not JSON is left uncoloured.
 * Linear in the line's length; for showing a document too big to parse on every change (the lines on screen only).
 */
export function jsonLineTokens(line: string): LineToken[] {
  const tokens: LineToken[] = [];
  const length = line.length;
  let at = 0;
  while (at < length) {
    const code = line.charCodeAt(at);
    if (isJsonSpace(code)) {
      at++;
      continue;
    }
    const from = at;
    if (code === QUOTE) {
      at++;
      while (at < length) {
        const c = line.charCodeAt(at);
        if (c === BACKSLASH) at += 2;
        else if (c === QUOTE) {
          at++;
          break;
        } else at++;
      }
      at = Math.min(at, length);
      let next = at;
      while (next < length && isJsonSpace(line.charCodeAt(next))) next++;
      tokens.push({ from, to: at, style: line.charCodeAt(next) === COLON ? 'key' : 'string' });
      continue;
    }
    if (isNumberChar(code) && code !== 0x65 && code !== 0x45) {
      while (at < length && isNumberChar(line.charCodeAt(at))) at++;
      tokens.push({ from, to: at, style: 'number' });
      continue;
    }
    if (isAsciiLetter(code)) {
      while (at < length && isAsciiLetter(line.charCodeAt(at))) at++;
      const word = line.slice(from, at);
      if (word === 'true' || word === 'false' || word === 'null')
        tokens.push({ from, to: at, style: 'literal' });
      continue;
    }
    at++;
    if (code === 0x7b || code === 0x7d || code === 0x5b || code === 0x5d || code === 0x2c || code === COLON) {
      tokens.push({ from, to: at, style: 'punctuation' });
    }
  }
  return tokens;
}
