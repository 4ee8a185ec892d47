import { createPrivateKey, createPublicKey, verify } from 'node:crypto';
import { ml_dsa44, ml_dsa65, ml_dsa87 } from '@noble/post-quantum/ml-dsa.js';
import { describe, expect, it } from 'vitest';
import { readKeyText } from '../keys/read';
import { fromB64u } from '../testing/build-token';
import { decodeToken } from '../token/decode';
import { ALGORITHMS, findAlgorithm } from './algorithms';
import { generateKeyFor } from './generate';
import { chooseSigningKey, signJws } from './sign';
import { describeSignError } from './sign-error';
import { describeVerdict } from './verdict';
import { verifyToken } from './verify';

const b64 = (text: string): string => Buffer.from(text).toString('base64url');
const ML_DSA = { 'ML-DSA-44': ml_dsa44, 'ML-DSA-65': ml_dsa65, 'ML-DSA-87': ml_dsa87 } as const;

async function signWithText(alg: string, keyText: string, encoding: 'utf8' | 'base64url') {
  const input = `${b64(JSON.stringify({ alg }))}.${b64('{"sub":"generated"}')}`;
  const key = chooseSigningKey(await readKeyText(keyText, encoding), alg, undefined);
  if (!key.ok) throw new Error(describeSignError(key.error));
  const signature = await signJws(input, alg, key.value);
  if (!signature.ok) throw new Error(describeSignError(signature.error));
  return { input, signature: signature.value };
}

describe('generateKeyFor, one loop over the algorithm table', () => {
  for (const alg of Object.keys(ALGORITHMS)) {
    it(`${alg}: the key reads back, signs, and its public half verifies here and elsewhere`, async () => {
      const spec = findAlgorithm(alg);
      const generated = await generateKeyFor(alg);
      if (!generated.ok) throw new Error(generated.error.code);
      const key = generated.value;
      if (key.kind === 'secret') {
        expect(spec?.family).toBe('hmac');
        expect(key.bytes.length).toBe((spec?.hashBits ?? 0) / 8);
        expect(fromB64u(key.keyText)).toEqual(key.bytes);
        const { input, signature } = await signWithText(alg, key.keyText, key.encoding);
        const read = await readKeyText(key.keyText, 'base64url');
        const verdict = await verifyToken(decodeToken(`${input}.${signature}`), read, key.keyText);
        expect(verdict.status, describeVerdict(verdict)).toBe('verified');
        return;
      }
      // The private key, as the key input gets it and as a JWK, reads back through our own key reading.
      const { input, signature } = await signWithText(alg, key.keyText, key.encoding);
      await signWithText(alg, JSON.stringify(key.privateJwk), 'utf8');
      const publicText = key.publicPem ?? JSON.stringify(key.publicJwk);
      const read = await readKeyText(publicText, 'utf8');
      expect(read.ok && read.value.kind === 'keys' && read.value.keys[0]?.fromPrivate).toBe(false);
      const verdict = await verifyToken(decodeToken(`${input}.${signature}`), read, publicText);
      expect(verdict.status, describeVerdict(verdict)).toBe('verified');
      expect(key.publicJwk).not.toHaveProperty('d');
      expect(key.publicJwk).not.toHaveProperty('priv');
      const bytes = Buffer.from(signature, 'base64url');
      if (spec?.family === 'ml-dsa') {
        expect(key.privatePem).toBeUndefined();
        const scheme = ML_DSA[alg as keyof typeof ML_DSA];
        expect(scheme.verify(bytes, Buffer.from(input), fromB64u(String(key.publicJwk.pub)))).toBe(true);
        return;
      }
      // Node reads both PEMs, agrees they are one pair, and verifies the signature.
      expect(key.privatePem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
      expect(key.publicPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
      const nodePublic = createPublicKey(key.publicPem ?? '');
      expect(createPublicKey(createPrivateKey(key.privatePem ?? '')).export({ format: 'jwk' })).toEqual(
        nodePublic.export({ format: 'jwk' }),
      );
      const hash = spec?.family === 'eddsa' ? null : `sha${spec?.hashBits ?? 256}`;
      const options =
        spec?.family === 'ecdsa'
          ? { key: nodePublic, dsaEncoding: 'ieee-p1363' as const }
          : spec?.family === 'rsa-pss'
            ? { key: nodePublic, padding: 6, saltLength: (spec.hashBits ?? 256) / 8 }
            : nodePublic;
      expect(verify(hash, Buffer.from(input), options, bytes)).toBe(true);
      if (spec?.family === 'rsa' || spec?.family === 'rsa-pss') {
        expect(Buffer.from(String(key.publicJwk.n), 'base64url').length).toBe(256);
      }
      if (spec?.crv !== undefined) expect(key.publicJwk.crv).toBe(spec.crv);
    });
  }

  it('makes RSA keys of the size asked for', async () => {
    const generated = await generateKeyFor('PS256', { rsaBits: 3072 });
    expect(
      generated.ok &&
        Buffer.from(String(generated.value.kind === 'pair' && generated.value.publicJwk.n), 'base64url')
          .length,
    ).toBe(384);
  });

  it('draws secrets and noble keys from the random source given, and nothing else', async () => {
    const fixed = (bytes: Uint8Array) => bytes.fill(7);
    const secret = await generateKeyFor('HS384', { random: fixed });
    expect(secret.ok && secret.value.kind === 'secret' && [...secret.value.bytes]).toEqual(Array(48).fill(7));
    const a = await generateKeyFor('Ed448', { random: fixed });
    const b = await generateKeyFor('Ed448', { random: fixed });
    expect(a.ok && b.ok && a.value.keyText === b.value.keyText).toBe(true);
    const k1 = await generateKeyFor('ES256K', { random: fixed });
    expect(k1.ok && k1.value.kind === 'pair' && k1.value.privateJwk.d).toBe(
      Buffer.alloc(32, 7).toString('base64url'),
    );
  });

  it('refuses to make a key for none or an unknown alg', async () => {
    for (const alg of ['none', 'HS1', '', 'RSA-OAEP']) {
      expect(await generateKeyFor(alg)).toEqual({ ok: false, error: { code: 'ALG_UNKNOWN', alg } });
    }
  });

  it('makes an Ed25519 key for EdDSA', async () => {
    const generated = await generateKeyFor('EdDSA');
    expect(generated.ok && generated.value.kind === 'pair' && generated.value.publicJwk.crv).toBe('Ed25519');
  });
});
