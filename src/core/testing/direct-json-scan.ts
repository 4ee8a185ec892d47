// The direct scanner the tape replaced (it made the lossless tree as it read), kept as the oracle of the tape's
// differential test (`tape.prop.test.ts`): for any text, the tape's tree or failure must be this one's. Without
// the production scanner's economies (shared strings, integers read by hand): they change no value.
import type { JsonArray, JsonMember, JsonNode, JsonObject, JsonString } from '../json/lossless';
import {
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  MINUS,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
} from '../json/chars';
import { readNumber } from '../json/number';
import { INTEGER, scanNumber, scanString, skipSpace, stringFailure, type ScanFailure } from '../json/scan';

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** A text read whole: its tree, and whether any object repeats a member name or any number is not exact. */
export interface Scanned {
  readonly root: JsonNode;
  readonly flagged: boolean;
}

/** Below this many members an object finds a repeated name by comparing; above it, with a Set. */
const SMALL_OBJECT = 8;

/** The string literal from `from` to `to` (after its closing quote), which `scanString` has checked. */
function stringNode(text: string, from: number, to: number, escaped: boolean): JsonString {
  if (escaped) {
    const raw = text.slice(from, to);
    // With escapes, the platform unescapes it; the literal is kept, since its value does not give it back.
    return { kind: 'string', from, to, value: JSON.parse(raw) as string, raw };
  }
  // Without escapes its value is its inside, and the literal is that between quotes: not kept.
  return { kind: 'string', from, to, value: text.slice(from + 1, to - 1) };
}

/**
 * Reads JSON text (RFC 8259, strictly: no comments, trailing commas, single quotes or other whitespace) into the
 * lossless tree in one pass over its characters, recording every value's source offsets as it goes, without an
 * intermediate syntax tree. Nesting deeper than `maxDepth` stops the scan at the bracket that goes too deep; the
 * open containers are kept on a stack of their own, never the call stack. Linear in the text's length: every
 * character is looked at a bounded number of times. Returns the tree, or the first offset that cannot continue a
 * JSON text.
 *
 * Children are gathered on shared stacks and copied once into arrays of their exact length, and a literal is kept
 * only when its value does not give it back (a string with escapes, a number JavaScript prints otherwise).
 */
export function scanJsonDirect(text: string, maxDepth: number): Scanned | ScanFailure {
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
      names[depth - 1] = stringNode(text, pos, to, (code & 1) === 1);
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
      node = stringNode(text, pos, to, (code & 1) === 1);
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
      pos = code >> 2;
      if ((code & 3) === INTEGER && pos - from <= 15) {
        // An integer of at most 15 digits is exact, and JavaScript prints it as written ("-0" included).
        node = { kind: 'number', from, to: pos, value: Number(text.slice(from, pos)) };
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
