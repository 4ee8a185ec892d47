import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { PrivateKeyInfo } from '@peculiar/asn1-pkcs8';
import type { JWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { parseDer } from './der';
import { toJwks, toPkcs8Pem, toPublicJwk, toSpkiPem } from './export';
import { toPem } from './pem';
import { privateKeyInfoToJwk } from './private-extra';
import { readKeyText } from './read';

// Keys made and checked by Node (OpenSSL): expectations never come from the code under test.
const KEYS: ReadonlyArray<readonly [string, () => KeyObject]> = [
  ['RSA', () => generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey],
  ['P-256', () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey],
  ['P-384', () => generateKeyPairSync('ec', { namedCurve: 'secp384r1' }).privateKey],
  ['P-521', () => generateKeyPairSync('ec', { namedCurve: 'secp521r1' }).privateKey],
  ['secp256k1', () => generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).privateKey],
  ['Ed25519', () => generateKeyPairSync('ed25519').privateKey],
  ['Ed448', () => generateKeyPairSync('ed448').privateKey],
];

const jwkOf = (key: KeyObject) => key.export({ format: 'jwk' }) as JWK;

describe('PEM and JWK conversion', () => {
  it.each(KEYS)(
    '%s: JWK to SPKI and PKCS#8 PEM give the same key back, as Node reads them',
    async (_, make) => {
      const key = make();
      const privateJwk = jwkOf(key);
      const spki = await toSpkiPem(privateJwk);
      const pkcs8 = await toPkcs8Pem(privateJwk);
      expect(spki).toBe(createPublicKey(key).export({ format: 'pem', type: 'spki' }).toString());
      expect(jwkOf(createPrivateKey(pkcs8 ?? ''))).toEqual(privateJwk);
      // And our own key reading reads them back: PEM to JWK.
      const read = await readKeyText(pkcs8 ?? '', 'utf8');
      expect(read.ok && read.value.kind === 'keys' && read.value.keys[0]?.privateJwk).toEqual(privateJwk);
      const pub = await readKeyText(spki ?? '', 'utf8');
      expect(pub.ok && pub.value.kind === 'keys' && pub.value.keys[0]?.jwk).toEqual(toPublicJwk(privateJwk));
    },
  );

  it('private to public drops every private member and keeps kid and alg', () => {
    const rsa = {
      ...jwkOf(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey),
      kid: 'r',
      alg: 'PS256',
    };
    expect(toPublicJwk(rsa)).toEqual({ kty: 'RSA', n: rsa.n, e: rsa.e, kid: 'r', alg: 'PS256' });
    expect(toPublicJwk({ kty: 'AKP', alg: 'ML-DSA-44', pub: 'AAAA', priv: 'BBBB' })).toEqual({
      kty: 'AKP',
      alg: 'ML-DSA-44',
      pub: 'AAAA',
    });
    expect(toPublicJwk({ kty: 'oct', k: 'c2VjcmV0' })).toBeUndefined();
  });

  it('has no PEM for an HMAC secret, ML-DSA, or a malformed key', async () => {
    expect(await toSpkiPem({ kty: 'oct', k: 'c2VjcmV0' })).toBeUndefined();
    expect(await toSpkiPem({ kty: 'AKP', alg: 'ML-DSA-44', pub: 'AAAA' })).toBeUndefined();
    expect(await toPkcs8Pem({ kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA', d: 'AA' })).toBeUndefined();
    expect(await toPkcs8Pem({ kty: 'EC', crv: 'secp256k1', x: 'AA', y: 'AA', d: 'AA' })).toBeUndefined();
    // A public key has no PKCS#8.
    expect(await toPkcs8Pem(toPublicJwk(jwkOf(KEYS[1]?.[1]() as KeyObject)) as JWK)).toBeUndefined();
  });

  it('writes a JWKS and PEM lines of 64 characters', () => {
    expect(JSON.parse(toJwks([{ kty: 'OKP', crv: 'Ed25519', x: 'AA' }]))).toEqual({
      keys: [{ kty: 'OKP', crv: 'Ed25519', x: 'AA' }],
    });
    const pem = toPem('PUBLIC KEY', new Uint8Array(100).fill(0xfb));
    const lines = pem.trimEnd().split('\n');
    expect(lines[0]).toBe('-----BEGIN PUBLIC KEY-----');
    expect(lines[1]).toHaveLength(64);
    expect(lines.at(-1)).toBe('-----END PUBLIC KEY-----');
    expect(Buffer.from(lines.slice(1, -1).join(''), 'base64')).toEqual(Buffer.alloc(100, 0xfb));
  });
});

describe('private keys WebCrypto lacks, read through noble', () => {
  it.each([
    [
      'secp256k1',
      () => generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).privateKey,
      { kty: 'EC', crv: 'secp256k1' },
    ],
    ['Ed448', () => generateKeyPairSync('ed448').privateKey, { kty: 'OKP', crv: 'Ed448' }],
  ] as const)('%s: the private JWK, with its public key derived', (_, make, algorithm) => {
    const key = make();
    const der = key.export({ format: 'der', type: 'pkcs8' });
    const info = parseDer(new Uint8Array(der), PrivateKeyInfo, 'pkcs8', false);
    if (!info.ok) throw new Error(info.error.code);
    expect(privateKeyInfoToJwk(info.value, algorithm)).toEqual(jwkOf(key));
  });

  it('reads secp256k1 SEC1 and PKCS#8 PEM private keys', async () => {
    const key = generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).privateKey;
    for (const type of ['sec1', 'pkcs8'] as const) {
      const read = await readKeyText(key.export({ format: 'pem', type }).toString(), 'utf8');
      expect(read.ok && read.value.kind === 'keys' && read.value.keys[0]?.privateJwk).toEqual(jwkOf(key));
    }
  });
});
