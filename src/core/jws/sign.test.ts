import { createHmac, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { readKeyText } from '../keys/read';
import type { SecretEncoding } from '../keys/secret';
import { fromB64uText } from '../testing/build-token';
import { decodeToken } from '../token/decode';
import { encodeJsonSegment, encodeToken, signingInput } from '../token/encode';
import { chooseSigningKey, signJws, type SigningKey } from './sign';
import { verifyToken } from './verify';

const jwk = (key: KeyObject, extra: object = {}) =>
  JSON.stringify({ ...key.export({ format: 'jwk' }), ...extra });
const spki = (key: KeyObject) => key.export({ format: 'pem', type: 'spki' }).toString();
const pkcs8 = (key: KeyObject) => key.export({ format: 'pem', type: 'pkcs8' }).toString();

let rsa: KeyObject;
let p256: KeyObject;

beforeAll(() => {
  rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  p256 = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey;
});

async function choose(text: string, alg: string, kid?: string, encoding: SecretEncoding = 'utf8') {
  return chooseSigningKey(await readKeyText(text, encoding), alg, kid);
}

describe('chooseSigningKey', () => {
  it('needs a private key: a public key alone never signs (PEM, JWK, JWKS)', async () => {
    const pub = createPublicKey(rsa);
    for (const text of [spki(pub), jwk(pub), JSON.stringify({ keys: [JSON.parse(jwk(pub))] })]) {
      const key = await choose(text, 'RS256');
      expect(key).toMatchObject({ ok: false, error: { code: 'PRIVATE_KEY_NEEDED', alg: 'RS256' } });
    }
  });

  it('never signs HMAC with key text as the secret', async () => {
    expect(await choose(pkcs8(p256), 'HS256')).toMatchObject({
      ok: false,
      error: { code: 'KEY_ALG_MISMATCH', mismatch: { reason: 'kty', alg: 'HS256', kty: 'EC', crv: 'P-256' } },
    });
    expect(await choose(spki(createPublicKey(rsa)), 'HS256')).toMatchObject({
      ok: false,
      error: { code: 'KEY_ALG_MISMATCH', mismatch: { kty: 'RSA' } },
    });
    // Key material that cannot be read is still never a secret.
    const cut = spki(createPublicKey(rsa)).split('\n').slice(0, 4).join('\n');
    expect(await choose(cut, 'HS256')).toMatchObject({
      ok: false,
      error: { code: 'KEY_CONFUSION', alg: 'HS256' },
    });
    // A DER key written as base64, read as a base64 secret.
    const der = createPublicKey(rsa).export({ format: 'der', type: 'spki' }).toString('base64');
    const asSecret = await choose(der, 'HS256', undefined, 'base64');
    expect(asSecret.ok).toBe(false);
  });

  it('says when the key is of the wrong type or curve for the alg', async () => {
    expect(await choose(pkcs8(p256), 'ES384')).toMatchObject({
      ok: false,
      error: { code: 'KEY_ALG_MISMATCH', mismatch: { reason: 'crv', alg: 'ES384', crv: 'P-256' } },
    });
    expect(await choose(pkcs8(rsa), 'ES256')).toMatchObject({
      ok: false,
      error: { code: 'KEY_ALG_MISMATCH', mismatch: { reason: 'kty', kty: 'RSA' } },
    });
    expect(await choose('a secret', 'RS256')).toMatchObject({
      ok: false,
      error: { code: 'KEY_ALG_MISMATCH', mismatch: { reason: 'kty', kty: 'oct' } },
    });
  });

  it('refuses an RSA key under 2048 bits', async () => {
    const small = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey;
    expect(await choose(pkcs8(small), 'RS256')).toMatchObject({
      ok: false,
      error: { code: 'KEY_TOO_SMALL', bits: 1024, needed: 2048 },
    });
  });

  it('chooses from a JWKS by kid, else the only private key that fits, else the first, saying which', async () => {
    const other = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey;
    const set = JSON.stringify({
      keys: [
        JSON.parse(jwk(createPublicKey(rsa), { kid: 'rsa-public' })),
        JSON.parse(jwk(p256, { kid: 'a' })),
        JSON.parse(jwk(other, { kid: 'b' })),
      ],
    });
    expect(await choose(set, 'ES256', 'b')).toMatchObject({
      ok: true,
      value: { kind: 'private', kid: 'b', choice: 'kid', source: { kind: 'jwks', index: 2 } },
    });
    expect(await choose(set, 'ES256')).toMatchObject({ ok: true, value: { kid: 'a', choice: 'first' } });
    expect(await choose(set, 'ES256', 'unknown')).toMatchObject({
      ok: true,
      value: { kid: 'a', choice: 'first' },
    });
    expect(await choose(set, 'RS256')).toMatchObject({ ok: false, error: { code: 'PRIVATE_KEY_NEEDED' } });
    expect(await choose(set, 'ES384')).toMatchObject({
      ok: false,
      error: { code: 'NO_KEY_FITS', alg: 'ES384' },
    });
    const one = JSON.stringify({
      keys: [JSON.parse(jwk(rsa, { kid: 'r' })), JSON.parse(jwk(p256, { kid: 'a' }))],
    });
    expect(await choose(one, 'ES256', 'zzz')).toMatchObject({
      ok: true,
      value: { kid: 'a', choice: 'only' },
    });
  });

  it('reads the secret in its chosen reading, and refuses an empty or mis-encoded one', async () => {
    expect(await choose('c2VjcmV0', 'HS256', undefined, 'base64')).toMatchObject({
      ok: true,
      value: { kind: 'secret', encoding: 'base64', bytes: new TextEncoder().encode('secret') },
    });
    expect(await choose('not hex', 'HS256', undefined, 'hex')).toMatchObject({
      ok: false,
      error: { code: 'SECRET_ENCODING', error: { encoding: 'hex' } },
    });
    expect(await choose('', 'HS256')).toMatchObject({ ok: false, error: { code: 'NO_KEY' } });
    expect(await choose('', 'ES256')).toMatchObject({ ok: false, error: { code: 'NO_KEY' } });
  });

  it('makes alg "none" only when asked, and refuses algorithms it does not know', async () => {
    const read = await readKeyText('', 'utf8');
    expect(chooseSigningKey(read, 'none', undefined)).toMatchObject({
      ok: false,
      error: { code: 'ALG_NONE_NOT_ASKED' },
    });
    const none = chooseSigningKey(read, 'none', undefined, { allowNone: true });
    expect(none).toEqual({ ok: true, value: { kind: 'none' } });
    if (none.ok) expect(await signJws('e30.e30', 'none', none.value)).toEqual({ ok: true, value: '' });
    expect(chooseSigningKey(read, 'HS1', undefined)).toMatchObject({
      ok: false,
      error: { code: 'ALG_UNKNOWN' },
    });
  });
});

describe('signJws', () => {
  it('signs the exact bytes of the signing input (HS256 against Node)', async () => {
    const key: SigningKey = { kind: 'secret', bytes: new TextEncoder().encode('s3cret'), encoding: 'utf8' };
    const input = 'eyJhbGciOiJIUzI1NiJ9.eyJhIjogMy4wfQ';
    const expected = createHmac('sha256', 's3cret').update(input).digest('base64url');
    expect(await signJws(input, 'HS256', key)).toEqual({ ok: true, value: expected });
  });

  it('refuses a key that does not fit the alg it is asked to sign', async () => {
    const key = await choose(pkcs8(p256), 'ES256');
    if (!key.ok) throw new Error('no key');
    expect(await signJws('e30.e30', 'ES384', key.value)).toMatchObject({
      ok: false,
      error: { code: 'KEY_ALG_MISMATCH', mismatch: { reason: 'crv' } },
    });
    expect(await signJws('e30.e30', 'none', key.value)).toMatchObject({
      ok: false,
      error: { code: 'ALG_NONE_NOT_ASKED' },
    });
    const secret: SigningKey = { kind: 'secret', bytes: new Uint8Array([1]), encoding: 'utf8' };
    expect(await signJws('e30.e30', 'RS256', secret)).toMatchObject({
      ok: false,
      error: { code: 'KEY_ALG_MISMATCH' },
    });
  });

  it('says a malformed private key is unusable instead of throwing', async () => {
    const bad: SigningKey = {
      kind: 'private',
      jwk: { kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA', d: 'AA' },
      kty: 'EC',
      crv: 'P-256',
      source: { kind: 'pasted', form: 'jwk' },
      choice: 'only',
    };
    expect(await signJws('e30.e30', 'ES256', bad)).toMatchObject({
      ok: false,
      error: { code: 'KEY_UNUSABLE' },
    });
    const k1 = { ...bad, jwk: { kty: 'EC', crv: 'secp256k1', x: 'AA', y: 'AA', d: 'AA' }, crv: 'secp256k1' };
    expect(await signJws('e30.e30', 'ES256K', k1)).toMatchObject({
      ok: false,
      error: { code: 'KEY_UNUSABLE' },
    });
  });
});

describe('fidelity through encode, sign and decode', () => {
  it('keeps big integers, 3.0, 1e400, member order and duplicate members exactly', async () => {
    const header = '{\n  "alg": "ES256",\n  "kid": "k",\n  "x": 12345678901234567890,\n  "x": 3.0\n}';
    const payload = '{ "z": 1e400, "a": -0.0, "id": 12345678901234567890, "a": "dup", "s": "\\u00e9\\n" }';
    const h = encodeJsonSegment(header, 'compact');
    const p = encodeJsonSegment(payload, 'compact');
    if (!h.ok || !p.ok) throw new Error('not JSON');
    const read = await readKeyText(pkcs8(p256), 'utf8');
    const key = chooseSigningKey(read, 'ES256', 'k');
    if (!key.ok) throw new Error(key.error.code);
    const signature = await signJws(signingInput(h.value, p.value), 'ES256', key.value);
    if (!signature.ok) throw new Error(signature.error.code);
    const token = encodeToken(h.value, p.value, signature.value);
    const [headerSegment, payloadSegment] = token.split('.');
    expect(fromB64uText(headerSegment ?? '')).toBe(
      '{"alg":"ES256","kid":"k","x":12345678901234567890,"x":3.0}',
    );
    expect(fromB64uText(payloadSegment ?? '')).toBe(
      '{"z":1e400,"a":-0.0,"id":12345678901234567890,"a":"dup","s":"\\u00e9\\n"}',
    );
    const decoded = decodeToken(token);
    expect(decoded.payload?.content).toMatchObject({
      kind: 'json',
      text: fromB64uText(payloadSegment ?? ''),
    });
    const verdict = await verifyToken(decoded, read, pkcs8(p256));
    expect(verdict.status).toBe('verified');
  });
});
