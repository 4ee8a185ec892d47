import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isExact, jsTextOf, parseLosslessJson, rawOf } from './lossless';
import { toPrettyJson } from './pretty';

/** A JSON number literal as RFC 8259 section 6 writes it, with any number of digits. */
const jsonNumberText = fc
  .tuple(
    fc.boolean(),
    fc.oneof(fc.constant('0'), fc.stringMatching(/^[1-9][0-9]{0,30}$/)),
    fc.option(fc.stringMatching(/^[0-9]{1,25}$/), { nil: undefined }),
    fc.option(
      fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), fc.stringMatching(/^[0-9]{1,4}$/)),
      {
        nil: undefined,
      },
    ),
  )
  .map(([negative, int, frac, exp]) => {
    const sign = negative ? '-' : '';
    const fraction = frac === undefined ? '' : `.${frac}`;
    const exponent = exp === undefined ? '' : exp.join('');
    return `${sign}${int}${fraction}${exponent}`;
  });

/** JSON whitespace (RFC 8259 section 2): space, tab, line feed, carriage return. */
const jsonWhitespace = fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r'), maxLength: 3 });

describe('lossless JSON, by property', () => {
  it('for any JSON text, parsing succeeds and the pretty text reads back as the same value', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const result = parseLosslessJson(text);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const printed = toPrettyJson(result.value).text;
        expect(JSON.parse(printed)).toEqual(JSON.parse(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('for JSON that JSON.stringify wrote, the pretty text is exactly JSON.stringify(value, null, 2)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseLosslessJson(JSON.stringify(value));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(toPrettyJson(result.value).text).toBe(JSON.stringify(value, null, 2));
      }),
      { numRuns: 1000 },
    );
  });

  it('any string survives: pretty text reads back as the same string, surrogates and all', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const text = JSON.stringify({ [s]: s });
        const result = parseLosslessJson(text);
        expect(result.ok).toBe(true);
        if (!result.ok || result.value.kind !== 'object') return;
        expect(result.value.members[0]?.name.value).toBe(s);
        expect(JSON.parse(toPrettyJson(result.value).text)).toEqual({ [s]: s });
      }),
      { numRuns: 500 },
    );
  });

  it('every number literal keeps its digits, and is exact exactly when JavaScript prints the same value', () => {
    fc.assert(
      fc.property(jsonNumberText, (raw) => {
        const result = parseLosslessJson(`[${raw}]`);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const printed = toPrettyJson(result.value);
        expect(printed.text).toBe(`[\n  ${raw}\n]`);
        const node = result.value.kind === 'array' ? result.value.items[0] : undefined;
        if (node?.kind !== 'number') throw new Error('number expected');
        expect(rawOf(node)).toBe(raw);
        expect(Object.is(node.value, Number(raw))).toBe(true);
        // Exact numbers print back to the same value; a value that is not finite is never exact.
        if (isExact(node)) expect(Number(jsTextOf(node))).toBe(Number(raw));
        if (!Number.isFinite(Number(raw))) expect(isExact(node)).toBe(false);
        const run = printed.runs.find((r) => r.style === 'number');
        expect(run?.inexact === true).toBe(!isExact(node));
      }),
      { numRuns: 1000 },
    );
  });

  it('an integer is exact exactly when JavaScript prints the same digits back', () => {
    // Below 1e21 JavaScript prints integers without an exponent, so comparing the text is an independent oracle.
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 21n) + 1n, max: 10n ** 21n - 1n }), (n) => {
        const raw = n.toString();
        const result = parseLosslessJson(raw);
        if (!result.ok || result.value.kind !== 'number') throw new Error('number expected');
        expect(isExact(result.value)).toBe(String(Number(raw)) === raw);
        if (n >= -(2n ** 53n) && n <= 2n ** 53n) expect(isExact(result.value)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('whitespace between tokens changes nothing in the pretty text', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 3 }),
        fc.array(jsonWhitespace, { minLength: 64, maxLength: 64 }),
        (value, gaps) => {
          const compactText = JSON.stringify(value);
          // Insert whitespace after each structural character, outside strings.
          let spaced = '';
          let inString = false;
          let gap = 0;
          for (let i = 0; i < compactText.length; i++) {
            const c = compactText.charAt(i);
            spaced += c;
            if (inString) {
              if (c === '\\') spaced += compactText.charAt(++i);
              else if (c === '"') inString = false;
            } else if (c === '"') inString = true;
            else if ('{}[],:'.includes(c)) spaced += gaps[gap++ % gaps.length] ?? '';
          }
          const spacedText = `${gaps[0] ?? ''}${spaced}${gaps[1] ?? ''}`;
          const a = parseLosslessJson(compactText);
          const b = parseLosslessJson(spacedText);
          expect(b.ok).toBe(true);
          if (!a.ok || !b.ok) return;
          expect(toPrettyJson(b.value).text).toBe(toPrettyJson(a.value).text);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on any text, and a failure points inside the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.string({ unit: fc.constantFrom(...Array.from('{}[],:"\\ 01-e.tn')) }),
        ),
        (text) => {
          const result = parseLosslessJson(text);
          if (result.ok) {
            expect(() => JSON.parse(text) as unknown).not.toThrow();
            return;
          }
          expect(result.error.offset).toBeGreaterThanOrEqual(0);
          expect(result.error.offset).toBeLessThanOrEqual(text.length);
          expect(result.error.line).toBeGreaterThanOrEqual(1);
          expect(result.error.column).toBeGreaterThanOrEqual(1);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('accepts exactly what JSON.parse accepts, on short texts of JSON characters', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...Array.from('{}[],:"\\ 01-e.tnrulfas')), maxLength: 12 }),
        (text) => {
          let platform = true;
          try {
            JSON.parse(text);
          } catch {
            platform = false;
          }
          expect(parseLosslessJson(text).ok).toBe(platform);
        },
      ),
      { numRuns: 2000 },
    );
  });
  it('accepts exactly what JSON.parse accepts, on JSON texts with one character inserted, removed or replaced', () => {
    const units = Array.from('{}[],:"\\ \t\n01-+eE.tnrulfas\u0000\u001f\u00a0x/');
    fc.assert(
      fc.property(
        fc.json({ maxDepth: 3 }),
        fc.nat(),
        fc.constantFrom('insert', 'remove', 'replace'),
        fc.constantFrom(...units),
        (json, at, how, unit) => {
          const i = at % (json.length + 1);
          const text =
            how === 'insert'
              ? json.slice(0, i) + unit + json.slice(i)
              : how === 'remove'
                ? json.slice(0, i) + json.slice(i + 1)
                : json.slice(0, i) + unit + json.slice(i + 1);
          let platform = true;
          try {
            JSON.parse(text);
          } catch {
            platform = false;
          }
          expect(parseLosslessJson(text).ok).toBe(platform);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
