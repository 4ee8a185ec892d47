import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { b64, CLAIMS, compact, HS256_HEADER, SIGNATURE, VALID } from '../testing/build-token';
import { decodeToken, type DecodedToken } from './decode';
import { decodesFurther, firstFailure } from './fixes';

const [H = '', P = '', S = ''] = VALID.split('.');

function fixesOf(d: DecodedToken): string[] {
  return d.errors.flatMap((e) => (e.fix === undefined ? [] : [e.fix.token]));
}

/**
 * Built apart from fixes.ts: the index of the first segment that fails, counting the separators ('.', '~')
 * before the error's position; an error about the whole text (or with no position) fails before any segment.
 */
function firstFailingSegment(d: DecodedToken): number {
  if (d.errors.length === 0) return Infinity;
  const token = d.cleaned.token;
  return Math.min(
    ...d.errors.map((e) =>
      e.part === 'token' || e.at === undefined ? -1 : (token.slice(0, e.at).match(/[.~]/g) ?? []).length,
    ),
  );
}

describe('firstFailure and decodesFurther', () => {
  it('no error is further than any error; a later failing segment is further than an earlier one', () => {
    const clean = decodeToken(VALID);
    const badSignature = decodeToken(`${H}.${P}.${S}*`);
    const badHeader = decodeToken(`${H}*.${P}.${S}`);
    expect(firstFailure(clean)).toBe(Infinity);
    expect(firstFailure(badSignature)).toBe(2);
    expect(firstFailure(badHeader)).toBe(0);
    expect(firstFailure(decodeToken(`${H}.${P}`))).toBe(-1);
    expect(decodesFurther(badHeader, badSignature)).toBe(true);
    expect(decodesFurther(badSignature, badHeader)).toBe(false);
    expect(decodesFurther(badHeader, badHeader)).toBe(false);
    expect(decodesFurther(badSignature, clean)).toBe(true);
  });
});

describe('one-click fixes that made things worse (regressions)', () => {
  it('regression: a curl command was a "JWE" whose fix turned https://api.example.com/orders into https:__api.example.com_orders', () => {
    const d = decodeToken(`curl -H "Authorization: Bearer ${VALID}" https://api.example.com/orders`);
    expect(d.kind).toBe('jws');
    expect(d.found?.tokens[0]).toMatchObject({
      token: VALID,
      where: { kind: 'header', name: 'Authorization' },
    });
    expect(fixesOf(d)).toEqual([]);
  });

  it('regression: a Cookie header was "6 segments" with a fix', () => {
    const d = decodeToken(`Cookie: session=${VALID}; theme=dark; _ga=GA1.2.3456.7890`);
    expect(d.errors).toEqual([]);
    expect(d.found?.tokens[0]).toMatchObject({ token: VALID, where: { kind: 'cookie', name: 'session' } });
    expect(fixesOf(d)).toEqual([]);
  });

  it('regression: a log line was offered a fix', () => {
    const d = decodeToken(`2026-11-26T03:00:00Z INFO token=${VALID} path=/orders/1.json`);
    expect(d.errors).toEqual([]);
    expect(d.found?.tokens.map((t) => t.token)).toEqual([VALID]);
    expect(fixesOf(d)).toEqual([]);
  });

  it('regression: a URL pasted alone was offered to lose its colon', () => {
    const d = decodeToken('https://api.example.com/orders');
    expect(d.errors.length).toBeGreaterThan(0);
    expect(fixesOf(d)).toEqual([]);
  });

  it('with standard base64 in the header and a stray character in the signature, only the fix that gets further is offered', () => {
    const header = b64('{"alg":"HS256","typ":"JWT","kid":"??>>"}');
    expect(header).toMatch(/[+/]/);
    const d = decodeToken(`${header}.${P}.${S.slice(0, 5)}*${S.slice(5)}`);
    expect(d.errors.map((e) => [e.code, e.part, e.fix?.kind])).toEqual([
      ['BASE64URL_STANDARD', 'header', 'to-base64url'],
      ['BASE64URL_CHAR', 'signature', undefined],
    ]);
    // Once converted, the stray character is the first failure, and its fix is offered.
    const next = decodeToken(d.errors[0]?.fix?.token ?? '');
    expect(next.errors.map((e) => [e.code, e.fix?.kind])).toEqual([['BASE64URL_CHAR', 'remove-stray']]);
    expect(decodeToken(next.errors[0]?.fix?.token ?? '').errors).toEqual([]);
  });
});

const MUTATION_CHARS = [...Array.from('Aa0-_.~=+/*"\' :;\n'), '\u200b', '\u00e9'];
const mutation = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'replace'),
  position: fc.nat(),
  char: fc.constantFrom(...MUTATION_CHARS),
});

function mutate(token: string, m: { kind: string; position: number; char: string }): string {
  const i = m.position % (token.length + 1);
  if (m.kind === 'insert') return token.slice(0, i) + m.char + token.slice(i);
  if (m.kind === 'delete') return token.slice(0, i) + token.slice(i + 1);
  return token.slice(0, i) + m.char + token.slice(i + 1);
}

const tokens = fc.oneof(
  fc.constant(VALID),
  fc.constant(compact(HS256_HEADER, CLAIMS, SIGNATURE.slice(0, -1) + 'B')),
  fc.constant(`${b64(HS256_HEADER)}.${b64(CLAIMS)}.${b64(new Uint8Array([251, 255, 191, 62]))}`),
  fc.constant(`${VALID}~${b64(['salt', 'name', 'x'].join(''))}~`),
  fc.constant(`curl -H "Authorization: Bearer ${VALID}" https://api.example.com/orders`),
);

describe('every offered fix gets further (property)', () => {
  it('applying any offered fix decodes with no error, or fails first in a later segment; never mangles a URL', () => {
    fc.assert(
      fc.property(tokens, fc.array(mutation, { maxLength: 4 }), (token, ms) => {
        const input = ms.reduce(mutate, token);
        const before = decodeToken(input);
        for (const fixed of fixesOf(before)) {
          const after = decodeToken(fixed);
          expect(fixed).not.toBe(before.cleaned.token);
          expect(after.errors.length === 0 || firstFailingSegment(after) > firstFailingSegment(before)).toBe(
            true,
          );
          expect(fixed).not.toContain(':__');
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('on any string, the fixes offered get further', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (input) => {
        const before = decodeToken(input);
        for (const fixed of fixesOf(before)) {
          const after = decodeToken(fixed);
          expect(after.errors.length === 0 || firstFailingSegment(after) > firstFailingSegment(before)).toBe(
            true,
          );
        }
      }),
      { numRuns: 2000 },
    );
  });
});
