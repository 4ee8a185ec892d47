import { createHash, generateKeyPairSync } from 'node:crypto';
import type { JWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { toPublicJwk } from './export';
import { jwkThumbprint } from './thumbprint';

/** RFC 7638 section 3.1, computed here by hand: required members, sorted, no whitespace, SHA-256. */
function expected(jwk: JWK, members: readonly string[]): string {
  const json = `{${[...members]
    .sort()
    .map((m) => `"${m}":"${String((jwk as Record<string, unknown>)[m])}"`)
    .join(',')}}`;
  return createHash('sha256').update(json).digest('base64url');
}

describe('jwkThumbprint', () => {
  it('gives the thumbprint of RFC 7638 section 3.1', async () => {
    const jwk: JWK = {
      kty: 'RSA',
      n: '0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw',
      e: 'AQAB',
      alg: 'RS256',
      kid: '2011-04-29',
    };
    expect(await jwkThumbprint(jwk)).toBe('NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs');
  });

  it('is the same for a private key and its public half, for every key type', async () => {
    const cases: ReadonlyArray<readonly [JWK, readonly string[]]> = [
      [
        generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ format: 'jwk' }),
        ['crv', 'kty', 'x', 'y'],
      ],
      [generateKeyPairSync('ed448').privateKey.export({ format: 'jwk' }), ['crv', 'kty', 'x']],
      [{ kty: 'AKP', alg: 'ML-DSA-44', pub: 'AAEC', priv: 'AwQF' }, ['alg', 'kty', 'pub']],
      [{ kty: 'oct', k: 'c2VjcmV0' }, ['k', 'kty']],
    ];
    for (const [jwk, members] of cases) {
      expect(await jwkThumbprint(jwk)).toBe(expected(jwk, members));
      const pub = toPublicJwk(jwk);
      if (pub !== undefined) expect(await jwkThumbprint(pub)).toBe(expected(jwk, members));
    }
  });

  it('has none for a key missing a required member', async () => {
    expect(await jwkThumbprint({ kty: 'EC', crv: 'P-256', x: 'AA' })).toBeUndefined();
    expect(await jwkThumbprint({ kty: 'DSA' })).toBeUndefined();
  });
});
