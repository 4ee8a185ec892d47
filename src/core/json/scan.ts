import {
  BACKSLASH,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  DOT,
  MINUS,
  NINE,
  OPEN_BRACE,
  OPEN_BRACKET,
  PLUS,
  QUOTE,
  ZERO,
} from './chars';
import { readNumber } from './number';
import {
  CLOSE,
  DUPLICATE,
  ESCAPED,
  FALSE,
  INEXACT,
  KIND,
  NAME,
  NULL,
  NUMBER,
  OPEN_ARRAY,
  OPEN_OBJECT,
  SHORT_INTEGER,
  STRING,
  stringAt,
  TRUE,
  type JsonTape,
} from './tape';

/** Where and why a text stops being JSON: the offset of the first character that cannot continue it. */
export interface ScanFailure {
  readonly offset: number;
  readonly reason: 'syntax' | 'too-deep' | 'bad-escape';
}

function isDigit(c: number): boolean {
  return c >= ZERO && c <= NINE;
}

function isHex(c: number): boolean {
  return (c >= ZERO && c <= NINE) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

export function skipSpace(text: string, pos: number): number {
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
export function scanString(text: string, from: number): number {
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

/** The failure a `scanString` complement stands for. */
export function stringFailure(code: number): ScanFailure {
  const at = ~code;
  return { offset: at >> 1, reason: (at & 1) === 1 ? 'bad-escape' : 'syntax' };
}

/** What `scanNumber` says of a number literal's form, in the low two bits of its answer. */
export const WITH_EXPONENT = 0;
export const INTEGER = 1;
export const FRACTION = 2;

/**
 * Looks at the number literal at `from`. When it is one: the offset just after it, times four, plus its form
 * (INTEGER, FRACTION without exponent, WITH_EXPONENT). When it is not: the bitwise complement of the offset to
 * report.
 */
export function scanNumber(text: string, from: number): number {
  let pos = from;
  if (text.charCodeAt(pos) === MINUS) pos++;
  const first = text.charCodeAt(pos);
  if (first === ZERO) pos++;
  else if (isDigit(first)) {
    pos++;
    while (isDigit(text.charCodeAt(pos))) pos++;
  } else return ~from;
  let form = INTEGER;
  if (text.charCodeAt(pos) === DOT) {
    form = FRACTION;
    const dot = pos;
    pos++;
    if (!isDigit(text.charCodeAt(pos))) return ~dot;
    while (isDigit(text.charCodeAt(pos))) pos++;
  }
  const e = text.charCodeAt(pos);
  if (e === 0x65 || e === 0x45) {
    form = WITH_EXPONENT;
    const at = pos;
    pos++;
    const sign = text.charCodeAt(pos);
    if (sign === PLUS || sign === MINUS) pos++;
    if (!isDigit(text.charCodeAt(pos))) return ~at;
    while (isDigit(text.charCodeAt(pos))) pos++;
  }
  return pos * 4 + form;
}

/**
 * The tape flags of the number literal from `from` to `to` of that form: an integer of at most 15 digits and a
 * fraction without exponent of at most 16 characters (at most 15 significant digits, well inside the range of
 * doubles) are exact without reading them; anything else is read as JavaScript reads it.
 */
function numberFlags(text: string, from: number, to: number, form: number): number {
  const length = to - from;
  if (form === INTEGER && length <= 15) return SHORT_INTEGER;
  if (form === FRACTION && length <= 16) return 0;
  return readNumber(text.slice(from, to)).exact ? 0 : INEXACT;
}

function syntax(offset: number): ScanFailure {
  return { offset, reason: 'syntax' };
}

/** Below this many members an object finds a repeated name by comparing; above it, with a Set. */
const SMALL_OBJECT = 8;

/** Whether the names at tape entries `a` and `b` have the same value. */
function sameName(text: string, tape: Tape, a: number, b: number): boolean {
  const { kinds, froms, tos } = tape;
  const fromA = froms[a] ?? 0;
  const fromB = froms[b] ?? 0;
  const size = (tos[a] ?? 0) - fromA;
  if ((((kinds[a] ?? 0) | (kinds[b] ?? 0)) & ESCAPED) === 0) {
    if ((tos[b] ?? 0) - fromB !== size) return false;
    for (let k = 1; k < size - 1; k++) {
      if (text.charCodeAt(fromA + k) !== text.charCodeAt(fromB + k)) return false;
    }
    return true;
  }
  return stringAt(text, tape, a) === stringAt(text, tape, b);
}

/** The tape as it grows: its arrays are replaced by ones twice as long when full. */
interface Tape {
  kinds: Uint8Array;
  froms: Int32Array;
  tos: Int32Array;
}

/** A tape's three arrays of `capacity` entries, in one buffer (one allocation, not three). */
function tapeArrays(capacity: number): Tape {
  const buffer = new ArrayBuffer(capacity * 9);
  return {
    froms: new Int32Array(buffer, 0, capacity),
    tos: new Int32Array(buffer, capacity * 4, capacity),
    kinds: new Uint8Array(buffer, capacity * 8, capacity),
  };
}

function grow(tape: Tape): void {
  const bigger = tapeArrays(tape.kinds.length * 2);
  bigger.kinds.set(tape.kinds);
  bigger.froms.set(tape.froms);
  bigger.tos.set(tape.tos);
  tape.kinds = bigger.kinds;
  tape.froms = bigger.froms;
  tape.tos = bigger.tos;
}

/**
 * The arrays of the last tape read into `scratch`, kept for the next: most texts are small, read often (every
 * keystroke decodes the token), and made into a tree at once, and allocating their arrays cost more than reading
 * them. Kept up to SCRATCH_MAX entries.
 */
let scratchTape: Tape | undefined;
const SCRATCH_MAX = 16 * 1024;

/**
 * Reads JSON text (RFC 8259, strictly: no comments, trailing commas, single quotes or other whitespace) into a
 * tape (`tape.ts`) in one pass over its characters, without making a node per value. Nesting deeper than
 * `maxDepth` stops the scan at the bracket that goes too deep; the open containers are kept on a stack of their
 * own, never the call stack. Linear in the text's length: every character is looked at a bounded number of times
 * (a member name also by the earlier names of its object, at most SMALL_OBJECT of them). Returns the tape, or the
 * first offset that cannot continue a JSON text.
 *
 * `into` 'scratch': the tape is read into arrays kept from the last such read, and is good only until the next
 * one: for a caller that makes the tree at once and lets the tape go (every entry below `count` is written
 * before it is read, so the arrays need no clearing).
 */
export function scanJson(
  text: string,
  maxDepth: number,
  into: 'own' | 'scratch' = 'own',
): JsonTape | ScanFailure {
  const length = text.length;
  // Most JSON takes four or more characters an entry ("[1,2]" takes about two): a guess, grown as needed, since
  // growing copies every array and costs more than the slack.
  const capacity = (length >> 2) + 16;
  const scratch = into === 'scratch' ? scratchTape : undefined;
  const tape: Tape =
    scratch !== undefined && scratch.kinds.length >= capacity
      ? { ...scratch }
      : tapeArrays(into === 'scratch' ? Math.max(capacity, 1024) : capacity);
  // The tape's arrays and length, in locals on the hot path (`tape` holds the arrays, for the name comparisons).
  let { kinds, froms, tos } = tape;
  let count = 0;

  let pos = 0;
  let flagged = false;

  // The open containers, innermost last, as parallel stacks indexed by depth - 1.
  let depth = 0;
  /** The tape index of each open container's OPEN entry. */
  const opens: number[] = [];
  const counts: number[] = [];
  /** Where each open object's names start on `names`. */
  const nameStarts: number[] = [];
  const seens: (Set<string> | undefined)[] = [];
  /** The tape indices of the names of the open objects, each object's after its parent's. */
  const names: number[] = [];
  let namesTop = 0;

  // Whether the next thing to read is a member name (then a colon) before the value.
  let wantName = false;
  for (;;) {
    // Room for a name, a value, and the close of an empty container.
    if (count + 3 > kinds.length) {
      grow(tape);
      ({ kinds, froms, tos } = tape);
    }
    if (wantName) {
      wantName = false;
      pos = skipSpace(text, pos);
      if (text.charCodeAt(pos) !== QUOTE) return syntax(pos);
      const code = scanString(text, pos);
      if (code < 0) return stringFailure(code);
      const to = code >> 1;
      const at = count++;
      froms[at] = pos;
      tos[at] = to;
      let kind = NAME | ((code & 1) === 1 ? ESCAPED : 0);
      kinds[at] = kind;
      // A repeated name: compared with the object's earlier names, or looked up once it has many.
      const top = depth - 1;
      const start = nameStarts[top] ?? 0;
      const seen = seens[top];
      let duplicate = false;
      if (seen !== undefined) {
        const value = stringAt(text, tape, at);
        duplicate = seen.has(value);
        if (!duplicate) seen.add(value);
      } else {
        for (let i = start; i < namesTop; i++) {
          if (sameName(text, tape, names[i] ?? 0, at)) {
            duplicate = true;
            break;
          }
        }
        if (namesTop - start >= SMALL_OBJECT) {
          const set = new Set<string>();
          for (let i = start; i < namesTop; i++) set.add(stringAt(text, tape, names[i] ?? 0));
          set.add(stringAt(text, tape, at));
          seens[top] = set;
        }
      }
      names[namesTop++] = at;
      if (duplicate) {
        flagged = true;
        kind |= DUPLICATE;
        kinds[at] = kind;
        const open = opens[top] ?? 0;
        kinds[open] = (kinds[open] ?? 0) | DUPLICATE;
      }
      pos = skipSpace(text, to);
      if (text.charCodeAt(pos) !== COLON) return syntax(pos);
      pos++;
    }

    // One value, or the opening of a container.
    pos = skipSpace(text, pos);
    const c = text.charCodeAt(pos);
    const at = count;
    if (c === QUOTE) {
      const code = scanString(text, pos);
      if (code < 0) return stringFailure(code);
      const to = code >> 1;
      kinds[at] = STRING | ((code & 1) === 1 ? ESCAPED : 0);
      froms[at] = pos;
      tos[at] = to;
      count++;
      pos = to;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (depth >= maxDepth) return { offset: pos, reason: 'too-deep' };
      const object = c === OPEN_BRACE;
      kinds[at] = object ? OPEN_OBJECT : OPEN_ARRAY;
      froms[at] = pos;
      count++;
      pos = skipSpace(text, pos + 1);
      const close = text.charCodeAt(pos);
      if ((object && close === CLOSE_BRACE) || (!object && close === CLOSE_BRACKET)) {
        pos++;
        const end = count++;
        kinds[end] = CLOSE;
        froms[end] = 0;
        tos[end] = pos;
        tos[at] = end;
      } else {
        opens[depth] = at;
        counts[depth] = 0;
        nameStarts[depth] = namesTop;
        seens[depth] = undefined;
        depth++;
        wantName = object;
        continue;
      }
    } else if (c === MINUS || isDigit(c)) {
      const code = scanNumber(text, pos);
      if (code < 0) return syntax(~code);
      const to = code >> 2;
      const flags = numberFlags(text, pos, to, code & 3);
      if ((flags & INEXACT) !== 0) flagged = true;
      kinds[at] = NUMBER | flags;
      froms[at] = pos;
      tos[at] = to;
      count++;
      pos = to;
    } else {
      const kind = c === 0x74 ? TRUE : c === 0x66 ? FALSE : c === 0x6e ? NULL : 0;
      const word = kind === TRUE ? 'true' : kind === FALSE ? 'false' : 'null';
      if (kind === 0 || !text.startsWith(word, pos)) return syntax(pos);
      kinds[at] = kind;
      froms[at] = pos;
      tos[at] = pos + word.length;
      count++;
      pos += word.length;
    }

    // The value is whole: count it in the containers it closes, innermost first.
    for (;;) {
      if (depth === 0) {
        pos = skipSpace(text, pos);
        if (pos < length) return syntax(pos);
        if (into === 'scratch' && kinds.length <= SCRATCH_MAX) scratchTape = { kinds, froms, tos };
        return { count, kinds, froms, tos, flagged };
      }
      const top = depth - 1;
      counts[top] = (counts[top] ?? 0) + 1;
      const open = opens[top] ?? 0;
      const object = ((kinds[open] ?? 0) & KIND) === OPEN_OBJECT;
      pos = skipSpace(text, pos);
      const close = text.charCodeAt(pos);
      if (close === COMMA) {
        pos++;
        wantName = object;
        break;
      }
      if (close !== (object ? CLOSE_BRACE : CLOSE_BRACKET)) return syntax(pos);
      pos++;
      if (count + 1 > kinds.length) {
        grow(tape);
        ({ kinds, froms, tos } = tape);
      }
      const end = count++;
      kinds[end] = CLOSE;
      froms[end] = counts[top] ?? 0;
      tos[end] = pos;
      tos[open] = end;
      if (object) {
        namesTop = nameStarts[top] ?? 0;
        seens[top] = undefined;
      }
      depth--;
    }
  }
}
