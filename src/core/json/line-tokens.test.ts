import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonLineTokens } from './line-tokens';
import { parseLosslessJson } from './lossless';
import { toPrettyJson } from './pretty';

function styled(line: string): [string, string][] {
  return jsonLineTokens(line).map((t) => [t.style, line.slice(t.from, t.to)]);
}

/** Runs as [style, text], trailing spaces trimmed and touching punctuation merged: how both sides are compared. */
function normalise(runs: readonly [string, string][]): [string, string][] {
  const out: [string, string][] = [];
  for (const [style, text] of runs) {
    const trimmed = text.trimEnd();
    const last = out[out.length - 1];
    if (style === 'punctuation' && last?.[0] === 'punctuation') last[1] += trimmed;
    else out.push([style, trimmed]);
  }
  return out;
}

describe('jsonLineTokens', () => {
  it('colours a member line of pretty JSON: key, colon, value, comma', () => {
    expect(styled('  "exp": 1763859600,')).toEqual([
      ['key', '"exp"'],
      ['punctuation', ':'],
      ['number', '1763859600'],
      ['punctuation', ','],
    ]);
  });

  it('reads escaped quotes and backslashes inside strings', () => {
    expect(styled('"a\\"b\\\\": "c\\\\"')).toEqual([
      ['key', '"a\\"b\\\\"'],
      ['punctuation', ':'],
      ['string', '"c\\\\"'],
    ]);
  });

  it('takes a string followed by spaces and a colon as a member name', () => {
    expect(styled('{"k" : true}')[1]).toEqual(['key', '"k"']);
  });

  it('runs an unclosed string to the end of the line', () => {
    expect(styled('  "abc')).toEqual([['string', '"abc']]);
    expect(styled('"ends with a backslash\\')).toEqual([['string', '"ends with a backslash\\']]);
  });

  it('colours numbers with sign, fraction and exponent, and the three literals', () => {
    expect(styled('[-1.5e+3, 0, true, false, null]')).toEqual([
      ['punctuation', '['],
      ['number', '-1.5e+3'],
      ['punctuation', ','],
      ['number', '0'],
      ['punctuation', ','],
      ['literal', 'true'],
      ['punctuation', ','],
      ['literal', 'false'],
      ['punctuation', ','],
      ['literal', 'null'],
      ['punctuation', ']'],
    ]);
  });

  it('leaves what is not JSON uncoloured', () => {
    expect(styled('nope @ truth')).toEqual([]);
  });

  it('for any JSON, the lines of its pretty text give the colours of the whole-document printer', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const parsed = parseLosslessJson(text);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const pretty = toPrettyJson(parsed.value);
        const expected = normalise(pretty.runs.map((r) => [r.style, pretty.text.slice(r.from, r.to)]));
        const actual = normalise(pretty.text.split('\n').flatMap(styled));
        expect(actual).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
