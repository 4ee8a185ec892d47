import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compact, HS256_HEADER } from '../testing/build-token';
import { toPrettyJson } from '../json/pretty';
import { decodeToken, type DecodedPart } from './decode';
import { PREVIEW_SEGMENT_CHARS, previewKey, previewToken } from './preview';

function b64(text: string): string {
  return Buffer.from(text).toString('base64url');
}

/** The pane text the whole decode gives a part. */
function decodedPretty(part: DecodedPart | undefined): string {
  if (part?.content?.kind !== 'json') throw new Error('expected JSON');
  return toPrettyJson(part.content.json).text;
}

function bigPayload(): string {
  const roles = Array.from({ length: 5000 }, (_, i) => ({ id: i, name: `rôle-${i} ✓`, on: i % 2 === 0 }));
  return JSON.stringify({ sub: 'big', roles, exp: 1900000000 });
}

describe('previewToken', () => {
  it('shows a short token whole, exactly as its decode does', () => {
    const token = compact(HS256_HEADER, '{"sub":"a","n":1.50E+02,"nested":{"x":[]}}');
    const decoded = decodeToken(token);
    expect(previewToken(token)).toEqual({
      header: decodedPretty(decoded.header),
      payload: decodedPretty(decoded.payload),
    });
  });

  it('shows the start of a long payload: the start of what its decode shows, several screens of it', () => {
    const token = compact(HS256_HEADER, bigPayload());
    const preview = previewToken(token);
    const whole = decodedPretty(decodeToken(token).payload);
    expect(preview?.payload).toBeDefined();
    expect(whole.startsWith(preview?.payload ?? 'x')).toBe(true);
    expect(preview?.payload?.length).toBeGreaterThan(PREVIEW_SEGMENT_CHARS / 2);
    expect(preview?.payload?.length).toBeLessThan(whole.length);
  });

  it('for any payload object and any size, what it shows is the start of the decode’s text', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.nat({ max: 3000 }), (claims, padding) => {
        const token = compact(HS256_HEADER, JSON.stringify({ ...claims, pad: 'é'.repeat(padding * 10) }));
        const preview = previewToken(token);
        const whole = decodedPretty(decodeToken(token).payload);
        expect(whole.startsWith(preview?.payload ?? 'x')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('reads only the payload of a JWS: nothing for a JWE, an unencoded payload, or text around a token', () => {
    const jwe = `${b64('{"alg":"RSA-OAEP","enc":"A256GCM"}')}.${b64('{"k":1}')}.aXY.Y3Q.dGFn`;
    expect(previewToken(jwe)?.payload).toBeUndefined();
    const unencoded = `${b64('{"alg":"HS256","b64":false,"crit":["b64"]}')}.{"a":1}.c2ln`;
    expect(previewToken(unencoded)?.payload).toBeUndefined();
    expect(previewToken(`Bearer ${compact(HS256_HEADER, '{"sub":"a"}')}`)).toBeUndefined();
    expect(previewToken('not a token')).toBeUndefined();
    expect(previewToken(compact(HS256_HEADER, '"a string"'))?.payload).toBeUndefined();
  });

  it('gives no preview of a payload nested deeper than a claims set (100,000 `[`): the decode refuses it', () => {
    const token = compact(HS256_HEADER, '['.repeat(100_000));
    const preview = previewToken(token);
    expect(preview?.header).toBeDefined();
    expect(preview?.payload).toBeUndefined();
  });

  it('gives no preview of bytes that are not UTF-8', () => {
    const token = `${b64('{"alg":"HS256"}')}.${Buffer.from([0x7b, 0xff, 0xfe]).toString('base64url')}.c2ln`;
    expect(previewToken(token)?.payload).toBeUndefined();
  });
});

describe('previewKey', () => {
  const big = compact(HS256_HEADER, bigPayload());
  const [header = '', payload = '', signature = ''] = big.split('.');

  it('is the same for texts that differ only past what the preview reads, and so are their previews', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: PREVIEW_SEGMENT_CHARS, max: payload.length }),
        fc.string({ unit: fc.constantFrom('A', 'b', '-', '_', '0', '.', ' ', '~'), maxLength: 12 }),
        fc.string({ maxLength: 12 }),
        (cut, typed, tail) => {
          // A keystroke (or several) in the payload past its first PREVIEW_SEGMENT_CHARS, and any signature.
          const edited = `${header}.${payload.slice(0, cut)}${typed.replaceAll('.', '')}${payload.slice(cut)}.${tail}`;
          expect(previewKey(edited)).toBe(previewKey(big));
          expect(previewToken(edited)).toEqual(previewToken(big));
        },
      ),
      { numRuns: 50 },
    );
  });

  it('changes with anything the preview reads: the header, the start of the payload, or whether that is all of it', () => {
    const key = previewKey(big);
    expect(key).toBeDefined();
    expect(
      previewKey(
        `${header}.${payload.slice(0, PREVIEW_SEGMENT_CHARS - 1)}X${payload.slice(PREVIEW_SEGMENT_CHARS)}.${signature}`,
      ),
    ).not.toBe(key);
    expect(previewKey(`${header}A.${payload}.${signature}`)).not.toBe(key);
    const short = compact(HS256_HEADER, '{"sub":"a"}');
    const [h = '', p = ''] = short.split('.');
    // The whole payload, and the same characters as the start of a longer one, read differently.
    expect(previewKey(`${h}.${p}.x`)).not.toBe(previewKey(`${h}.${p}${'A'.repeat(PREVIEW_SEGMENT_CHARS)}.x`));
    expect(previewKey('no-dots')).toBeUndefined();
    expect(previewKey('one.dot')).toBeUndefined();
  });
});
