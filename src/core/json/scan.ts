import type { JsonArray, JsonMember, JsonNode, JsonObject, JsonString } from './lossless';
import { readNumber } from './number';

/** Where and why a text stops being JSON: the offset of the first character that cannot continue it. */
export interface ScanFailure {
  readonly offset: number;
  readonly reason: 'syntax' | 'too-deep' | 'bad-escape';
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;

/** Thrown inside the scan only; `scanJson` turns it into its result. */
class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly reason: ScanFailure['reason'],
  ) {
    super(reason);
  }
}

function isDigit(c: number): boolean {
  return c >= ZERO && c <= NINE;
}

function isHex(c: number): boolean {
  return (c >= ZERO && c <= NINE) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

/** Below this many members an object finds a repeated name by comparing; above it, with a Set. */
const SMALL_OBJECT = 8;

/**
 * Reads JSON text (RFC 8259, strictly: no comments, trailing commas, single quotes or other whitespace) into the
 * lossless tree in one pass over its characters, recording every value's source offsets as it goes, without an
 * intermediate syntax tree. Nesting deeper than `maxDepth` stops the scan at the bracket that goes too deep, so
 * hostile input never reaches deep recursion. Linear in the text's length: every character is looked at a
 * bounded number of times. Returns the tree, or the first offset that cannot continue a JSON text.
 */
export function scanJson(text: string, maxDepth: number): JsonNode | ScanFailure {
  const length = text.length;
  let pos = 0;

  const skipSpace = (): void => {
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) pos++;
      else return;
    }
  };

  const expect = (code: number): void => {
    if (text.charCodeAt(pos) !== code) throw new Stop(pos, 'syntax');
    pos++;
  };

  const readString = (): JsonString => {
    const from = pos;
    pos++;
    let escaped = false;
    for (;;) {
      if (pos >= length) throw new Stop(pos, 'syntax');
      const c = text.charCodeAt(pos);
      if (c === QUOTE) break;
      if (c < 0x20) throw new Stop(pos, 'syntax');
      if (c === BACKSLASH) {
        escaped = true;
        const e = text.charCodeAt(pos + 1);
        if (e === 0x75) {
          // \uXXXX: four hexadecimal digits.
          for (let k = 2; k < 6; k++) {
            if (!isHex(text.charCodeAt(pos + k))) throw new Stop(pos, 'bad-escape');
          }
          pos += 6;
          continue;
        }
        // \" \\ \/ \b \f \n \r \t
        if (
          e !== QUOTE &&
          e !== BACKSLASH &&
          e !== 0x2f &&
          e !== 0x62 &&
          e !== 0x66 &&
          e !== 0x6e &&
          e !== 0x72 &&
          e !== 0x74
        ) {
          throw new Stop(pos, 'bad-escape');
        }
        pos += 2;
        continue;
      }
      pos++;
    }
    pos++;
    const raw = text.slice(from, pos);
    // The scan has checked it is one valid string literal: without escapes its value is its inside; with them,
    // the platform unescapes it.
    const value = escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
    return { kind: 'string', from, to: pos, raw, value };
  };

  const readNumberNode = (): JsonNode => {
    const from = pos;
    if (text.charCodeAt(pos) === MINUS) pos++;
    const first = text.charCodeAt(pos);
    if (first === ZERO) pos++;
    else if (isDigit(first)) {
      while (isDigit(text.charCodeAt(pos))) pos++;
    } else throw new Stop(from, 'syntax');
    if (text.charCodeAt(pos) === DOT) {
      const dot = pos;
      pos++;
      if (!isDigit(text.charCodeAt(pos))) throw new Stop(dot, 'syntax');
      while (isDigit(text.charCodeAt(pos))) pos++;
    }
    const e = text.charCodeAt(pos);
    if (e === 0x65 || e === 0x45) {
      const at = pos;
      pos++;
      const sign = text.charCodeAt(pos);
      if (sign === PLUS || sign === MINUS) pos++;
      if (!isDigit(text.charCodeAt(pos))) throw new Stop(at, 'syntax');
      while (isDigit(text.charCodeAt(pos))) pos++;
    }
    const raw = text.slice(from, pos);
    const reading = readNumber(raw);
    return {
      kind: 'number',
      from,
      to: pos,
      raw,
      value: reading.value,
      jsText: reading.jsText,
      exact: reading.exact,
    };
  };

  const readWord = (word: 'true' | 'false' | 'null'): JsonNode => {
    const from = pos;
    for (let k = 0; k < word.length; k++) {
      if (text.charCodeAt(pos) !== word.charCodeAt(k)) throw new Stop(from, 'syntax');
      pos++;
    }
    return { kind: word, from, to: pos };
  };

  const readValue = (depth: number): JsonNode => {
    skipSpace();
    const c = text.charCodeAt(pos);
    switch (c) {
      case QUOTE:
        return readString();
      case OPEN_BRACE:
        if (depth >= maxDepth) throw new Stop(pos, 'too-deep');
        return readObject(depth);
      case OPEN_BRACKET:
        if (depth >= maxDepth) throw new Stop(pos, 'too-deep');
        return readArray(depth);
      case 0x74:
        return readWord('true');
      case 0x66:
        return readWord('false');
      case 0x6e:
        return readWord('null');
      default:
        if (c === MINUS || isDigit(c)) return readNumberNode();
        throw new Stop(pos, 'syntax');
    }
  };

  const readArray = (depth: number): JsonArray => {
    const from = pos;
    pos++;
    const items: JsonNode[] = [];
    skipSpace();
    if (text.charCodeAt(pos) === CLOSE_BRACKET) {
      pos++;
      return { kind: 'array', from, to: pos, items };
    }
    for (;;) {
      items.push(readValue(depth + 1));
      skipSpace();
      const c = text.charCodeAt(pos);
      if (c === COMMA) {
        pos++;
        continue;
      }
      if (c === CLOSE_BRACKET) {
        pos++;
        return { kind: 'array', from, to: pos, items };
      }
      throw new Stop(pos, 'syntax');
    }
  };

  const readObject = (depth: number): JsonObject => {
    const from = pos;
    pos++;
    const members: JsonMember[] = [];
    let seen: Set<string> | undefined;
    let hasDuplicates = false;
    skipSpace();
    if (text.charCodeAt(pos) === CLOSE_BRACE) {
      pos++;
      return { kind: 'object', from, to: pos, members, hasDuplicates };
    }
    for (;;) {
      skipSpace();
      if (text.charCodeAt(pos) !== QUOTE) throw new Stop(pos, 'syntax');
      const name = readString();
      skipSpace();
      expect(COLON);
      const value = readValue(depth + 1);
      let duplicate = false;
      if (seen !== undefined) {
        duplicate = seen.has(name.value);
        if (!duplicate) seen.add(name.value);
      } else {
        for (const m of members) {
          if (m.name.value === name.value) {
            duplicate = true;
            break;
          }
        }
        if (members.length >= SMALL_OBJECT) {
          seen = new Set(members.map((m) => m.name.value));
          seen.add(name.value);
        }
      }
      if (duplicate) hasDuplicates = true;
      members.push({ name, value, duplicate });
      skipSpace();
      const c = text.charCodeAt(pos);
      if (c === COMMA) {
        pos++;
        continue;
      }
      if (c === CLOSE_BRACE) {
        pos++;
        return { kind: 'object', from, to: pos, members, hasDuplicates };
      }
      throw new Stop(pos, 'syntax');
    }
  };

  try {
    const root = readValue(0);
    skipSpace();
    if (pos < length) return { offset: pos, reason: 'syntax' };
    return root;
  } catch (e) {
    if (e instanceof Stop) return { offset: e.offset, reason: e.reason };
    throw e;
  }
}
