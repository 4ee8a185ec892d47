import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compact, HS256_HEADER } from '../testing/build-token';
import { decodeToken } from '../token/decode';
import { shareRisk } from './share';

const NOW = 1_800_000_000;

/** One `exp` value as JSON text, with the number it holds when a parser can judge it as a NumericDate. */
interface Exp {
  readonly text: string;
  readonly date?: number;
}

const expValue = fc.oneof<fc.Arbitrary<Exp>[]>(
  fc.integer({ min: NOW - 10_000, max: NOW + 10_000 }).map((n) => ({ text: String(n), date: n })),
  fc.double({ min: NOW - 10, max: NOW + 10, noNaN: true }).map((n) => ({ text: String(n), date: n })),
  fc.constantFrom('null', 'true', '"1700000000"', '[]', '{}', '1e400', '-1e400').map((text) => ({ text })),
);

describe('shareRisk, by property', () => {
  it('calls a signed token expired exactly when every exp is a number at or before now', () => {
    fc.assert(
      fc.property(fc.array(expValue, { maxLength: 5 }), (exps) => {
        const payload = `{${['"sub":"a"', ...exps.map((e) => `"exp":${e.text}`)].join(',')}}`;
        const risk = shareRisk(decodeToken(compact(HS256_HEADER, payload)), NOW);
        const dates = exps.map((e) => e.date);
        const expired = dates.length > 0 && dates.every((d) => d !== undefined && d <= NOW);
        expect(risk.kind).toBe(expired ? 'expired' : 'live');
        const future = dates.filter((d): d is number => d !== undefined && d > NOW);
        if (risk.kind === 'live') {
          expect(risk.expiresAt).toBe(future.length === 0 ? undefined : Math.max(...future));
          expect(risk.unreadableExp ?? false).toBe(dates.includes(undefined));
        }
      }),
    );
  });
});
