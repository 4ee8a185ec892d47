import type { JsonMember, JsonNode } from './lossless';
import { printNumber } from './number';
import type { JsonRun, PrettyJson } from './pretty';
import type { PruneBudget } from './prune';
import {
  childCountAt,
  CLOSE,
  DUPLICATE,
  INEXACT,
  isContainerAt,
  KIND,
  NAME,
  nextSibling,
  OPEN_ARRAY,
  OPEN_OBJECT,
  spanAt,
  stringAt,
  type JsonTape,
} from './tape';
import { TreeBuilder } from './tape-tree';

/** The tape indices of the values a container opened at `at` holds (an object's values, after their names). */
function childrenAt(tape: JsonTape, at: number, limit: number): number[] {
  const object = ((tape.kinds[at] ?? 0) & KIND) === OPEN_OBJECT;
  const close = tape.tos[at] ?? at;
  const children: number[] = [];
  for (let i = at + 1; i < close && children.length < limit;) {
    const value = object ? i + 1 : i;
    children.push(value);
    i = nextSibling(tape, value);
  }
  return children;
}

/**
 * `pruneJson` of the tape's tree, made straight from the tape: the tree cut down to a budget, breadth first (every
 * member of the top object before anything deeper; a container that lost children says how many, `elided`), with
 * nodes made only for what is kept. Undefined when the whole tree fits: then nothing was made.
 */
export function pruneTape(text: string, tape: JsonTape, budget: PruneBudget): JsonNode | undefined {
  const kept = new Map<number, number>();
  const queue: number[] = [0];
  let left = budget.nodes - 1;
  let cut = false;
  for (let q = 0; q < queue.length; q++) {
    const at = queue[q] ?? 0;
    if (!isContainerAt(tape, at)) continue;
    const count = childCountAt(tape, at);
    // The top level is cut by the node budget only: every claim of a claims set is listed, however many.
    const cap = at === 0 ? left : budget.children;
    const keep = Math.max(0, Math.min(count, cap, left));
    if (keep < count) cut = true;
    kept.set(at, keep);
    left -= keep;
    for (const child of childrenAt(tape, at, keep)) queue.push(child);
  }
  if (!cut) return undefined;
  const builder = new TreeBuilder(text, tape);
  const make = (at: number): JsonNode => {
    if (!isContainerAt(tape, at)) return builder.node(at);
    const keep = kept.get(at) ?? 0;
    const elided = childCountAt(tape, at) - keep;
    const { from, to } = spanAt(tape, at);
    const children = childrenAt(tape, at, keep);
    if (((tape.kinds[at] ?? 0) & KIND) === OPEN_ARRAY) {
      const items = children.map(make);
      return elided > 0 ? { kind: 'array', from, to, items, elided } : { kind: 'array', from, to, items };
    }
    const members = children.map((value): JsonMember => ({
      name: builder.string(value - 1),
      value: make(value),
      duplicate: ((tape.kinds[value - 1] ?? 0) & DUPLICATE) !== 0,
    }));
    const hasDuplicates = ((tape.kinds[at] ?? 0) & DUPLICATE) !== 0;
    return elided > 0
      ? { kind: 'object', from, to, members, hasDuplicates, elided }
      : { kind: 'object', from, to, members, hasDuplicates };
  };
  return make(0);
}

const NONE: ReadonlySet<string> = new Set();

/** The names that repeat in the object opened at `at` (every member with one of them is marked). */
function repeatedNamesAt(text: string, tape: JsonTape, at: number): ReadonlySet<string> {
  if (((tape.kinds[at] ?? 0) & DUPLICATE) === 0) return NONE;
  const names = new Set<string>();
  for (const value of childrenAt(tape, at, Infinity)) {
    if (((tape.kinds[value - 1] ?? 0) & DUPLICATE) !== 0) names.add(stringAt(text, tape, value - 1));
  }
  return names;
}

/**
 * `toPrettyJson(tree, 'flagged')` of the tape's tree, printed straight from the tape: every literal as the source
 * wrote it, two-space indentation, and runs for what a reader must notice only (repeated names, inexact numbers).
 * No node is made; for the decode worker, which sends a megabyte-sized payload's pretty text and a bounded tree.
 */
export function prettyOfTape(text: string, tape: JsonTape): PrettyJson {
  const { kinds, froms, tos, count } = tape;
  const runs: JsonRun[] = [];
  const indents: string[] = [];
  const indent = (depth: number): string => (indents[depth] ??= '\n' + '  '.repeat(depth));
  let out = '';
  // The open containers: whether each is an object, the names it repeats, and whether a value was printed in it.
  const objects: boolean[] = [];
  const repeated: ReadonlySet<string>[] = [];
  let depth = 0;
  let first = true;
  let afterName = false;
  for (let at = 0; at < count; at++) {
    const entry = kinds[at] ?? 0;
    const kind = entry & KIND;
    const from = froms[at] ?? 0;
    if (kind === CLOSE) {
      depth--;
      out += indent(depth) + (objects[depth] === true ? '}' : ']');
      first = false;
      continue;
    }
    if (!afterName && depth > 0) {
      out += (first ? '' : ',') + indent(depth);
      first = false;
    }
    afterName = false;
    if (kind === OPEN_OBJECT || kind === OPEN_ARRAY) {
      const object = kind === OPEN_OBJECT;
      const close = tos[at] ?? at;
      if (close === at + 1) {
        out += object ? '{}' : '[]';
        at = close;
        continue;
      }
      out += object ? '{' : '[';
      objects[depth] = object;
      repeated[depth] = object ? repeatedNamesAt(text, tape, at) : NONE;
      depth++;
      first = true;
      continue;
    }
    const literal = text.slice(from, tos[at] ?? from);
    if (kind === NAME) {
      const start = out.length;
      out += literal;
      const names = repeated[depth - 1] ?? NONE;
      if (names.size > 0 && names.has(stringAt(text, tape, at))) {
        runs.push({ from: start, to: out.length, style: 'key', duplicate: true });
      }
      out += ': ';
      afterName = true;
      continue;
    }
    if ((entry & INEXACT) !== 0) {
      // Only numbers carry INEXACT.
      runs.push({
        from: out.length,
        to: out.length + literal.length,
        style: 'number',
        inexact: true,
        jsText: printNumber(Number(literal)),
      });
    }
    out += literal;
  }
  return { text: out, runs };
}
