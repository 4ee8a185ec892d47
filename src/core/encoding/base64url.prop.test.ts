import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { b64u } from '../testing/build-token';
import { decodeBase64url, findBase64urlProblem, toBase64url } from './base64url';

describe('base64url, by property', () => {
  it('any bytes, encoded independently, decode to the same bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const encoded = b64u(bytes);
        expect(findBase64urlProblem(encoded)).toBeUndefined();
        expect(decodeBase64url(encoded)).toEqual({ ok: true, value: bytes });
      }),
      { numRuns: 1000 },
    );
  });

  it('toBase64url agrees with an independent encoder and round-trips', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const encoded = toBase64url(bytes);
        expect(encoded).toBe(b64u(bytes));
        expect(decodeBase64url(encoded)).toEqual({ ok: true, value: bytes });
      }),
      { numRuns: 500 },
    );
  });

  it('a text is decodable exactly when it has no problem, and never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: fc.constantFrom(...Array.from('ABCxyz019-_+/=*. ')), maxLength: 20 }),
          fc.string({ unit: 'binary', maxLength: 20 }),
        ),
        (text) => {
          const problem = findBase64urlProblem(text);
          const result = decodeBase64url(text);
          expect(result.ok).toBe(problem === undefined);
          if (problem !== undefined && problem.kind !== 'length') {
            expect(problem.index).toBeGreaterThanOrEqual(0);
            expect(problem.index).toBeLessThan(text.length);
          }
          if (problem?.kind === 'char' || problem?.kind === 'standard') {
            expect(text.slice(problem.index, problem.index + problem.char.length)).toBe(problem.char);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
