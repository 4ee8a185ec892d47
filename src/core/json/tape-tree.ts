import type { JsonMember, JsonNode, JsonNumber, JsonString } from './lossless';
import { readNumber } from './number';
import {
  DUPLICATE,
  ESCAPED,
  FALSE,
  INEXACT,
  KIND,
  NUMBER,
  OPEN_ARRAY,
  OPEN_OBJECT,
  SHORT_INTEGER,
  STRING,
  TRUE,
  nextSibling,
  type JsonTape,
} from './tape';

/**
 * Texts at least this long keep a table of recent short strings, so repeated names and values share one copy:
 * fewer strings for the garbage collector to move around a megabyte-sized tree; on shorter texts, the look-ups
 * cost more than they save.
 */
const SHARE_FROM_LENGTH = 256 * 1024;
/** The longest string literal (quotes included) looked up in that table, and the table's size (a power of 2). */
const SHARED_MAX = 40;
const SHARED_SIZE = 1024;

/** Recent short strings (the insides of literals without escapes), by a hash of their length and edges. */
type SharedStrings = (string | undefined)[];

/** Whether the inside of the literal at `from` in `text` has the same characters as `known`, of the same length. */
function sameInside(text: string, from: number, known: string): boolean {
  for (let k = 0; k < known.length; k++) {
    if (text.charCodeAt(from + 1 + k) !== known.charCodeAt(k)) return false;
  }
  return true;
}

/** The value of the integer literal of at most 15 digits (so exact in a double) from `from` to `to`, "-0" as -0. */
function shortInteger(text: string, from: number, to: number): number {
  const negative = text.charCodeAt(from) === 0x2d;
  let value = 0;
  for (let i = negative ? from + 1 : from; i < to; i++) value = value * 10 + (text.charCodeAt(i) - 0x30);
  return negative ? -value : value;
}

/**
 * A tree builder over one tape: `node(at)` makes the value whose entry is at `at`, with all it holds; `string` and
 * `number` make one literal. Values made by one builder share one table of repeated strings.
 */
export class TreeBuilder {
  private readonly shared: SharedStrings | undefined;

  constructor(
    private readonly text: string,
    private readonly tape: JsonTape,
  ) {
    this.shared =
      text.length >= SHARE_FROM_LENGTH
        ? new Array<string | undefined>(SHARED_SIZE).fill(undefined)
        : undefined;
  }

  string(at: number): JsonString {
    const { text, tape, shared } = this;
    const from = tape.froms[at] ?? 0;
    const to = tape.tos[at] ?? 0;
    if (((tape.kinds[at] ?? 0) & ESCAPED) !== 0) {
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

  number(at: number): JsonNumber {
    const { text, tape } = this;
    const from = tape.froms[at] ?? 0;
    const to = tape.tos[at] ?? 0;
    const kind = tape.kinds[at] ?? 0;
    if ((kind & SHORT_INTEGER) !== 0)
      return { kind: 'number', from, to, value: shortInteger(text, from, to) };
    const raw = text.slice(from, to);
    const reading = readNumber(raw);
    if ((kind & INEXACT) !== 0) return { kind: 'number', from, to, value: reading.value, raw, exact: false };
    if (reading.jsText !== raw) return { kind: 'number', from, to, value: reading.value, raw };
    return { kind: 'number', from, to, value: reading.value };
  }

  /** The value at `at`; containers are made with everything inside them, recursively (depth is bounded). */
  node(at: number): JsonNode {
    const { tape } = this;
    const entry = tape.kinds[at] ?? 0;
    const from = tape.froms[at] ?? 0;
    switch (entry & KIND) {
      case STRING:
        return this.string(at);
      case NUMBER:
        return this.number(at);
      case TRUE:
        return { kind: 'true', from, to: tape.tos[at] ?? from };
      case FALSE:
        return { kind: 'false', from, to: tape.tos[at] ?? from };
      case OPEN_OBJECT: {
        const close = tape.tos[at] ?? at;
        const members = new Array<JsonMember>(tape.froms[close] ?? 0);
        let i = at + 1;
        for (let m = 0; i < close; m++) {
          const name = this.string(i);
          const duplicate = ((tape.kinds[i] ?? 0) & DUPLICATE) !== 0;
          members[m] = { name, value: this.node(i + 1), duplicate };
          i = nextSibling(tape, i + 1);
        }
        return {
          kind: 'object',
          from,
          to: tape.tos[close] ?? from,
          members,
          hasDuplicates: (entry & DUPLICATE) !== 0,
        };
      }
      case OPEN_ARRAY: {
        const close = tape.tos[at] ?? at;
        const items = new Array<JsonNode>(tape.froms[close] ?? 0);
        let i = at + 1;
        for (let k = 0; i < close; k++) {
          items[k] = this.node(i);
          i = nextSibling(tape, i);
        }
        return { kind: 'array', from, to: tape.tos[close] ?? from, items };
      }
      default:
        return { kind: 'null', from, to: tape.tos[at] ?? from };
    }
  }
}

/**
 * The lossless tree of the value whose tape entry is `at` (the whole text's by default): the same nodes a direct
 * scan made, spans, flags and kept literals included.
 */
export function treeOfTape(text: string, tape: JsonTape, at = 0): JsonNode {
  return new TreeBuilder(text, tape).node(at);
}
