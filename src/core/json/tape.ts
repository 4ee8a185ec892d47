/**
 * A JSON text read into a flat "tape": one entry per value, member name and closing bracket, in source order, as
 * kinds and offsets in typed arrays. Reading a megabyte-sized payload into a tree made some 110,000 objects, and
 * half the time went to the garbage collector moving them; a tape is a handful of arrays. Trees are made from it
 * only for what is read (`tape-tree.ts`), and the pretty text and a bounded tree for the page straight from it
 * (`tape-view.ts`).
 *
 * Entries, by kind (the low four bits of `kinds`):
 * - OPEN_OBJECT, OPEN_ARRAY: `froms` is the bracket's offset, `tos` the index of the matching CLOSE entry;
 * - CLOSE: `froms` is how many values the container holds, `tos` the offset just after the bracket;
 * - NAME (an object member's name, followed by its value), STRING, NUMBER, TRUE, FALSE, NULL: `froms` and `tos`
 *   are the literal's source span.
 * Flag bits above them: ESCAPED (a name or string with escapes), DUPLICATE (a name an earlier member of its object
 * has; on OPEN_OBJECT, any of its names repeats), SHORT_INTEGER (an integer of at most 15 digits, exact and
 * printed as written) and INEXACT (a number JavaScript cannot hold as written).
 */
export interface JsonTape {
  readonly count: number;
  readonly kinds: Uint8Array;
  readonly froms: Int32Array;
  readonly tos: Int32Array;
  /** Whether any object repeats a member name or any number is not exact: no walk of the tape finds one if not. */
  readonly flagged: boolean;
}

export const OPEN_OBJECT = 1;
export const OPEN_ARRAY = 2;
export const CLOSE = 3;
export const NAME = 4;
export const STRING = 5;
export const NUMBER = 6;
export const TRUE = 7;
export const FALSE = 8;
export const NULL = 9;

/** The kind of an entry: its low four bits. */
export const KIND = 0x0f;
/** On NAME and STRING: the literal has escapes, so its value is not its inside. */
export const ESCAPED = 0x10;
/** On NAME: an earlier member of the same object has this name. On OPEN_OBJECT: some member name repeats. */
export const DUPLICATE = 0x20;
/** On NUMBER: an integer of at most 15 digits (exact, and JavaScript prints it as written, "-0" included). */
export const SHORT_INTEGER = 0x10;
/** On NUMBER: JavaScript cannot hold the value as written. */
export const INEXACT = 0x20;

/** The arrays of a tape, whole or still being read. */
export type TapeArrays = Pick<JsonTape, 'kinds' | 'froms' | 'tos'>;

/** Whether the entry at `at` opens an object or an array. */
export function isContainerAt(tape: TapeArrays, at: number): boolean {
  const kind = (tape.kinds[at] ?? 0) & KIND;
  return kind === OPEN_OBJECT || kind === OPEN_ARRAY;
}

/** The index just after the entry at `at` and everything inside it: the next sibling's, or its parent's close. */
export function nextSibling(tape: TapeArrays, at: number): number {
  return isContainerAt(tape, at) ? (tape.tos[at] ?? at) + 1 : at + 1;
}

/** How many values the container opened at `at` holds. */
export function childCountAt(tape: TapeArrays, at: number): number {
  return tape.froms[tape.tos[at] ?? 0] ?? 0;
}

/** The source span of the value whose entry is at `at` (a container from its bracket to just after its close). */
export function spanAt(tape: TapeArrays, at: number): { from: number; to: number } {
  const from = tape.froms[at] ?? 0;
  const end = isContainerAt(tape, at) ? (tape.tos[at] ?? 0) : at;
  return { from, to: tape.tos[end] ?? from };
}

/** The value of the name or string literal at `at` (its inside, or unescaped by the platform when it has escapes). */
export function stringAt(text: string, tape: TapeArrays, at: number): string {
  const from = tape.froms[at] ?? 0;
  const to = tape.tos[at] ?? 0;
  if (((tape.kinds[at] ?? 0) & ESCAPED) !== 0) return JSON.parse(text.slice(from, to)) as string;
  return text.slice(from + 1, to - 1);
}

/** The kind of JSON value whose entry is at `at`, as the tree names it. */
export function tapeKindAt(
  tape: JsonTape,
  at: number,
): 'object' | 'array' | 'string' | 'number' | 'true' | 'false' | 'null' {
  switch ((tape.kinds[at] ?? 0) & KIND) {
    case OPEN_OBJECT:
      return 'object';
    case OPEN_ARRAY:
      return 'array';
    case NAME:
    case STRING:
      return 'string';
    case NUMBER:
      return 'number';
    case TRUE:
      return 'true';
    case FALSE:
      return 'false';
    default:
      return 'null';
  }
}
