import { describe, expect, it } from 'vitest';
import { parseLosslessJson } from './lossless';
import { toPrettyJson, type PrettyJson } from './pretty';

function pretty(text: string): PrettyJson {
  const result = parseLosslessJson(text);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(text)} to parse`);
  return toPrettyJson(result.value);
}

function styled(p: PrettyJson): [string, string][] {
  return p.runs.map((r) => [r.style, p.text.slice(r.from, r.to)]);
}

describe('toPrettyJson', () => {
  it('indents with two spaces, like JSON.stringify(value, null, 2)', () => {
    const text = '{"a":[1,{"b":null}],"c":{},"d":[],"e":"x"}';
    expect(pretty(text).text).toBe(JSON.stringify(JSON.parse(text), null, 2));
  });

  it.each(['1', '"s"', 'true', 'false', 'null', '[]', '{}'])(
    'prints the scalar or empty value %s as is',
    (text) => {
      expect(pretty(text).text).toBe(text);
    },
  );

  it('keeps number digits and string escapes exactly as the source writes them', () => {
    const p = pretty('{ "n" : 1.50E+02 , "big" :12345678901234567890, "s":"\\u00e9\\/" }');
    expect(p.text).toBe('{\n  "n": 1.50E+02,\n  "big": 12345678901234567890,\n  "s": "\\u00e9\\/"\n}');
  });

  it('gives each token a run with its style, in order, covering exactly its text', () => {
    const p = pretty('{"k":[1,"s",true,null]}');
    expect(styled(p)).toEqual([
      ['punctuation', '{'],
      ['key', '"k"'],
      ['punctuation', ': '],
      ['punctuation', '['],
      ['number', '1'],
      ['punctuation', ','],
      ['string', '"s"'],
      ['punctuation', ','],
      ['literal', 'true'],
      ['punctuation', ','],
      ['literal', 'null'],
      ['punctuation', ']'],
      ['punctuation', '}'],
    ]);
    for (let i = 1; i < p.runs.length; i++) {
      expect(p.runs[i]?.from).toBeGreaterThanOrEqual(p.runs[i - 1]?.to ?? 0);
    }
    // Only whitespace lies between runs.
    let covered = '';
    let last = 0;
    for (const r of p.runs) {
      expect(p.text.slice(last, r.from)).toMatch(/^\s*$/);
      covered += p.text.slice(r.from, r.to);
      last = r.to;
    }
    expect(covered.replace(/: /g, ':')).toBe('{"k":[1,"s",true,null]}');
  });

  it('flags inexact numbers with what JavaScript reads, and leaves exact ones alone', () => {
    const p = pretty('[12345678901234567890,1e400,-0.0,3.0,1e-400]');
    const numbers = p.runs.filter((r) => r.style === 'number');
    expect(numbers.map((r) => [p.text.slice(r.from, r.to), r.inexact, r.jsText])).toEqual([
      ['12345678901234567890', true, '12345678901234567000'],
      ['1e400', true, 'Infinity'],
      ['-0.0', undefined, undefined],
      ['3.0', undefined, undefined],
      ['1e-400', true, '0'],
    ]);
  });

  it('flags every copy of a duplicated member name, however it is spelled', () => {
    const p = pretty('{"a":1,"b":2,"\\u0061":3}');
    const keys = p.runs.filter((r) => r.style === 'key');
    expect(keys.map((r) => [p.text.slice(r.from, r.to), r.duplicate])).toEqual([
      ['"a"', true],
      ['"b"', undefined],
      ['"\\u0061"', true],
    ]);
  });

  it('with `flagged`, gives the same text and only the flagged runs, as they are in the full list', () => {
    const result = parseLosslessJson('{"a":1,"b":[12345678901234567890,2],"a":true}');
    if (!result.ok) throw new Error('expected to parse');
    const all = toPrettyJson(result.value);
    const flagged = toPrettyJson(result.value, 'flagged');
    expect(flagged.text).toBe(all.text);
    expect(flagged.runs).toEqual(all.runs.filter((r) => r.duplicate === true || r.inexact === true));
    expect(flagged.runs).toHaveLength(3);
  });

  it('keeps duplicate members and their order in the text', () => {
    expect(pretty('{"sub":"a","sub":"b"}').text).toBe('{\n  "sub": "a",\n  "sub": "b"\n}');
  });

  it('keeps member order that JSON.parse would change', () => {
    expect(pretty('{"z":1,"a":2,"10":3,"2":4}').text).toBe(
      '{\n  "z": 1,\n  "a": 2,\n  "10": 3,\n  "2": 4\n}',
    );
  });

  it('keeps non-ASCII text as written', () => {
    const text = '{"\u540d":"\u0645\u0631\u062d\u0628\u0627 \u{1F600}"}';
    expect(pretty(text).text).toBe('{\n  "\u540d": "\u0645\u0631\u062d\u0628\u0627 \u{1F600}"\n}');
  });
});
