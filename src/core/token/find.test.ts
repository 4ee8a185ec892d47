import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { b64u, compact, HS256_HEADER, SIGNATURE } from '../testing/build-token';
import { findTokens, MAX_FOUND, type FoundToken } from './find';

const JWS = compact(HS256_HEADER, '{"sub":"1234567890","name":"John Doe","iat":1516239022}');
const ID = compact('{"alg":"RS256","kid":"k1"}', '{"sub":"alice","aud":"client"}', b64u(new Uint8Array(256)));
const NONE = `${b64u('{"alg":"none"}')}.${b64u('{"sub":"x"}')}.`;
const JWE = [
  b64u('{"alg":"RSA-OAEP","enc":"A256GCM"}'),
  b64u(new Uint8Array(256)),
  b64u(new Uint8Array(12)),
  b64u('ciphertext bytes'),
  b64u(new Uint8Array(16)),
].join('.');
const DISCLOSURE = b64u('["salt","given_name","Erika"]');
const SD_JWT = `${JWS}~${DISCLOSURE}~`;

function found(text: string): readonly FoundToken[] {
  return findTokens(text).tokens;
}

describe('findTokens: where people paste tokens from', () => {
  it('a bare token is found whole, with no name', () => {
    expect(found(JWS)).toEqual([
      { token: JWS, kind: 'jws', start: 0, end: JWS.length, where: { kind: 'text' } },
    ]);
  });

  it('an HTTP request: the Authorization header and a cookie, in text order', () => {
    const text = [
      'GET /api/orders HTTP/1.1',
      'Host: api.example.com',
      `Authorization: Bearer ${JWS}`,
      `Cookie: theme=dark; session=${ID}; lang=en`,
      '',
    ].join('\r\n');
    const tokens = found(text);
    expect(tokens.map((t) => [t.token, t.kind, t.where])).toEqual([
      [JWS, 'jws', { kind: 'header', name: 'Authorization' }],
      [ID, 'jws', { kind: 'cookie', name: 'session' }],
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.token);
  });

  it('a JSON token response: each token by its member name', () => {
    const body = JSON.stringify({ access_token: JWS, token_type: 'Bearer', expires_in: 3600, id_token: ID });
    expect(found(body).map((t) => [t.where, t.token])).toEqual([
      [{ kind: 'json', name: 'access_token' }, JWS],
      [{ kind: 'json', name: 'id_token' }, ID],
    ]);
  });

  it('a pretty-printed JSON body and an escaped member name', () => {
    const body = `{\n  "refresh\\u005ftoken" :  "${JWS}"\n}`;
    expect(found(body)[0]?.where).toEqual({ kind: 'json', name: 'refresh_token' });
  });

  it('a redirect URL: tokens in the fragment and query, by parameter', () => {
    const url = `https://app.example.com/callback?code=abc&id_token=${ID}#access_token=${JWS}&state=xyz`;
    expect(found(url).map((t) => [t.where, t.token])).toEqual([
      [{ kind: 'parameter', name: 'id_token' }, ID],
      [{ kind: 'parameter', name: 'access_token' }, JWS],
    ]);
  });

  it('a curl command with the header in quotes', () => {
    const curl = `curl -s -H 'Authorization: Bearer ${JWS}' https://api.example.com/orders`;
    expect(found(curl)).toEqual([
      expect.objectContaining({ token: JWS, where: { kind: 'header', name: 'Authorization' } }),
    ]);
  });

  it('a Set-Cookie header: the cookie name, not the header', () => {
    const header = `Set-Cookie: id=${ID}; Path=/; HttpOnly; Secure`;
    expect(found(header)[0]?.where).toEqual({ kind: 'cookie', name: 'id' });
  });

  it('a log line, with the full stop after the token left out', () => {
    const line = `2026-11-25T10:00:00Z WARN auth rejected token ${JWS}. Retrying.`;
    expect(found(line)).toEqual([expect.objectContaining({ token: JWS, where: { kind: 'text' } })]);
  });

  it('names every kind: JWS, unsecured, JWE and SD-JWT', () => {
    const text = `a=${JWS} b=${NONE} c=${JWE} d=${SD_JWT}`;
    expect(found(text).map((t) => t.kind)).toEqual(['jws', 'unsecured', 'jwe', 'sd-jwt']);
    expect(found(text)[3]?.token).toBe(SD_JWT);
  });

  it('an SD-JWT with a key-binding JWT is one token', () => {
    const kb = compact('{"alg":"ES256","typ":"kb+jwt"}', '{"nonce":"n"}');
    expect(found(`${JWS}~${DISCLOSURE}~${kb}`)).toEqual([
      expect.objectContaining({ kind: 'sd-jwt', token: `${JWS}~${DISCLOSURE}~${kb}` }),
    ]);
  });

  it('finds nothing in text with dotted words that are no tokens', () => {
    expect(found('see docs.example.com.au and v1.2.3, or e.g. a.b.c; eyJhbGciOi.broken.x')).toEqual([]);
    expect(found('')).toEqual([]);
    // Three segments whose first is not a JSON object header.
    expect(found(`${b64u('["not","an","object"]')}.${b64u('{}')}.${SIGNATURE}`)).toEqual([]);
  });

  it(`lists at most ${MAX_FOUND} tokens and counts the rest`, () => {
    const text = Array.from({ length: MAX_FOUND + 7 }, () => JWS).join('\n');
    const result = findTokens(text);
    expect(result.tokens).toHaveLength(MAX_FOUND);
    expect(result.more).toBe(7);
  });

  it('stays linear on hostile text: a megabyte of dots and token characters is looked at once', () => {
    const hostile = 'eyJhbGciOiJIUzI1NiJ9.'.repeat(50_000) + '.'.repeat(500_000) + 'a'.repeat(500_000);
    expect(findTokens(hostile).tokens).toEqual([]);
    // Dots that end nothing: a trim that backtracked over them would be quadratic.
    expect(findTokens(`a${'.'.repeat(500_000)}b.`).tokens).toEqual([]);
    expect(findTokens('~'.repeat(500_000) + '.'.repeat(500_000)).tokens).toEqual([]);
  });
});

describe('findTokens, by property', () => {
  const filler = fc.string({
    unit: fc.constantFrom(...Array.from(' \n\t:;,="\'{}[]()<>?&#/abcXYZ019.-_~')),
    maxLength: 60,
  });
  const token = fc.constantFrom(JWS, ID, NONE, JWE, SD_JWT);

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(() => findTokens(text)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });

  it('finds every token planted in random text, in order, at its place', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(filler, token), { minLength: 1, maxLength: 5 }),
        filler,
        (pieces, tail) => {
          let text = '';
          const planted: { token: string; start: number }[] = [];
          for (const [before, t] of pieces) {
            // A separator no token is made of keeps a planted token from running into its neighbours.
            text += `${before} `;
            planted.push({ token: t, start: text.length });
            text += `${t} `;
          }
          text += tail;
          const result = found(text);
          expect(result.map((f) => [f.token, f.start])).toEqual(planted.map((p) => [p.token, p.start]));
        },
      ),
      { numRuns: 500 },
    );
  });
});
