import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLosslessJson } from './lossless';
import { toPrettyJson } from './pretty';
import { prettyJsonPrefix } from './pretty-prefix';

function pretty(text: string): string {
  const parsed = parseLosslessJson(text);
  if (!parsed.ok) throw new Error(`expected ${text} to parse`);
  return toPrettyJson(parsed.value).text;
}

/** Objects and arrays at the top, as a claims set or a JSON payload is. */
const container = fc.oneof(fc.array(fc.jsonValue()), fc.dictionary(fc.string(), fc.jsonValue()));

describe('prettyJsonPrefix', () => {
  it('prints whole JSON exactly as the whole-tree printer does, digits and escapes as written', () => {
    const text = '{"a":[1,{"b":null}],"c":{},"d":[],"e":"x\\"y","n":1.50E+02}';
    expect(prettyJsonPrefix(text, true)).toBe(pretty(text));
  });

  it('leaves out a token the cut goes through: a string, a number, a literal', () => {
    expect(prettyJsonPrefix('{"sub":"abc', false)).toBe('{\n  "sub": ');
    expect(prettyJsonPrefix('{"n":123', false)).toBe('{\n  "n": ');
    expect(prettyJsonPrefix('{"t":tru', false)).toBe('{\n  "t": ');
    expect(prettyJsonPrefix('{"s":"a\\', false)).toBe('{\n  "s": ');
  });

  it('stops at the end of the top value, and at what is not JSON', () => {
    expect(prettyJsonPrefix('{"a":1} trailing', true)).toBe('{\n  "a": 1\n}');
    expect(prettyJsonPrefix('{"a":1,"b":@', true)).toBe('{\n  "a": 1,\n  "b": ');
  });

  it('gives nothing past its depth bound, and stops at its length bound: hostile nesting stays cheap', () => {
    const deep = '['.repeat(100_000);
    expect(prettyJsonPrefix(deep, false, { maxDepth: 64, maxChars: 16_384 })).toBeUndefined();
    expect(prettyJsonPrefix('[[[1]]]', true, { maxDepth: 3, maxChars: 100 })).toBe(pretty('[[[1]]]'));
    const long = JSON.stringify(Array.from({ length: 10_000 }, (_, i) => i));
    const cut = prettyJsonPrefix(long, true, { maxDepth: 64, maxChars: 1000 }) ?? '';
    expect(cut.length).toBeGreaterThanOrEqual(1000);
    expect(cut.length).toBeLessThan(1100);
    expect(pretty(long).startsWith(cut)).toBe(true);
  });

  it('gives nothing for text that does not start an object or array', () => {
    expect(prettyJsonPrefix('"just a string"', true)).toBeUndefined();
    expect(prettyJsonPrefix('hello', false)).toBeUndefined();
    expect(prettyJsonPrefix('', false)).toBeUndefined();
  });

  it('for any object or array, printed with or without spaces, gives the whole-tree printer’s text', () => {
    fc.assert(
      fc.property(container, fc.constantFrom(undefined, 1, '\t'), (value, space) => {
        const text = JSON.stringify(value, null, space);
        expect(prettyJsonPrefix(text, true)).toBe(pretty(text));
      }),
      { numRuns: 500 },
    );
  });

  it('for any cut of any object or array, gives the start of the whole-tree printer’s text', () => {
    fc.assert(
      fc.property(container, fc.double({ min: 0, max: 1, noNaN: true }), (value, where) => {
        const text = JSON.stringify(value);
        const cut = text.slice(0, Math.floor(text.length * where));
        const prefix = prettyJsonPrefix(cut, false);
        if (prefix === undefined) {
          expect(cut.trim()).toBe('');
          return;
        }
        expect(pretty(text).startsWith(prefix)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
