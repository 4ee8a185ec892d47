import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { ml_dsa44, ml_dsa65, ml_dsa87 } from '@noble/post-quantum/ml-dsa.js';
import { describe, expect, it } from 'vitest';
import { readKeyText } from '../keys/read';
import { decodeToken } from '../token/decode';
import { describeVerdict } from './verdict';
import { verifyToken } from './verify';

// Tokens signed by Node's own crypto (OpenSSL), independent of the @noble verifier under test.
function signToken(
  alg: string,
  key: KeyObject,
  hash: string | null,
  payload = '{"sub":"did:plc:abc"}',
): string {
  const input = `${Buffer.from(JSON.stringify({ alg, typ: 'JWT' })).toString('base64url')}.${Buffer.from(payload).toString('base64url')}`;
  const signature = sign(hash, Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' });
  return `${input}.${signature.toString('base64url')}`;
}

async function check(token: string, keyText: string) {
  return verifyToken(decodeToken(token), await readKeyText(keyText, 'utf8'), keyText);
}

describe('algorithms beyond WebCrypto', () => {
  it('ES256K (secp256k1) verifies with a JWK; tampered and wrong keys do not', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
    const other = generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
    const token = signToken('ES256K', privateKey, 'sha256');
    const jwk = JSON.stringify(publicKey.export({ format: 'jwk' }));
    const v = await check(token, jwk);
    expect(v.status, describeVerdict(v)).toBe('verified');
    expect((await check(token, JSON.stringify(other.publicKey.export({ format: 'jwk' })))).status).toBe(
      'invalid',
    );
    const [h, , s] = token.split('.');
    const tampered = `${h ?? ''}.${Buffer.from('{"sub":"did:plc:evil"}').toString('base64url')}.${s ?? ''}`;
    expect((await check(tampered, jwk)).status).toBe('invalid');
    // A P-256 key is refused for ES256K, and a secp256k1 key for ES256.
    const p256 = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    expect((await check(token, JSON.stringify(p256.publicKey.export({ format: 'jwk' })))).status).toBe(
      'error',
    );
    expect((await check(signToken('ES256', p256.privateKey, 'sha256'), jwk)).status).toBe('error');
  });

  it('EdDSA on Ed448 verifies with a JWK; a flipped signature does not', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed448');
    const token = signToken('EdDSA', privateKey, null);
    const jwk = JSON.stringify(publicKey.export({ format: 'jwk' }));
    expect((await check(token, jwk)).status).toBe('verified');
    const flipped = token.slice(0, -3) + (token.at(-3) === 'A' ? 'B' : 'A') + token.slice(-2);
    expect((await check(flipped, jwk)).status).not.toBe('verified');
  });
});

describe('post-quantum ML-DSA', () => {
  for (const [alg, scheme] of [
    ['ML-DSA-44', ml_dsa44],
    ['ML-DSA-65', ml_dsa65],
    ['ML-DSA-87', ml_dsa87],
  ] as const) {
    it(`${alg} verifies with an AKP JWK; tampered, wrong-key and wrong-alg do not`, async () => {
      // No second ML-DSA implementation is at hand here (Node 20 has none), so the signer is noble's own; the
      // FIPS 204 known-answer tests are noble's. What is tested here is the JOSE framing around it.
      const keys = scheme.keygen(new Uint8Array(32).fill(7));
      const other = scheme.keygen(new Uint8Array(32).fill(8));
      const input = `${Buffer.from(JSON.stringify({ alg })).toString('base64url')}.${Buffer.from('{"sub":"pq"}').toString('base64url')}`;
      const token = `${input}.${Buffer.from(scheme.sign(new TextEncoder().encode(input), keys.secretKey)).toString('base64url')}`;
      const jwk = (pub: Uint8Array, a: string = alg) =>
        JSON.stringify({ kty: 'AKP', alg: a, pub: Buffer.from(pub).toString('base64url') });
      const v = await check(token, jwk(keys.publicKey));
      expect(v.status, describeVerdict(v)).toBe('verified');
      expect((await check(token, jwk(other.publicKey))).status).toBe('invalid');
      const [h, , s] = token.split('.');
      expect(
        (
          await check(
            `${h ?? ''}.${Buffer.from('{"sub":"x"}').toString('base64url')}.${s ?? ''}`,
            jwk(keys.publicKey),
          )
        ).status,
      ).toBe('invalid');
      expect(
        (await check(token, jwk(keys.publicKey, alg === 'ML-DSA-44' ? 'ML-DSA-65' : 'ML-DSA-44'))).status,
      ).toBe('error');
    });
  }
});

describe('SPKI PEM for keys WebCrypto lacks', () => {
  it('ES256K and Ed448 verify with the public key as PEM', async () => {
    const k1 = generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
    const es = signToken('ES256K', k1.privateKey, 'sha256');
    expect((await check(es, k1.publicKey.export({ format: 'pem', type: 'spki' }).toString())).status).toBe(
      'verified',
    );
    const ed = generateKeyPairSync('ed448');
    const edToken = signToken('EdDSA', ed.privateKey, null);
    expect(
      (await check(edToken, ed.publicKey.export({ format: 'pem', type: 'spki' }).toString())).status,
    ).toBe('verified');
  });
});
