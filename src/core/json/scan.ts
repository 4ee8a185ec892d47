import type { JsonArray, JsonMember, JsonNode, JsonObject, JsonString } from './lossless';
import { readNumber } from './number';

/** Where and why a text stops being JSON: the offset of the first character that cannot continue it. */
export interface ScanFailure {
  readonly offset: number;
  readonly reason: 'syntax' | 'too-deep' | 'bad-escape';
}

/** A text read whole: its tree, and whether any object repeats a member name or any number is not exact. */
export interface Scanned {
  readonly root: JsonNode;
  readonly flagged: boolean;
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

function isDigit(c: number): boolean {
  return c >= ZERO && c <= NINE;
}

function isHex(c: number): boolean {
  return (c >= ZERO && c <= NINE) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

function skipSpace(text: string, pos: number): number {
  for (;;) {
    const c = text.charCodeAt(pos);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) pos++;
    else return pos;
  }
}

/**
 * Looks at the string literal whose opening quote is at `from`. When it is one: the offset just after its closing
 * quote, times two, plus one when it has escapes. When it is not: the bitwise complement of the offset that
 * cannot continue it, times two, plus one when that is a bad escape. (Numbers, not objects: no allocation.)
 */
function scanString(text: string, from: number): number {
  const length = text.length;
  let pos = from + 1;
  let escaped = 0;
  for (;;) {
    if (pos >= length) return ~(pos * 2);
    const c = text.charCodeAt(pos);
    if (c === QUOTE) return (pos + 1) * 2 + escaped;
    if (c < 0x20) return ~(pos * 2);
    if (c === BACKSLASH) {
      escaped = 1;
      const e = text.charCodeAt(pos + 1);
      if (e === 0x75) {
        // \uXXXX: four hexadecimal digits.
        if (
          !isHex(text.charCodeAt(pos + 2)) ||
          !isHex(text.charCodeAt(pos + 3)) ||
          !isHex(text.charCodeAt(pos + 4)) ||
          !isHex(text.charCodeAt(pos + 5))
        ) {
          return ~(pos * 2 + 1);
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
        return ~(pos * 2 + 1);
      }
      pos += 2;
      continue;
    }
    pos++;
  }
}

/** Below this many members an object finds a repeated name by comparing; above it, with a Set. */
const SMALL_OBJECT = 8;

/**
 * Texts at least this long keep a table of recent short strings, so repeated names and values share one copy:
 * fewer strings for the garbage collector to move around a megabyte-sized tree; on shorter texts, the look-ups
 * cost more than they save.
 */
const SHARE_FROM_LENGTH = 256 * 1024;
/** The longest string literal (quotes included) looked up in that table, and the table's size (a power of 2). */
const SHARED_MAX = 40;
const SHARED_SIZE = 1024;

/** The failure a `scanString` complement stands for. */
function stringFailure(code: number): ScanFailure {
  const at = ~code;
  return { offset: at >> 1, reason: (at & 1) === 1 ? 'bad-escape' : 'syntax' };
}

/** Recent short strings (the insides of literals without escapes), by a hash of their length and edges. */
type SharedStrings = (string | undefined)[];

/** Whether the inside of the literal at `from` in `text` has the same characters as `known`, of the same length. */
function sameInside(text: string, from: number, known: string): boolean {
  for (let k = 0; k < known.length; k++) {
    if (text.charCodeAt(from + 1 + k) !== known.charCodeAt(k)) return false;
  }
  return true;
}

/** The string literal from `from` to `to` (after its closing quote), which `scanString` has checked. */
function stringNode(
  text: string,
  from: number,
  to: number,
  escaped: boolean,
  shared: SharedStrings | undefined,
): JsonString {
  if (escaped) {
    const raw = text.slice(from, to);
    // With escapes, the platform unescapes it; the literal is kept, since its value does not give it back.
    return { kind: 'string', from, to, value: JSON.parse(raw) as string, raw };
  }
  // Without escapes its value is its inside, and the literal is that between quotes: not kept.
  const size = to - from;
  if (shared === undefined || size > SHARED_MAX) {
    return { kind: 'string', from, to, value: text.slice(from + 1, to - 1) };
  }
  const slot = (size * 31 + text.charCodeAt(from + 1) * 7 + text.charCodeAt(to - 2)) & (SHARED_SIZE - 1);
  const known = shared[slot];
  if (known !== undefined && known.length === size - 2 && sameInside(text, from, known)) {
    return { kind: 'string', from, to, value: known };
  }
  const value = text.slice(from + 1, to - 1);
  shared[slot] = value;
  return { kind: 'string', from, to, value };
}

/**
 * Looks at the number literal at `from`. When it is one: the offset just after it, times two, plus one when it is
 * an integer (no fraction, no exponent). When it is not: the bitwise complement of the offset to report.
 */
function scanNumber(text: string, from: number): number {
  let pos = from;
  if (text.charCodeAt(pos) === MINUS) pos++;
  const first = text.charCodeAt(pos);
  if (first === ZERO) pos++;
  else if (isDigit(first)) {
    pos++;
    while (isDigit(text.charCodeAt(pos))) pos++;
  } else return ~from;
  let integer = 1;
  if (text.charCodeAt(pos) === DOT) {
    integer = 0;
    const dot = pos;
    pos++;
    if (!isDigit(text.charCodeAt(pos))) return ~dot;
    while (isDigit(text.charCodeAt(pos))) pos++;
  }
  const e = text.charCodeAt(pos);
  if (e === 0x65 || e === 0x45) {
    integer = 0;
    const at = pos;
    pos++;
    const sign = text.charCodeAt(pos);
    if (sign === PLUS || sign === MINUS) pos++;
    if (!isDigit(text.charCodeAt(pos))) return ~at;
    while (isDigit(text.charCodeAt(pos))) pos++;
  }
  return pos * 2 + integer;
}

/** The value of the integer literal of at most 15 digits (so exact in a double) from `from` to `to`, "-0" as -0. */
function shortInteger(text: string, from: number, to: number): number {
  const negative = text.charCodeAt(from) === MINUS;
  let value = 0;
  for (let i = negative ? from + 1 : from; i < to; i++) value = value * 10 + (text.charCodeAt(i) - ZERO);
  return negative ? -value : value;
}

/**
 * Reads JSON text (RFC 8259, strictly: no comments, trailing commas, single quotes or other whitespace) into the
 * lossless tree in one pass over its characters, recording every value's source offsets as it goes, without an
 * intermediate syntax tree. Nesting deeper than `maxDepth` stops the scan at the bracket that goes too deep; the
 * open containers are kept on a stack of their own, never the call stack. Linear in the text's length: every
 * character is looked at a bounded number of times. Returns the tree, or the first offset that cannot continue a
 * JSON text.
 *
 * Built for megabyte-sized payloads: children are gathered on shared stacks and copied once into arrays of their
 * exact length, short strings that repeat (member names above all) share one copy of their text, and a literal
 * is kept only when its value does not give it back (a string with escapes, a number JavaScript prints otherwise).
 */
export function scanJson(text: string, maxDepth: number): Scanned | ScanFailure {
  const length = text.length;
  let pos = 0;
  let flagged = false;

  // The open containers, innermost last, as parallel stacks indexed by depth - 1.
  let depth = 0;
  const isObject: boolean[] = [];
  const froms: number[] = [];
  /** Where the container's children start on `items` or `members`. */
  const starts: number[] = [];
  /** An object's member name still waiting for its value. */
  const names: (JsonString | undefined)[] = [];
  const seens: (Set<string> | undefined)[] = [];
  const duplicates: boolean[] = [];
  // The children of the open containers, each container's after its parent's; `…Top` is where the next goes.
  const items: JsonNode[] = [];
  const members: JsonMember[] = [];
  let itemsTop = 0;
  let membersTop = 0;

  const shared: SharedStrings | undefined =
    length >= SHARE_FROM_LENGTH ? new Array<string | undefined>(SHARED_SIZE).fill(undefined) : undefined;

  const syntax = (offset: number): ScanFailure => ({ offset, reason: 'syntax' });

  // Whether the next thing to read is a member name (then a colon) before the value.
  let wantName = false;
  for (;;) {
    if (wantName) {
      wantName = false;
      pos = skipSpace(text, pos);
      if (text.charCodeAt(pos) !== QUOTE) return syntax(pos);
      const code = scanString(text, pos);
      if (code < 0) return stringFailure(code);
      const to = code >> 1;
      names[depth - 1] = stringNode(text, pos, to, (code & 1) === 1, shared);
      pos = skipSpace(text, to);
      if (text.charCodeAt(pos) !== COLON) return syntax(pos);
      pos++;
    }

    // One value, or the opening of a container.
    pos = skipSpace(text, pos);
    const c = text.charCodeAt(pos);
    let node: JsonNode;
    if (c === QUOTE) {
      const code = scanString(text, pos);
      if (code < 0) return stringFailure(code);
      const to = code >> 1;
      node = stringNode(text, pos, to, (code & 1) === 1, shared);
      pos = to;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (depth >= maxDepth) return { offset: pos, reason: 'too-deep' };
      const from = pos;
      const object = c === OPEN_BRACE;
      pos = skipSpace(text, pos + 1);
      const close = text.charCodeAt(pos);
      if (object && close === CLOSE_BRACE) {
        pos++;
        node = { kind: 'object', from, to: pos, members: [], hasDuplicates: false };
      } else if (!object && close === CLOSE_BRACKET) {
        pos++;
        node = { kind: 'array', from, to: pos, items: [] };
      } else {
        isObject[depth] = object;
        froms[depth] = from;
        starts[depth] = object ? membersTop : itemsTop;
        names[depth] = undefined;
        seens[depth] = undefined;
        duplicates[depth] = false;
        depth++;
        wantName = object;
        continue;
      }
    } else if (c === MINUS || isDigit(c)) {
      const code = scanNumber(text, pos);
      if (code < 0) return syntax(~code);
      const from = pos;
      pos = code >> 1;
      if ((code & 1) === 1 && pos - from <= 15) {
        // An integer of at most 15 digits is exact, and JavaScript prints it as written ("-0" included).
        node = { kind: 'number', from, to: pos, value: shortInteger(text, from, pos) };
      } else {
        const raw = text.slice(from, pos);
        const reading = readNumber(raw);
        if (!reading.exact) {
          flagged = true;
          node = { kind: 'number', from, to: pos, value: reading.value, raw, exact: false };
        } else if (reading.jsText !== raw) {
          node = { kind: 'number', from, to: pos, value: reading.value, raw };
        } else {
          node = { kind: 'number', from, to: pos, value: reading.value };
        }
      }
    } else {
      const kind = c === 0x74 ? 'true' : c === 0x66 ? 'false' : c === 0x6e ? 'null' : undefined;
      if (kind === undefined || !text.startsWith(kind, pos)) return syntax(pos);
      node = { kind, from: pos, to: pos + kind.length };
      pos += kind.length;
    }

    // The value is whole: add it to the containers it closes, innermost first.
    for (;;) {
      if (depth === 0) {
        pos = skipSpace(text, pos);
        if (pos < length) return syntax(pos);
        return { root: node, flagged };
      }
      const top = depth - 1;
      const start = starts[top] ?? 0;
      let close: number;
      if (isObject[top] === true) {
        const name = names[top];
        if (name === undefined) return syntax(pos);
        const key = name.value;
        let duplicate = false;
        const seen = seens[top];
        if (seen !== undefined) {
          duplicate = seen.has(key);
          if (!duplicate) seen.add(key);
        } else {
          const count = membersTop - start;
          for (let i = start; i < membersTop; i++) {
            if (members[i]?.name.value === key) {
              duplicate = true;
              break;
            }
          }
          if (count >= SMALL_OBJECT) {
            const set = new Set<string>();
            for (let i = start; i < membersTop; i++) {
              const m = members[i];
              if (m !== undefined) set.add(m.name.value);
            }
            set.add(key);
            seens[top] = set;
          }
        }
        if (duplicate) {
          duplicates[top] = true;
          flagged = true;
        }
        members[membersTop++] = { name, value: node, duplicate };
        pos = skipSpace(text, pos);
        close = text.charCodeAt(pos);
        if (close === COMMA) {
          pos++;
          wantName = true;
          break;
        }
        if (close !== CLOSE_BRACE) return syntax(pos);
        pos++;
        const object: JsonObject = {
          kind: 'object',
          from: froms[top] ?? 0,
          to: pos,
          members: members.slice(start, membersTop),
          hasDuplicates: duplicates[top] === true,
        };
        membersTop = start;
        names[top] = undefined;
        seens[top] = undefined;
        node = object;
      } else {
        items[itemsTop++] = node;
        pos = skipSpace(text, pos);
        close = text.charCodeAt(pos);
        if (close === COMMA) {
          pos++;
          break;
        }
        if (close !== CLOSE_BRACKET) return syntax(pos);
        pos++;
        const array: JsonArray = {
          kind: 'array',
          from: froms[top] ?? 0,
          to: pos,
          items: items.slice(start, itemsTop),
        };
        itemsTop = start;
        node = array;
      }
      depth--;
    }
  }
}
