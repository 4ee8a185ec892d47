import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { compactDecrypt, decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';
import { readKeyText } from '../keys/read';
import type { SecretEncoding } from '../keys/secret';
import { MAX_P2C } from '../limits';
import { JWE_ALG_NAMES, JWE_ENC_NAMES } from './algorithms';
import {
  describeEncryptFailure,
  encryptJwe,
  JWE_ENCRYPT_ALGS,
  jweAlgsForKey,
  jweEncsForKey,
  keyKindsForJweAlg,
  type EncryptFailure,
  type EncryptJweOptions,
} from './encrypt';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const rsaPublicPem = rsa.publicKey.export({ format: 'pem', type: 'spki' }).toString();
const rsaPrivatePem = rsa.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
const JWS = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl';

async function encrypt(
  plaintext: string,
  options: EncryptJweOptions,
  keyText: string,
  encoding: SecretEncoding = 'utf8',
) {
  return encryptJwe(plaintext, options, await readKeyText(keyText, encoding), keyText);
}

describe('encryptJwe', () => {
  it('wraps a signed token to an RSA public key with cty "JWT"', async () => {
    const made = await encrypt(JWS, { alg: 'RSA-OAEP-256', enc: 'A256GCM' }, rsaPublicPem);
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(decodeProtectedHeader(made.value)).toEqual({ alg: 'RSA-OAEP-256', enc: 'A256GCM', cty: 'JWT' });
    const { plaintext } = await compactDecrypt(made.value, rsa.privateKey);
    expect(new TextDecoder().decode(plaintext)).toBe(JWS);
  });

  it('uses the public half of a private key, and leaves cty out for other plaintext', async () => {
    const made = await encrypt(
      '{"a":1}',
      { alg: 'RSA-OAEP', enc: 'A128CBC-HS256', kid: 'k1' },
      rsaPrivatePem,
    );
    expect(made.ok && decodeProtectedHeader(made.value)).toEqual({
      alg: 'RSA-OAEP',
      enc: 'A128CBC-HS256',
      kid: 'k1',
    });
  });

  it('picks a JWKS key by kid (skipping signing keys) and names it in the header', async () => {
    const sig = { ...(rsa.publicKey.export({ format: 'jwk' }) as object), kid: 'sig', use: 'sig' };
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const encKey = { ...(ec.publicKey.export({ format: 'jwk' }) as object), kid: 'enc-1', use: 'enc' };
    const set = JSON.stringify({ keys: [sig, encKey] });
    const byKid = await encrypt('x', { alg: 'ECDH-ES+A128KW', enc: 'A128GCM', kid: 'enc-1' }, set);
    expect(byKid.ok && decodeProtectedHeader(byKid.value)).toMatchObject({ kid: 'enc-1' });
    const first = await encrypt('x', { alg: 'RSA-OAEP-256', enc: 'A128GCM' }, set);
    expect(first).toEqual({ ok: false, error: { code: 'NO_KEY_FITS', alg: 'RSA-OAEP-256', enc: 'A128GCM' } });
    const unknownKid = await encrypt('x', { alg: 'ECDH-ES', enc: 'A128GCM', kid: 'nope' }, set);
    expect(unknownKid).toMatchObject({ ok: false, error: { code: 'NO_KEY_FITS', kid: 'nope' } });
    if (byKid.ok) {
      const { plaintext } = await compactDecrypt(byKid.value, ec.privateKey);
      expect(new TextDecoder().decode(plaintext)).toBe('x');
    }
  });

  it('does not offer RSA1_5, nor unknown algs', async () => {
    expect(JWE_ENCRYPT_ALGS).not.toContain('RSA1_5');
    expect(await encrypt('x', { alg: 'RSA1_5', enc: 'A128GCM' }, rsaPublicPem)).toEqual({
      ok: false,
      error: { code: 'ALG_UNSUPPORTED', alg: 'RSA1_5' },
    });
    expect(await encrypt('x', { alg: 'dir', enc: 'A1GCM' }, 'k')).toMatchObject({
      error: { code: 'ENC_UNSUPPORTED' },
    });
  });

  it('refuses keys of the wrong kind, size or length', async () => {
    expect(await encrypt('x', { alg: 'RSA-OAEP', enc: 'A128GCM' }, 'secret')).toMatchObject({
      error: { code: 'KEY_KIND_MISMATCH', found: { kind: 'secret' } },
    });
    expect(await encrypt('x', { alg: 'A128KW', enc: 'A128GCM' }, rsaPublicPem)).toMatchObject({
      error: { code: 'KEY_KIND_MISMATCH', found: { kind: 'key', kty: 'RSA', private: false } },
    });
    const small = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({
      format: 'pem',
      type: 'spki',
    });
    expect(await encrypt('x', { alg: 'RSA-OAEP', enc: 'A128GCM' }, small.toString())).toMatchObject({
      error: { code: 'KEY_TOO_SMALL', bits: 1024 },
    });
    expect(await encrypt('x', { alg: 'A256KW', enc: 'A128GCM' }, 'short')).toMatchObject({
      error: { code: 'KEY_LENGTH', needed: 32, found: 5, encoding: 'utf8' },
    });
    expect(
      await encrypt('x', { alg: 'dir', enc: 'A256CBC-HS512' }, randomBytes(32).toString('base64url')),
    ).toMatchObject({
      error: { code: 'KEY_LENGTH', needed: 64, found: 43 },
    });
    const ed = generateKeyPairSync('ed25519').publicKey.export({ format: 'pem', type: 'spki' }).toString();
    expect(await encrypt('x', { alg: 'ECDH-ES', enc: 'A128GCM' }, ed)).toMatchObject({
      error: { code: 'KEY_KIND_MISMATCH', found: { kty: 'OKP', crv: 'Ed25519' } },
    });
  });

  it('reads a shared key as hex or base64url when that is the length needed', async () => {
    const key = randomBytes(16);
    const made = await encrypt('x', { alg: 'A128GCMKW', enc: 'A128GCM' }, key.toString('hex'));
    expect(made.ok).toBe(true);
    if (made.ok)
      expect(new TextDecoder().decode((await compactDecrypt(made.value, key)).plaintext)).toBe('x');
  });

  it('PBES2: the password and p2c (default 10,000; 1 to MAX_P2C)', async () => {
    const made = await encrypt('x', { alg: 'PBES2-HS256+A128KW', enc: 'A128GCM' }, 'pass word');
    expect(made.ok && decodeProtectedHeader(made.value)).toMatchObject({ p2c: 10_000 });
    for (const p2c of [0, 1.5, MAX_P2C + 1]) {
      expect(await encrypt('x', { alg: 'PBES2-HS256+A128KW', enc: 'A128GCM', p2c }, 'pw')).toEqual({
        ok: false,
        error: { code: 'P2C_INVALID', p2c },
      });
    }
  });

  it('no key, or an unreadable one', async () => {
    expect(await encrypt('x', { alg: 'dir', enc: 'A128GCM' }, '')).toEqual({
      ok: false,
      error: { code: 'NO_KEY' },
    });
    expect(await encrypt('x', { alg: 'dir', enc: 'A128GCM' }, '{"kty":"EC"}')).toMatchObject({
      error: { code: 'KEY_UNREADABLE' },
    });
  });
});

describe('the encoder choices', () => {
  it('which key kinds fit each alg', () => {
    expect(keyKindsForJweAlg('RSA-OAEP-256')).toEqual(['rsa']);
    expect(keyKindsForJweAlg('ECDH-ES+A256KW')).toEqual(['ec', 'x25519']);
    expect(keyKindsForJweAlg('A128KW')).toEqual(['shared-key']);
    expect(keyKindsForJweAlg('PBES2-HS512+A256KW')).toEqual(['password']);
    expect(keyKindsForJweAlg('RSA1_5')).toEqual([]);
  });

  it('the algs and encs a key can use', async () => {
    const read = async (text: string) => jweAlgsForKey(await readKeyText(text, 'utf8'), text);
    expect(await read('')).toEqual(JWE_ALG_NAMES);
    expect(await read(rsaPublicPem)).toEqual(['RSA-OAEP', 'RSA-OAEP-256', 'RSA-OAEP-384', 'RSA-OAEP-512']);
    const x = generateKeyPairSync('x25519').publicKey.export({ format: 'pem', type: 'spki' }).toString();
    expect(await read(x)).toEqual(['ECDH-ES', 'ECDH-ES+A128KW', 'ECDH-ES+A192KW', 'ECDH-ES+A256KW']);
    // 22 base64url characters: only base64url gives a key length (16 bytes).
    const sixteen = randomBytes(16).toString('base64url');
    expect(await read(sixteen)).toEqual([
      'A128KW',
      'A128GCMKW',
      'dir',
      'PBES2-HS256+A128KW',
      'PBES2-HS384+A192KW',
      'PBES2-HS512+A256KW',
    ]);
    expect(jweEncsForKey('dir', await readKeyText(sixteen, 'utf8'), sixteen)).toEqual(['A128GCM']);
    expect(jweEncsForKey('A128KW', await readKeyText(sixteen, 'utf8'), sixteen)).toEqual(JWE_ENC_NAMES);
  });
});

describe('describeEncryptFailure', () => {
  const examples: Record<EncryptFailure['code'], EncryptFailure> = {
    NO_KEY: { code: 'NO_KEY' },
    KEY_UNREADABLE: { code: 'KEY_UNREADABLE', error: { code: 'JSON_NOT_KEY' } },
    SECRET_ENCODING: { code: 'SECRET_ENCODING', error: { code: 'SECRET_NOT_ENCODED', encoding: 'hex' } },
    SECRET_EMPTY: { code: 'SECRET_EMPTY' },
    ALG_UNSUPPORTED: { code: 'ALG_UNSUPPORTED', alg: 'RSA1_5' },
    ENC_UNSUPPORTED: { code: 'ENC_UNSUPPORTED', enc: 'XC20P' },
    KEY_KIND_MISMATCH: {
      code: 'KEY_KIND_MISMATCH',
      alg: 'RSA-OAEP',
      enc: 'A128GCM',
      found: { kind: 'secret' },
    },
    KEY_LENGTH: { code: 'KEY_LENGTH', alg: 'A128KW', enc: 'A128GCM', needed: 16, found: 5, encoding: 'utf8' },
    KEY_TOO_SMALL: { code: 'KEY_TOO_SMALL', alg: 'RSA-OAEP', bits: 1024, needed: 2048 },
    NO_KEY_FITS: { code: 'NO_KEY_FITS', alg: 'ECDH-ES', enc: 'A128GCM', kid: 'k' },
    P2C_INVALID: { code: 'P2C_INVALID', p2c: 0 },
    KEY_UNUSABLE: { code: 'KEY_UNUSABLE', alg: 'ECDH-ES' },
    PLATFORM_UNSUPPORTED: { code: 'PLATFORM_UNSUPPORTED', alg: 'A192KW', enc: 'A192GCM' },
    INTERNAL: { code: 'INTERNAL', name: 'TypeError' },
  };
  it.each(Object.entries(examples))('%s reads as one sentence or two', (_code, failure) => {
    const words = describeEncryptFailure(failure);
    expect(words).toMatch(/^[A-Z].*[.)]$/s);
    expect(words).not.toContain('undefined');
  });
});
