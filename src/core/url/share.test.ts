import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compact, HS256_HEADER, VALID } from '../testing/build-token';
import { decodeToken } from '../token/decode';
import { parseTokenParameters } from './fragment';
import { shareLink, shareRisk } from './share';

const NOW = 1_800_000_000;

describe('shareLink', () => {
  it('puts the token in the fragment of the page address, dropping the old fragment and query', () => {
    expect(shareLink('https://tools.example/jwt/?x=1#token=old', VALID)).toBe(
      `https://tools.example/jwt/#token=${VALID}`,
    );
    expect(shareLink('file:///home/me/jwt-debugger.html', 'a.b.c')).toBe(
      'file:///home/me/jwt-debugger.html#token=a.b.c',
    );
  });

  it('reads back as the same token, whatever characters it holds', () => {
    fc.assert(
      fc.property(fc.string(), (token) => {
        fc.pre(token.trim() !== '');
        const link = new URL(shareLink('https://tools.example/app/', token));
        expect(parseTokenParameters(link.hash)?.token).toBe(token);
      }),
    );
  });
});

describe('shareRisk', () => {
  const risk = (header: string, claims: string) => shareRisk(decodeToken(compact(header, claims)), NOW);

  it('calls a signed token with a future exp live, and says until when', () => {
    expect(risk(HS256_HEADER, `{"exp":${NOW + 3600}}`)).toEqual({ kind: 'live', expiresAt: NOW + 3600 });
  });

  it('calls a signed token without exp live for ever', () => {
    expect(risk(HS256_HEADER, '{"sub":"a"}')).toEqual({ kind: 'live' });
  });

  it('calls a token whose exp has passed expired', () => {
    expect(risk(HS256_HEADER, `{"exp":${NOW}}`)).toEqual({ kind: 'expired', expiredAt: NOW });
    expect(risk('{"alg":"none"}', `{"exp":${NOW - 1}}`)).toEqual({ kind: 'expired', expiredAt: NOW - 1 });
  });

  it('judges an unsigned token or a payload that is not an object as unknown, and a JWE as live', () => {
    expect(risk('{"alg":"none"}', '{"sub":"a"}')).toEqual({ kind: 'unknown' });
    expect(risk(HS256_HEADER, '"just text"')).toEqual({ kind: 'unknown' });
    expect(risk(HS256_HEADER, `{"exp":"${NOW + 10}"}`)).toEqual({ kind: 'live' });
    expect(shareRisk(decodeToken('eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..aXY.Y3Q.dGFn'), NOW)).toEqual({
      kind: 'live',
    });
  });

  it('reads the last exp when the member is repeated, as JSON.parse does', () => {
    expect(risk(HS256_HEADER, `{"exp":${NOW + 10},"exp":${NOW - 10}}`).kind).toBe('expired');
  });
});
