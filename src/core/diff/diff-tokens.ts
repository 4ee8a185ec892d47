import { TIME_CLAIMS } from '../claims/time';
import { isExact, rawOf, type JsonNode, type JsonObject } from '../json/lossless';
import type { DecodedToken } from '../token/decode';
import { formatCount } from '../count';
import { describeSize } from '../limits';

/** How a member differs from the main token to the compared one (CONTRACT.md `diff-row` `data-change`). */
export type DiffChange = 'added' | 'removed' | 'changed';

/** One difference: where (a JSON pointer into the token, `/header/kid`, `/payload/roles/1`) and what. */
export interface DiffRow {
  readonly path: string;
  readonly change: DiffChange;
  /** The value in the main token, as written (absent when added), cut at {@link MAX_WRITTEN_CHARS}. */
  readonly before?: string;
  /** When `before` is cut: the value's whole length as written, in characters. */
  readonly beforeChars?: number;
  /** The value in the compared token, as written (absent when removed), cut at {@link MAX_WRITTEN_CHARS}. */
  readonly after?: string;
  /** When `after` is cut: the value's whole length as written, in characters. */
  readonly afterChars?: number;
  /** For a time claim changed in both: the compared instant minus the main one, in seconds. */
  readonly seconds?: number;
}

/** The most rows one comparison lists; the rest are counted. */
export const MAX_DIFF_ROWS = 500;

/** What comparing two tokens found: the rows, how many more there were, or why there is nothing to compare. */
export type TokenDiff =
  | { readonly kind: 'compared'; readonly rows: readonly DiffRow[]; readonly more: number }
  | { readonly kind: 'not-comparable'; readonly which: 'main' | 'compared' | 'both' };

/** RFC 6901: '~' as '~0', '/' as '~1'. */
function escapePointer(name: string): string {
  return name.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * The most characters of a value a row holds. A longer one (a megabyte array added) is cut, with its length:
 * a row is read, not scrolled, and laying out a megabyte in one froze the page (130 ms of layout).
 */
export const MAX_WRITTEN_CHARS = 240;

/** How much of a container's source is read to write its start: whitespace may take most of it. */
const WRITTEN_WINDOW_CHARS = MAX_WRITTEN_CHARS * 8;

interface Written {
  readonly text: string;
  /** When cut: the whole length as written. */
  readonly chars?: number;
}

/** A value as its source wrote it, whitespace between tokens collapsed, cut at {@link MAX_WRITTEN_CHARS}. */
function written(node: JsonNode, source: string): Written {
  let whole: string | undefined;
  if (node.kind === 'string' || node.kind === 'number') whole = rawOf(node);
  else if (node.kind === 'true' || node.kind === 'false' || node.kind === 'null') whole = node.kind;
  if (whole !== undefined) {
    return whole.length > MAX_WRITTEN_CHARS
      ? { text: whole.slice(0, MAX_WRITTEN_CHARS), chars: whole.length }
      : { text: whole };
  }
  const end = Math.min(node.to, node.from + WRITTEN_WINDOW_CHARS);
  const text = source.slice(node.from, end).replace(/\s*\n\s*/g, ' ');
  return text.length > MAX_WRITTEN_CHARS || end < node.to
    ? { text: text.slice(0, MAX_WRITTEN_CHARS), chars: node.to - node.from }
    : { text };
}

/** The main token's value of a row. */
function before(node: JsonNode, source: string): Pick<DiffRow, 'before' | 'beforeChars'> {
  const { text, chars } = written(node, source);
  return chars === undefined ? { before: text } : { before: text, beforeChars: chars };
}

/** The compared token's value of a row. */
function after(node: JsonNode, source: string): Pick<DiffRow, 'after' | 'afterChars'> {
  const { text, chars } = written(node, source);
  return chars === undefined ? { after: text } : { after: text, afterChars: chars };
}

/** The same JSON value, whatever the spelling of its strings and numbers and the order of members. */
function sameValue(a: JsonNode, b: JsonNode): boolean {
  switch (a.kind) {
    case 'string':
      return b.kind === 'string' && a.value === b.value;
    case 'number':
      // Digits compared as written when they differ in value only past what a double holds.
      return (
        b.kind === 'number' && (rawOf(a) === rawOf(b) || (isExact(a) && isExact(b) && a.value === b.value))
      );
    case 'true':
    case 'false':
    case 'null':
      return b.kind === a.kind;
    case 'array':
      return (
        b.kind === 'array' &&
        a.items.length === b.items.length &&
        a.items.every((item, i) => {
          const other = b.items[i];
          return other !== undefined && sameValue(item, other);
        })
      );
    case 'object': {
      if (b.kind !== 'object') return false;
      const left = lastByName(a);
      const right = lastByName(b);
      if (left.size !== right.size) return false;
      for (const [name, value] of left) {
        const other = right.get(name);
        if (other === undefined || !sameValue(value, other)) return false;
      }
      return true;
    }
  }
}

/** An object's members by name; a repeated name's last value wins, as in JSON.parse and most JOSE libraries. */
function lastByName(object: JsonObject): Map<string, JsonNode> {
  const map = new Map<string, JsonNode>();
  for (const m of object.members) map.set(m.name.value, m.value);
  return map;
}

interface Side {
  readonly node: JsonNode;
  readonly source: string;
}

function isTimeClaim(path: string): boolean {
  const name = /^\/payload\/([^/]+)$/.exec(path)?.[1];
  return name !== undefined && (TIME_CLAIMS as readonly string[]).includes(name);
}

function diffNodes(path: string, a: Side, b: Side, out: DiffRow[]): void {
  if (sameValue(a.node, b.node)) return;
  if (a.node.kind === 'object' && b.node.kind === 'object') {
    const left = lastByName(a.node);
    const right = lastByName(b.node);
    for (const [name, value] of left) {
      const at = `${path}/${escapePointer(name)}`;
      const other = right.get(name);
      if (other === undefined) out.push({ path: at, change: 'removed', ...before(value, a.source) });
      else diffNodes(at, { node: value, source: a.source }, { node: other, source: b.source }, out);
    }
    for (const [name, value] of right) {
      if (!left.has(name)) {
        out.push({
          path: `${path}/${escapePointer(name)}`,
          change: 'added',
          ...after(value, b.source),
        });
      }
    }
    return;
  }
  if (a.node.kind === 'array' && b.node.kind === 'array') {
    const length = Math.max(a.node.items.length, b.node.items.length);
    for (let i = 0; i < length; i++) {
      const left = a.node.items[i];
      const right = b.node.items[i];
      const at = `${path}/${String(i)}`;
      if (left === undefined && right !== undefined)
        out.push({ path: at, change: 'added', ...after(right, b.source) });
      else if (right === undefined && left !== undefined) {
        out.push({ path: at, change: 'removed', ...before(left, a.source) });
      } else if (left !== undefined && right !== undefined) {
        diffNodes(at, { node: left, source: a.source }, { node: right, source: b.source }, out);
      }
    }
    return;
  }
  const row: DiffRow = {
    path,
    change: 'changed',
    ...before(a.node, a.source),
    ...after(b.node, b.source),
  };
  const timed =
    isTimeClaim(path) && a.node.kind === 'number' && b.node.kind === 'number'
      ? { seconds: b.node.value - a.node.value }
      : {};
  out.push({ ...row, ...timed });
}

function partOf(decoded: DecodedToken, part: 'header' | 'payload'): Side | undefined {
  const content = decoded[part]?.content;
  return content?.kind === 'json' ? { node: content.json, source: content.text } : undefined;
}

/**
 * Compares two decoded tokens member by member, header and payload (RFC 6901 pointers from the token:
 * `/header/kid`, `/payload/roles/1`): added (only in the compared token), removed (only in the main token),
 * changed (in both, with another value; time claims also as the difference in seconds). Objects are compared
 * by member name (a repeated name's last value), arrays by position; values equal as JSON are equal whatever
 * their spelling. Parts that are not JSON are not comparable.
 */
export function diffTokens(main: DecodedToken, compared: DecodedToken): TokenDiff {
  const a = { header: partOf(main, 'header'), payload: partOf(main, 'payload') };
  const b = { header: partOf(compared, 'header'), payload: partOf(compared, 'payload') };
  const mainOk = a.header !== undefined;
  const comparedOk = b.header !== undefined;
  if (!mainOk || !comparedOk) {
    return { kind: 'not-comparable', which: !mainOk && !comparedOk ? 'both' : !mainOk ? 'main' : 'compared' };
  }
  const rows: DiffRow[] = [];
  for (const part of ['header', 'payload'] as const) {
    const left = a[part];
    const right = b[part];
    if (left !== undefined && right !== undefined) diffNodes(`/${part}`, left, right, rows);
    else if (left !== undefined)
      rows.push({ path: `/${part}`, change: 'removed', ...before(left.node, left.source) });
    else if (right !== undefined)
      rows.push({ path: `/${part}`, change: 'added', ...after(right.node, right.source) });
  }
  return {
    kind: 'compared',
    rows: rows.slice(0, MAX_DIFF_ROWS),
    more: Math.max(0, rows.length - MAX_DIFF_ROWS),
  };
}

/** A value cut short in a row: its start, then its whole length ("[1, 2, 3… (977 KB in all)"). */
export function describeCutValue(text: string, chars: number): string {
  return `${text}… (${describeSize(chars)} in all)`;
}

/** Words for a time difference: "+1 h", "+1 h 30 min", "−3 days". */
export function describeTimeShift(seconds: number): string {
  const sign = seconds < 0 ? '−' : '+';
  let s = Math.abs(seconds);
  const days = Math.floor(s / 86_400);
  s -= days * 86_400;
  const hours = Math.floor(s / 3600);
  s -= hours * 3600;
  const minutes = Math.floor(s / 60);
  s -= minutes * 60;
  const parts =
    days > 0
      ? [`${String(days)} day${days === 1 ? '' : 's'}`, ...(hours > 0 ? [`${String(hours)} h`] : [])]
      : hours > 0
        ? [`${String(hours)} h`, ...(minutes > 0 ? [`${String(minutes)} min`] : [])]
        : minutes > 0
          ? [`${String(minutes)} min`, ...(s > 0 ? [`${String(s)} s`] : [])]
          : [`${String(s)} s`];
  return `${sign}${parts.join(' ')}`;
}

/** Words for a change kind, as the diff shows it. */
export function describeChange(change: DiffChange): string {
  switch (change) {
    case 'added':
      return 'only in the compared token';
    case 'removed':
      return 'only in the main token';
    case 'changed':
      return 'changed';
  }
}

/** Words for why two tokens cannot be compared. */
export function describeNotComparable(which: 'main' | 'compared' | 'both'): string {
  switch (which) {
    case 'main':
      return 'The main token does not decode to a JSON header: nothing to compare.';
    case 'compared':
      return 'Paste a second token that decodes to compare it with the main token.';
    case 'both':
      return 'Neither token decodes to a JSON header: nothing to compare.';
  }
}

/** Words for the differences past those listed. */
export function describeMoreDifferences(count: number): string {
  return `and ${formatCount(count)} more difference${count === 1 ? '' : 's'}`;
}

/** Words for two tokens whose headers and payloads are the same as JSON. */
export function describeNoDifferences(): string {
  return 'The headers and payloads are the same (as JSON: spelling and member order aside).';
}
