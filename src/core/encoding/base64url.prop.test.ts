import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { b64u } from '../testing/build-token';
import {
  decodeBase64url,
  decodeBase64urlLenient,
  findBase64urlProblem,
  toBase64url,
  toCanonicalBase64url,
} from './base64url';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Every spelling of `encoded` whose last character differs only in its unused bits (RFC 4648 section 3.5). */
function nonCanonicalTwins(encoded: string): string[] {
  const unused = ({ 2: 4, 3: 2 } as Record<number, number>)[encoded.length % 4] ?? 0;
  const last = ALPHABET.indexOf(encoded.charAt(encoded.length - 1));
  const twins: string[] = [];
  for (let bits = 1; bits < 1 << unused; bits++) {
    twins.push(encoded.slice(0, -1) + ALPHABET.charAt(last | bits));
  }
  return twins;
}

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

  it('every non-canonical twin of a canonical text is refused at its last character, and canonicalised back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 100 }), (bytes) => {
        const encoded = b64u(bytes);
        const twins = nonCanonicalTwins(encoded);
        // 15 twins when the last group holds 1 byte, 3 when it holds 2, none for a full group.
        expect(twins).toHaveLength([0, 15, 3][bytes.length % 3] ?? -1);
        expect(toCanonicalBase64url(encoded)).toBe(encoded);
        for (const twin of twins) {
          const index = encoded.length - 1;
          const problem = {
            kind: 'noncanonical',
            index,
            char: twin.charAt(index),
            canonical: encoded.charAt(index),
          };
          expect(findBase64urlProblem(twin)).toEqual(problem);
          expect(decodeBase64url(twin)).toEqual({ ok: false, error: problem });
          expect(decodeBase64urlLenient(twin)).toEqual({ ok: true, value: bytes });
          expect(toCanonicalBase64url(twin)).toBe(encoded);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('any text of the alphabet is canonical exactly when re-encoding its bytes gives it back', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...Array.from(ALPHABET)), maxLength: 30 }), (text) => {
        const lenient = decodeBase64urlLenient(text);
        if (!lenient.ok) {
          expect(lenient.error).toEqual({ kind: 'length', length: text.length });
          return;
        }
        const canonical = b64u(lenient.value);
        expect(decodeBase64url(text).ok).toBe(canonical === text);
        expect(toCanonicalBase64url(text)).toBe(canonical);
      }),
      { numRuns: 1000 },
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
          if (problem?.kind === 'char' || problem?.kind === 'standard' || problem?.kind === 'noncanonical') {
            expect(text.slice(problem.index, problem.index + problem.char.length)).toBe(problem.char);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
