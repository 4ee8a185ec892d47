import type { SyntaxNode, TreeCursor } from '@lezer/common';
import { parser } from '@lezer/json';
import { err, ok, type Result } from '../result';
import { readNumber } from './number';

/** Offsets into the JSON source text: [from, to). */
export interface Span {
  readonly from: number;
  readonly to: number;
}

export interface JsonString extends Span {
  readonly kind: 'string';
  /** The literal as written, quotes and escapes included. */
  readonly raw: string;
  readonly value: string;
}

export interface JsonNumber extends Span {
  readonly kind: 'number';
  readonly raw: string;
  readonly value: number;
  /** What JavaScript would print for `value`; differs in digits from `raw` when `exact` is false. */
  readonly jsText: string;
  readonly exact: boolean;
}

export interface JsonLiteral extends Span {
  readonly kind: 'true' | 'false' | 'null';
}

export interface JsonMember {
  readonly name: JsonString;
  readonly value: JsonNode;
  /** True when an earlier member of the same object has the same (decoded) name. */
  readonly duplicate: boolean;
}

export interface JsonObject extends Span {
  readonly kind: 'object';
  readonly members: readonly JsonMember[];
  /** True when any member name appears more than once. */
  readonly hasDuplicates: boolean;
}

export interface JsonArray extends Span {
  readonly kind: 'array';
  readonly items: readonly JsonNode[];
}

/** A JSON value exactly as the source has it: member order, duplicates, number digits and string escapes. */
export type JsonNode = JsonObject | JsonArray | JsonString | JsonNumber | JsonLiteral;

export interface JsonSyntaxError {
  readonly code: 'JSON_SYNTAX' | 'JSON_TOO_DEEP';
  /** 0-based offset into the source where parsing failed. */
  readonly offset: number;
  /** 1-based line and column of `offset`. */
  readonly line: number;
  readonly column: number;
  readonly detail: string;
}

/** The deepest nesting shown; deeper JSON is refused rather than risking the call stack. */
export const MAX_JSON_DEPTH = 512;

/** 1-based line and column of an offset in a text. */
export function toLineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

class TooDeep extends Error {
  constructor(readonly offset: number) {
    super('too deep');
  }
}

function describeFound(text: string, offset: number): string {
  if (offset >= text.length) return 'unexpected end of JSON';
  const char = String.fromCodePoint(text.codePointAt(offset) ?? 0);
  if (char === '\n') return 'unexpected line break';
  if (/\s/.test(char)) return 'unexpected whitespace character';
  if (char.charCodeAt(0) < 0x20)
    return `unexpected control character U+${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  return `unexpected '${char}'`;
}

function syntaxError(text: string, offset: number, code: JsonSyntaxError['code']): JsonSyntaxError {
  const { line, column } = toLineColumn(text, offset);
  const detail =
    code === 'JSON_TOO_DEEP' ? `nested deeper than ${MAX_JSON_DEPTH}` : describeFound(text, offset);
  return { code, offset, line, column, detail };
}

function firstErrorOffset(top: SyntaxNode, text: string): number | undefined {
  let found: number | undefined;
  const cursor = top.cursor();
  do {
    if (cursor.type.isError) {
      found = cursor.from;
      break;
    }
  } while (cursor.next());
  if (found === undefined) return undefined;
  // An error node that starts on whitespace points at the next visible character instead.
  while (found < text.length && /[ \t\r\n]/.test(text.charAt(found))) found++;
  return found;
}

/** Offset of the first bracket nested deeper than MAX_JSON_DEPTH (strings skipped), or undefined. */
function findTooDeep(text: string): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      if (++depth > MAX_JSON_DEPTH) return i;
    } else if (c === ']' || c === '}') depth--;
  }
  return undefined;
}

const TYPE_ID = Object.fromEntries(parser.nodeSet.types.map((t) => [t.name, t.id])) as Record<string, number>;
const ID = {
  string: TYPE_ID.String ?? -1,
  number: TYPE_ID.Number ?? -1,
  true: TYPE_ID.True ?? -1,
  false: TYPE_ID.False ?? -1,
  null: TYPE_ID.Null ?? -1,
  array: TYPE_ID.Array ?? -1,
  object: TYPE_ID.Object ?? -1,
  property: TYPE_ID.Property ?? -1,
  propertyName: TYPE_ID.PropertyName ?? -1,
};
const VALUE_IDS = new Set([ID.string, ID.number, ID.true, ID.false, ID.null, ID.array, ID.object]);

function readString(from: number, to: number, text: string): JsonString {
  const raw = text.slice(from, to);
  // The grammar has already checked this is one valid JSON string literal: without escapes its value is its
  // inside; with them, the platform unescapes it.
  const value = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
  return { kind: 'string', from, to, raw, value };
}

/** Builds the value the cursor is on; walks with a TreeCursor, which allocates no node objects. */
function build(cursor: TreeCursor, text: string, depth: number): JsonNode {
  const { from, to } = cursor;
  const id = cursor.type.id;
  if (id === ID.string) return readString(from, to, text);
  if (id === ID.number) {
    const raw = text.slice(from, to);
    const reading = readNumber(raw);
    return {
      kind: 'number',
      from,
      to,
      raw,
      value: reading.value,
      jsText: reading.jsText,
      exact: reading.exact,
    };
  }
  if (id === ID.true) return { kind: 'true', from, to };
  if (id === ID.false) return { kind: 'false', from, to };
  if (id === ID.null) return { kind: 'null', from, to };
  if (id === ID.array) {
    if (depth >= MAX_JSON_DEPTH) throw new TooDeep(from);
    const items: JsonNode[] = [];
    if (cursor.firstChild()) {
      do {
        if (VALUE_IDS.has(cursor.type.id)) items.push(build(cursor, text, depth + 1));
      } while (cursor.nextSibling());
      cursor.parent();
    }
    return { kind: 'array', from, to, items };
  }
  if (id === ID.object) {
    if (depth >= MAX_JSON_DEPTH) throw new TooDeep(from);
    const members: JsonMember[] = [];
    const seen = new Set<string>();
    let hasDuplicates = false;
    if (cursor.firstChild()) {
      do {
        if (cursor.type.id !== ID.property) continue;
        if (!cursor.firstChild() || cursor.type.id !== ID.propertyName) throw new Error('malformed property');
        const name = readString(cursor.from, cursor.to, text);
        let value: JsonNode | undefined;
        while (cursor.nextSibling()) {
          if (VALUE_IDS.has(cursor.type.id)) {
            value = build(cursor, text, depth + 1);
            break;
          }
        }
        cursor.parent();
        if (value === undefined) throw new Error('malformed property');
        const duplicate = seen.has(name.value);
        if (duplicate) hasDuplicates = true;
        else seen.add(name.value);
        members.push({ name, value, duplicate });
      } while (cursor.nextSibling());
      cursor.parent();
    }
    return { kind: 'object', from, to, members, hasDuplicates };
  }
  throw new Error(`unexpected node ${cursor.type.name}`);
}

/**
 * Parses JSON text (RFC 8259) with the Lezer JSON grammar into a tree that keeps the source: member order,
 * duplicate names, number digits and string escapes as written. Strict: anything the grammar does not accept
 * is a syntax error with its line and column.
 */
export function parseLosslessJson(text: string): Result<JsonNode, JsonSyntaxError> {
  try {
    const tree = parser.parse(text);
    const top = tree.topNode;
    const errorAt = firstErrorOffset(top, text);
    if (errorAt !== undefined) {
      // Lezer cuts its stack a few thousand levels deep and reports an error there, even in valid JSON.
      const deepAt = findTooDeep(text);
      if (deepAt !== undefined && deepAt <= errorAt) return err(syntaxError(text, deepAt, 'JSON_TOO_DEEP'));
      return err(syntaxError(text, errorAt, 'JSON_SYNTAX'));
    }
    const cursor = tree.cursor();
    let found = cursor.firstChild();
    while (found && !VALUE_IDS.has(cursor.type.id)) found = cursor.nextSibling();
    if (!found) return err(syntaxError(text, text.length, 'JSON_SYNTAX'));
    return ok(build(cursor, text, 0));
  } catch (e) {
    if (e instanceof TooDeep) return err(syntaxError(text, e.offset, 'JSON_TOO_DEEP'));
    if (e instanceof RangeError) return err(syntaxError(text, 0, 'JSON_TOO_DEEP'));
    return err(syntaxError(text, 0, 'JSON_SYNTAX'));
  }
}

/**
 * The value of an object member, or undefined when absent. With duplicate names the last one wins, as in
 * JSON.parse and most JOSE libraries.
 */
export function memberValue(object: JsonObject | undefined, name: string): JsonNode | undefined {
  let value: JsonNode | undefined;
  for (const m of object?.members ?? []) {
    if (m.name.value === name) value = m.value;
  }
  return value;
}

/** Every value of an object member, in source order: one per duplicate, none when absent. */
export function memberValues(object: JsonObject | undefined, name: string): readonly JsonNode[] {
  return (object?.members ?? []).filter((m) => m.name.value === name).map((m) => m.value);
}

/** The string value of an object member (the last of duplicates), or undefined when absent or not a string. */
export function stringMember(object: JsonObject | undefined, name: string): string | undefined {
  const value = memberValue(object, name);
  return value?.kind === 'string' ? value.value : undefined;
}

/** Words for the kind of a JSON value ("an array", "a string"). */
export function describeJsonKind(node: JsonNode): string {
  switch (node.kind) {
    case 'object':
      return 'an object';
    case 'array':
      return 'an array';
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'true':
    case 'false':
      return 'a boolean';
    case 'null':
      return 'null';
  }
}
