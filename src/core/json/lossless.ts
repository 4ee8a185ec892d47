import { err, ok, type Result } from '../result';
import { printNumber } from './number';
import { scanJson, type ScanFailure } from './scan';
import type { JsonTape } from './tape';
import { treeOfTape } from './tape-tree';

/** Offsets into the JSON source text: [from, to). */
export interface Span {
  readonly from: number;
  readonly to: number;
}

export interface JsonString extends Span {
  readonly kind: 'string';
  readonly value: string;
  /**
   * The literal as written, quotes and escapes included, set only when it has escapes: without them it is
   * `"` + value + `"`. Read it with `rawOf`.
   */
  readonly raw?: string;
}

/**
 * A number literal. Most are printed by JavaScript exactly as written, and are then only their value: the tree of
 * a megabyte-sized payload holds hundreds of thousands of values, and every field more is memory for the garbage
 * collector to move. Read them with `rawOf`, `jsTextOf` and `isExact`.
 */
export interface JsonNumber extends Span {
  readonly kind: 'number';
  readonly value: number;
  /** The literal as written, set only when it is not what JavaScript prints for `value` (`3.0`, `1E-7`, `1e400`). */
  readonly raw?: string;
  /** Set (false) only when JavaScript cannot hold the value as written: `rawOf` and `jsTextOf` differ in value. */
  readonly exact?: false;
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
  /**
   * How many members follow `members` in the source but are not in this tree: set only on a tree cut down to be
   * sent across threads (`pruneJson`); the source text still holds them.
   */
  readonly elided?: number;
}

export interface JsonArray extends Span {
  readonly kind: 'array';
  readonly items: readonly JsonNode[];
  /** How many items follow `items` in the source but are not in this tree (see JsonObject.elided). */
  readonly elided?: number;
}

/** A JSON value exactly as the source has it: member order, duplicates, number digits and string escapes. */
export type JsonNode = JsonObject | JsonArray | JsonString | JsonNumber | JsonLiteral;

/** A string or number literal exactly as written: a string with its quotes and escapes, a number's digits. */
export function rawOf(node: JsonString | JsonNumber): string {
  if (node.raw !== undefined) return node.raw;
  return node.kind === 'string' ? `"${node.value}"` : printNumber(node.value);
}

/** What JavaScript prints for a number's value (`-0` kept): differs from `rawOf` in digits when not exact. */
export function jsTextOf(node: JsonNumber): string {
  return printNumber(node.value);
}

/** Whether JavaScript holds a number literal's value exactly as written (`3.0` and `-0.0` do; `1e400` does not). */
export function isExact(node: JsonNumber): boolean {
  return node.exact !== false;
}

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

function describeFound(text: string, offset: number): string {
  if (offset >= text.length) return 'unexpected end of JSON';
  const char = String.fromCodePoint(text.codePointAt(offset) ?? 0);
  if (char === '\n') return 'unexpected line break';
  if (/\s/.test(char)) return 'unexpected whitespace character';
  if (char.charCodeAt(0) < 0x20)
    return `unexpected control character U+${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  return `unexpected '${char}'`;
}

function describeFailure(text: string, failure: ScanFailure): string {
  switch (failure.reason) {
    case 'too-deep':
      return `nested deeper than ${MAX_JSON_DEPTH}`;
    case 'bad-escape': {
      const escape = text.slice(failure.offset, failure.offset + 2);
      return escape === '\\u' ? 'a \\u escape needs four hexadecimal digits' : `unknown escape '${escape}'`;
    }
    case 'syntax':
      return describeFound(text, failure.offset);
  }
}

/**
 * Parses JSON text (RFC 8259) into a tree that keeps the source: member order, duplicate names, number digits and
 * string escapes as written, with the offsets of every value. Strict: anything RFC 8259 does not allow is a
 * syntax error at the first character that cannot continue the text, with its line and column. One linear pass
 * (`scanJson`) into a flat tape, then the tree from it (`treeOfTape`); nesting deeper than MAX_JSON_DEPTH is
 * refused at the bracket that goes too deep, before anything deeper is read.
 */
export function parseLosslessJson(text: string): Result<JsonNode, JsonSyntaxError> {
  // The tree is made at once, so the tape can be read into the scanner's kept arrays.
  const read = readJsonTape(text, 'scratch');
  return read.ok ? ok(treeOfTape(text, read.value)) : read;
}

/**
 * Checks JSON text as `parseLosslessJson` does and reads it into a tape (`tape.ts`), without making its tree: for
 * megabyte-sized texts, whose tree is made only for what is read (`treeOfTape`), or never. `into` 'scratch': a
 * tape good only until the next such read, for a caller that makes its tree at once (see `scanJson`).
 */
export function readJsonTape(
  text: string,
  into: 'own' | 'scratch' = 'own',
): Result<JsonTape, JsonSyntaxError> {
  const scanned = scanJson(text, MAX_JSON_DEPTH, into);
  if (!('offset' in scanned)) return ok(scanned);
  const { line, column } = toLineColumn(text, scanned.offset);
  return err({
    code: scanned.reason === 'too-deep' ? 'JSON_TOO_DEEP' : 'JSON_SYNTAX',
    offset: scanned.offset,
    line,
    column,
    detail: describeFailure(text, scanned),
  });
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
export function describeJsonKind(kind: JsonNode['kind']): string {
  switch (kind) {
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
