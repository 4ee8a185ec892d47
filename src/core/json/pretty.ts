import { isExact, jsTextOf, rawOf, type JsonNode } from './lossless';

/** How a run of pretty-printed JSON is coloured. */
export type JsonRunStyle = 'key' | 'string' | 'number' | 'literal' | 'punctuation';

/** A coloured run of the printed text, with the flags a reader must see. */
export interface JsonRun {
  readonly from: number;
  readonly to: number;
  readonly style: JsonRunStyle;
  /** A member name that appears more than once in its object. */
  readonly duplicate?: true;
  /** A number JavaScript cannot hold exactly; `jsText` is what it reads instead. */
  readonly inexact?: true;
  readonly jsText?: string;
}

/** JSON printed with two-space indentation, every scalar exactly as the source wrote it. */
export interface PrettyJson {
  readonly text: string;
  readonly runs: readonly JsonRun[];
}

/**
 * Pretty-prints a lossless JSON tree: member order, duplicate members, number digits and string escapes are
 * kept as written; only whitespace between tokens changes. `flagged`: only the runs a reader must notice
 * (duplicate names, inexact numbers), for a view that colours the text itself.
 */
export function toPrettyJson(root: JsonNode, runsOf: 'all' | 'flagged' = 'all'): PrettyJson {
  let out = '';
  const runs: JsonRun[] = [];
  const flaggedOnly = runsOf === 'flagged';
  const emit = (text: string, style?: JsonRunStyle, extra?: Omit<JsonRun, 'from' | 'to' | 'style'>): void => {
    const from = out.length;
    out += text;
    if (style === undefined || (flaggedOnly && extra === undefined)) return;
    // The common case keeps one object shape; flags are rare.
    runs.push(
      extra === undefined ? { from, to: out.length, style } : { from, to: out.length, style, ...extra },
    );
  };
  const indents: string[] = [];
  const indent = (depth: number): string => (indents[depth] ??= '\n' + '  '.repeat(depth));

  const print = (node: JsonNode, depth: number): void => {
    switch (node.kind) {
      case 'string':
        emit(rawOf(node), 'string');
        return;
      case 'number':
        emit(rawOf(node), 'number', isExact(node) ? undefined : { inexact: true, jsText: jsTextOf(node) });
        return;
      case 'true':
      case 'false':
      case 'null':
        emit(node.kind, 'literal');
        return;
      case 'array':
        if (node.items.length === 0) {
          emit('[]', 'punctuation');
          return;
        }
        emit('[', 'punctuation');
        node.items.forEach((item, i) => {
          if (i > 0) emit(',', 'punctuation');
          emit(indent(depth + 1));
          print(item, depth + 1);
        });
        emit(indent(depth));
        emit(']', 'punctuation');
        return;
      case 'object': {
        if (node.members.length === 0) {
          emit('{}', 'punctuation');
          return;
        }
        emit('{', 'punctuation');
        const repeated = repeatedNames(node);
        node.members.forEach((member, i) => {
          if (i > 0) emit(',', 'punctuation');
          emit(indent(depth + 1));
          emit(rawOf(member.name), 'key', repeated.has(member.name.value) ? { duplicate: true } : undefined);
          emit(': ', 'punctuation');
          print(member.value, depth + 1);
        });
        emit(indent(depth));
        emit('}', 'punctuation');
        return;
      }
    }
  };
  print(root, 0);
  return { text: out, runs };
}

const NONE: ReadonlySet<string> = new Set();

function repeatedNames(node: Extract<JsonNode, { kind: 'object' }>): ReadonlySet<string> {
  if (!node.hasDuplicates) return NONE;
  return new Set(node.members.filter((m) => m.duplicate).map((m) => m.name.value));
}
