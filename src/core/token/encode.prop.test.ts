import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromB64uText } from '../testing/build-token';
import { encodeJsonSegment, toCompactJson } from './encode';

/** JSON whitespace (RFC 8259 section 2): space, tab, line feed, carriage return. */
const ws = fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r'), maxLength: 3 });

/** A JSON number literal with any number of digits (`12345678901234567890`, `3.0`, `1e400`, `-0.0`). */
const numberText = fc
  .tuple(
    fc.boolean(),
    fc.oneof(fc.constant('0'), fc.stringMatching(/^[1-9][0-9]{0,30}$/)),
    fc.option(fc.stringMatching(/^[0-9]{1,25}$/), { nil: undefined }),
    fc.option(fc.stringMatching(/^[eE][+-]?[0-9]{1,4}$/), { nil: undefined }),
  )
  .map(
    ([neg, int, frac, exp]) => `${neg ? '-' : ''}${int}${frac === undefined ? '' : `.${frac}`}${exp ?? ''}`,
  );

/** The text without what a JSON string must escape: quotes, backslashes and control characters. */
function withoutQuotesAndControls(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c !== 0x22 && c !== 0x5c) out += text.charAt(i);
  }
  return out;
}

/** A JSON string literal with escapes and spaces inside, written as a person might. */
const stringText = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 4 }).map(withoutQuotesAndControls),
      fc.constantFrom('\\"', '\\\\', '\\/', '\\n', '\\t', '\\u00e9', '\\ud83c\\udf89', ' ', '  '),
    ),
    { maxLength: 5 },
  )
  .map((parts) => `"${parts.join('')}"`);

/** JSON text with whitespace sprinkled between tokens; `compact` is the same text without it. */
const { value: spacedJson } = fc.letrec<{ value: [string, string] }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    numberText.map((n): [string, string] => [n, n]),
    stringText.map((s): [string, string] => [s, s]),
    fc.constantFrom('true', 'false', 'null').map((l): [string, string] => [l, l]),
    fc
      .tuple(fc.array(fc.tuple(ws, tie('value'), ws), { maxLength: 4 }), ws)
      .map(([items, end]): [string, string] => [
        `[${items.map(([a, [v], b]) => `${a}${v}${b}`).join(',')}${items.length === 0 ? end : ''}]`,
        `[${items.map(([, [, c]]) => c).join(',')}]`,
      ]),
    fc
      .tuple(
        // Duplicate names on purpose: a small alphabet of names.
        fc.array(
          fc.tuple(ws, fc.constantFrom('"a"', '"b"', '"a b"', '"\\u0061"'), ws, ws, tie('value'), ws),
          {
            maxLength: 4,
          },
        ),
        ws,
      )
      .map(([members, end]): [string, string] => [
        `{${members.map(([a, n, b, c, [v], d]) => `${a}${n}${b}:${c}${v}${d}`).join(',')}${members.length === 0 ? end : ''}}`,
        `{${members.map(([, n, , , [, v]]) => `${n}:${v}`).join(',')}}`,
      ]),
  ),
}));

const spaced = fc
  .tuple(ws, spacedJson, ws)
  .map(([a, [text, compact], b]) => [`${a}${text}${b}`, compact] as const);

describe('encodeJsonSegment, by property', () => {
  it('decoding the segment gives back exactly the compacted text: digits, escapes, order, duplicates', () => {
    fc.assert(
      fc.property(spaced, ([text, compact]) => {
        const segment = encodeJsonSegment(text, 'compact');
        expect(segment.ok).toBe(true);
        if (!segment.ok) return;
        expect(fromB64uText(segment.value)).toBe(compact);
      }),
      { numRuns: 500 },
    );
  });

  it('exact mode gives back the text byte for byte', () => {
    fc.assert(
      fc.property(spaced, ([text]) => {
        const segment = encodeJsonSegment(text, 'exact');
        expect(segment.ok && fromB64uText(segment.value)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('compact of compact is itself', () => {
    fc.assert(
      fc.property(spaced, ([text]) => {
        const once = toCompactJson(text);
        expect(toCompactJson(once)).toBe(once);
      }),
    );
  });

  it('agrees with JSON.stringify(JSON.parse(x)) where JSON.parse round-trips exactly', () => {
    fc.assert(
      fc.property(fc.json(), ws, ws, (json, a, b) => {
        // fc.json() is what JSON.stringify writes; spread it out, then compact it again.
        const spread = `${a}${JSON.stringify(JSON.parse(json), null, 2)}${b}`;
        expect(toCompactJson(spread)).toBe(JSON.stringify(JSON.parse(json)));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses text that is not JSON, never throwing', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const segment = encodeJsonSegment(text, 'compact');
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(segment.ok).toBe(valid);
      }),
      { numRuns: 500 },
    );
  });
});
