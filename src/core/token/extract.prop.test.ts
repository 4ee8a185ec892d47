import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compact } from '../testing/build-token';
import { decodeToken } from './decode';
import { extractToken, toOriginalOffset } from './extract';

const token = fc
  .tuple(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('HS256', 'RS256', 'none'))
  .map(([claims, alg]) => compact(JSON.stringify({ alg }), JSON.stringify({ claims })));

const wrapping = fc.record({
  prefix: fc.constantFrom('', 'Bearer ', 'bearer  ', 'Authorization: Bearer ', 'JWT '),
  quotes: fc.constantFrom(['', ''], ['"', '"'], ["'", "'"], ['`', '`'], ['\u201c', '\u201d'], ['"', '",']),
  outside: fc.constantFrom('', ' ', '\n', '\r\n\t', '\u200b'),
  inner: fc.array(fc.tuple(fc.nat(), fc.constantFrom('\n', '\r\n', ' ', '\u200b', '\ufeff', '\u2060')), {
    maxLength: 4,
  }),
});

describe('extractToken, by property', () => {
  it('takes a valid token out of any common wrapping, and maps every character back to the original', () => {
    fc.assert(
      fc.property(token, wrapping, (t, w) => {
        // Break lines and scatter invisible characters inside the token, at positions that leave its ends alone.
        let body = t;
        for (const [n, gap] of [...w.inner].sort((a, b) => b[0] - a[0])) {
          const at = 1 + (n % (body.length - 1));
          body = body.slice(0, at) + gap + body.slice(at);
        }
        const input = `${w.outside}${w.quotes[0]}${w.prefix}${body}${w.quotes[1]}${w.outside}`;
        const cleaned = extractToken(input);
        expect(cleaned.token).toBe(t);
        const mapped = Array.from(t, (_, i) => input.charAt(toOriginalOffset(cleaned, i))).join('');
        expect(mapped).toBe(t);
        const d = decodeToken(input);
        expect(d.errors).toEqual([]);
        expect(d.notes.length).toBeGreaterThanOrEqual(input === t ? 0 : 1);
      }),
      { numRuns: 1000 },
    );
  });

  it('maps offsets monotonically into the original text, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (input) => {
        const cleaned = extractToken(input);
        const offsets = Array.from({ length: cleaned.token.length + 1 }, (_, i) =>
          toOriginalOffset(cleaned, i),
        );
        expect(offsets.every((o, i) => i === 0 || o > (offsets[i - 1] ?? -1))).toBe(true);
        expect(offsets.every((o) => o >= 0 && o <= input.length)).toBe(true);
        expect(
          offsets
            .slice(0, -1)
            .map((o) => input.charAt(o))
            .join(''),
        ).toBe(cleaned.token);
      }),
      { numRuns: 500 },
    );
  });
});
