import { createCipheriv, generateKeyPairSync, randomBytes } from 'node:crypto';
import { CompactEncrypt, type JWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { readKeyText } from '../keys/read';
import type { SecretEncoding } from '../keys/secret';
import { DEFAULT_JWE_LIMITS, MAX_KEYS_TRIED, MAX_P2C, type JweLimits } from '../limits';
import { decodeToken, type DecodedJwe } from '../token/decode';
import { decryptJwe, describeDecrypt, type DecryptResult } from './decrypt';
import {
  RFC7516_A1,
  RFC7516_A2,
  RFC7516_A3,
  RFC7520_5_2,
  RFC7520_5_3,
  RFC7520_5_4,
  RFC7520_5_5,
  RFC7520_5_6,
  RFC7520_5_7,
  RFC7520_5_8,
  RFC7520_5_9,
  RFC7520_PLAINTEXT,
} from './rfc-vectors';

const text = new TextEncoder();
const utf8 = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

function jwe(compact: string): DecodedJwe {
  const decoded = decodeToken(compact);
  if (decoded.kind !== 'jwe') throw new Error(`not a JWE: ${decoded.kind}`);
  return decoded;
}

async function decrypt(
  compact: string,
  keyText: string,
  encoding: SecretEncoding = 'utf8',
  limits: JweLimits = DEFAULT_JWE_LIMITS,
): Promise<DecryptResult> {
  return decryptJwe(jwe(compact), await readKeyText(keyText, encoding), keyText, limits);
}

function plaintextOf(result: DecryptResult): string {
  if (result.status !== 'decrypted') throw new Error(`${result.status}: ${describeDecrypt(result)}`);
  return utf8(result.plaintext);
}

const json = (value: unknown): string => JSON.stringify(value);

function jwkPair(type: 'rsa' | 'P-256' | 'P-384' | 'P-521' | 'x25519') {
  const pair =
    type === 'rsa'
      ? generateKeyPairSync('rsa', { modulusLength: 2048 })
      : type === 'x25519'
        ? generateKeyPairSync('x25519')
        : generateKeyPairSync('ec', { namedCurve: type });
  return {
    privateJwk: pair.privateKey.export({ format: 'jwk' }) as JWK,
    publicJwk: pair.publicKey.export({ format: 'jwk' }) as JWK,
    privatePem: pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    publicPem: pair.publicKey.export({ format: 'pem', type: 'spki' }).toString(),
  };
}

async function joseEncrypt(
  plaintext: string,
  header: Record<string, unknown> & { alg: string; enc: string },
  key: JWK | Uint8Array,
  p2c?: number,
): Promise<string> {
  const encrypter = new CompactEncrypt(text.encode(plaintext)).setProtectedHeader(header);
  if (p2c !== undefined) encrypter.setKeyManagementParameters({ p2c });
  return encrypter.encrypt(key);
}

describe('decryptJwe: RFC 7516 Appendix A', () => {
  it('A.1 (RSA-OAEP, A256GCM) decrypts to its plaintext', async () => {
    const result = await decrypt(RFC7516_A1.compact, json(RFC7516_A1.key));
    expect(plaintextOf(result)).toBe(RFC7516_A1.plaintext);
    expect(result).toMatchObject({
      status: 'decrypted',
      alg: 'RSA-OAEP',
      enc: 'A256GCM',
      nested: false,
      key: { kind: 'key', source: { kind: 'pasted', form: 'jwk' }, kty: 'RSA' },
    });
  });

  it('A.2 (RSA1_5) is refused before any key work, whatever the key', async () => {
    for (const keyText of [json(RFC7516_A1.key), '', 'secret']) {
      expect(await decrypt(RFC7516_A2.compact, keyText)).toEqual({
        status: 'refused',
        code: 'RSA1_5',
        raisable: false,
      });
    }
  });

  it('A.3 (A128KW, A128CBC-HS256) decrypts with the oct JWK', async () => {
    const result = await decrypt(RFC7516_A3.compact, json(RFC7516_A3.key));
    expect(plaintextOf(result)).toBe(RFC7516_A3.plaintext);
    expect(result).toMatchObject({ key: { kind: 'key', kty: 'oct' } });
  });

  it('A.3 decrypts with its key pasted as base64url or hex text while the control says UTF-8', async () => {
    const base64url = await decrypt(RFC7516_A3.compact, RFC7516_A3.key.k);
    expect(plaintextOf(base64url)).toBe(RFC7516_A3.plaintext);
    expect(base64url).toMatchObject({
      key: { kind: 'secret', encoding: 'base64url', chosen: 'utf8', bytes: 16 },
    });
    expect(describeDecrypt(base64url)).toContain('read as base64url');
    const hex = Buffer.from(RFC7516_A3.key.k, 'base64url').toString('hex');
    expect(await decrypt(RFC7516_A3.compact, hex)).toMatchObject({
      status: 'decrypted',
      key: { kind: 'secret', encoding: 'hex', chosen: 'utf8' },
    });
    expect(await decrypt(RFC7516_A3.compact, hex, 'hex')).toMatchObject({
      status: 'decrypted',
      key: { kind: 'secret', encoding: 'hex', chosen: 'hex' },
    });
  });
});

describe('decryptJwe: RFC 7520 section 5', () => {
  it.each([
    ['5.2 RSA-OAEP, A256GCM', RFC7520_5_2.compact, json(RFC7520_5_2.key)],
    ['5.4 ECDH-ES+A128KW (P-384), A128GCM', RFC7520_5_4.compact, json(RFC7520_5_4.key)],
    ['5.5 ECDH-ES (P-256), A128CBC-HS256', RFC7520_5_5.compact, json(RFC7520_5_5.key)],
    ['5.6 dir, A128GCM', RFC7520_5_6.compact, json(RFC7520_5_6.key)],
    ['5.7 A256GCMKW, A128CBC-HS256', RFC7520_5_7.compact, json(RFC7520_5_7.key)],
    ['5.8 A128KW, A128GCM', RFC7520_5_8.compact, json(RFC7520_5_8.key)],
  ])('%s decrypts to the plaintext', async (_name, compact, keyText) => {
    expect(plaintextOf(await decrypt(compact, keyText))).toBe(RFC7520_PLAINTEXT);
  });

  it('5.3 PBES2-HS512+A256KW (p2c 8192) decrypts with the password', async () => {
    const result = await decrypt(RFC7520_5_3.compact, RFC7520_5_3.password);
    expect(plaintextOf(result)).toBe(RFC7520_5_3.plaintext);
    expect(result).toMatchObject({
      key: { kind: 'password', encoding: 'utf8' },
      cty: 'jwk-set+json',
      nested: false,
    });
  });

  it('5.9 (zip DEF) decrypts and inflates', async () => {
    const result = await decrypt(RFC7520_5_9.compact, json(RFC7520_5_9.key));
    expect(plaintextOf(result)).toBe(RFC7520_PLAINTEXT);
    expect(result).toMatchObject({ zip: 'DEF' });
    expect(describeDecrypt(result)).toContain('inflated');
  });

  it('5.2 with a JWKS picks the key by kid', async () => {
    const other = jwkPair('rsa').privateJwk;
    const set = json({ keys: [{ ...other, kid: 'other' }, RFC7520_5_2.key] });
    const result = await decrypt(RFC7520_5_2.compact, set);
    expect(result).toMatchObject({
      status: 'decrypted',
      key: { kind: 'key', source: { kind: 'jwks', index: 1, kid: 'samwise.gamgee@hobbiton.example' } },
    });
    expect(result).not.toHaveProperty('kidUnmatched');
  });

  it('5.2 with a JWKS whose kids all differ tries each key and says the kid was not found', async () => {
    const other = jwkPair('rsa').privateJwk;
    const set = json({
      keys: [
        { ...other, kid: 'other' },
        { ...RFC7520_5_2.key, kid: 'renamed' },
      ],
    });
    const result = await decrypt(RFC7520_5_2.compact, set);
    expect(result).toMatchObject({
      status: 'decrypted',
      kidUnmatched: 'samwise.gamgee@hobbiton.example',
      key: { source: { kind: 'jwks', index: 1 } },
    });
    expect(describeDecrypt(result)).toContain('kid');
  });
});

describe('decryptJwe: the words say decrypted, not verified', () => {
  it('for a key pair and for a shared key', async () => {
    const pair = describeDecrypt(await decrypt(RFC7516_A1.compact, json(RFC7516_A1.key)));
    expect(pair).toMatch(/^Decrypted with .*not verified/s);
    const shared = describeDecrypt(await decrypt(RFC7516_A3.compact, json(RFC7516_A3.key)));
    expect(shared).toMatch(/not verified/);
  });

  it('nested: cty "JWT" in any case, or a compact JWS as plaintext', async () => {
    const key = randomBytes(16);
    const jws = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln';
    for (const [cty, plaintext, nested] of [
      ['JWT', '{"sub":"1"}', true],
      ['jwt', '{"sub":"1"}', true],
      [undefined, jws, true],
      [undefined, '{"sub":"1"}', false],
      [undefined, 'a.b.c', false],
    ] as const) {
      const header = { alg: 'A128KW', enc: 'A128GCM', ...(cty === undefined ? {} : { cty }) };
      const token = await joseEncrypt(plaintext, header, key);
      const result = await decrypt(token, key.toString('hex'), 'hex');
      expect(result).toMatchObject({ status: 'decrypted', nested });
      if (nested) expect(describeDecrypt(result)).toContain('nested JWT');
    }
  });
});

describe('decryptJwe: keys that cannot decrypt', () => {
  it('a wrong key of the right kind fails (tag mismatch), for every family', async () => {
    const cases: Array<[string, string]> = [
      [RFC7516_A1.compact, json(jwkPair('rsa').privateJwk)],
      [RFC7520_5_4.compact, json(jwkPair('P-384').privateJwk)],
      [RFC7520_5_5.compact, json(jwkPair('P-256').privateJwk)],
      [RFC7520_5_6.compact, json({ kty: 'oct', k: 'AAAAAAAAAAAAAAAAAAAAAA' })],
      [RFC7520_5_7.compact, json({ kty: 'oct', k: randomBytes(32).toString('base64url') })],
      [RFC7516_A3.compact, 'sixteen byte key'],
      [RFC7520_5_3.compact, 'not the password'],
    ];
    for (const [compact, keyText] of cases) {
      const result = await decrypt(compact, keyText);
      expect(result).toMatchObject({ status: 'failed', code: 'DECRYPTION_FAILED', tried: 1 });
      expect(describeDecrypt(result)).toMatch(/^Not decrypted/);
    }
  });

  it('a public key only is an error that asks for the private key', async () => {
    const { n, e } = RFC7516_A1.key;
    const result = await decrypt(RFC7516_A1.compact, json({ kty: 'RSA', n, e }));
    expect(result).toMatchObject({ status: 'error', code: 'PRIVATE_KEY_NEEDED', kty: 'RSA', fromSet: false });
    expect(describeDecrypt(result)).toContain('private key');
    const { d: _d, ...ecPublic } = RFC7520_5_4.key;
    expect(await decrypt(RFC7520_5_4.compact, json(ecPublic))).toMatchObject({
      status: 'error',
      code: 'PRIVATE_KEY_NEEDED',
      kty: 'EC',
      crv: 'P-384',
    });
    expect(await decrypt(RFC7520_5_4.compact, jwkPair('P-384').publicPem)).toMatchObject({
      code: 'PRIVATE_KEY_NEEDED',
    });
  });

  it('a key of the wrong kind is an error naming what the alg needs', async () => {
    expect(await decrypt(RFC7516_A1.compact, 'a secret')).toMatchObject({
      status: 'error',
      code: 'KEY_KIND_MISMATCH',
      found: { kind: 'secret' },
    });
    const rsaForKw = await decrypt(RFC7516_A3.compact, jwkPair('rsa').privatePem);
    expect(rsaForKw).toMatchObject({
      code: 'KEY_KIND_MISMATCH',
      found: { kind: 'key', kty: 'RSA', private: true },
    });
    expect(describeDecrypt(rsaForKw)).toContain('16-byte shared key');
    expect(await decrypt(RFC7516_A1.compact, jwkPair('P-256').privatePem)).toMatchObject({
      code: 'KEY_KIND_MISMATCH',
    });
  });

  it('an EC key on another curve than the epk is an error', async () => {
    expect(await decrypt(RFC7520_5_4.compact, json(jwkPair('P-256').privateJwk))).toMatchObject({
      status: 'error',
      code: 'EPK_CURVE_MISMATCH',
      keyCrv: 'P-256',
      epkCrv: 'P-384',
    });
  });

  it('a shared key of the wrong size is an error naming the size needed', async () => {
    const result = await decrypt(RFC7516_A3.compact, 'too short');
    expect(result).toMatchObject({
      status: 'error',
      code: 'KEY_LENGTH',
      alg: 'A128KW',
      needed: 16,
      found: 9,
      encoding: 'utf8',
    });
    expect(describeDecrypt(result)).toContain('16-byte');
    expect(
      await decrypt(RFC7520_5_6.compact, json({ kty: 'oct', k: randomBytes(32).toString('base64url') })),
    ).toMatchObject({
      code: 'KEY_LENGTH',
      alg: 'dir',
      enc: 'A128GCM',
      needed: 16,
      found: 32,
    });
  });

  it('an RSA key under 2048 bits is an error', async () => {
    const small = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'jwk' });
    expect(await decrypt(RFC7516_A1.compact, json(small))).toMatchObject({
      code: 'KEY_TOO_SMALL',
      bits: 1024,
      needed: 2048,
    });
  });

  it('no key, or an unreadable one, is an error', async () => {
    expect(await decrypt(RFC7516_A1.compact, '')).toEqual({ status: 'error', code: 'NO_KEY' });
    expect(await decrypt(RFC7516_A1.compact, '{"kty":"RSA"}')).toMatchObject({
      status: 'error',
      code: 'KEY_UNREADABLE',
    });
  });

  it('a JWKS tries each private key that fits, at most MAX_KEYS_TRIED, and fails with the count', async () => {
    const keys = Array.from({ length: 3 }, () => jwkPair('P-256').privateJwk);
    const result = await decrypt(RFC7520_5_5.compact, json({ keys }));
    expect(result).toMatchObject({ status: 'failed', tried: 3 });
    expect(result).not.toHaveProperty('key');
    const oct = Array.from({ length: MAX_KEYS_TRIED + 2 }, () => ({
      kty: 'oct',
      k: randomBytes(16).toString('base64url'),
    }));
    const many = await decrypt(RFC7520_5_8.compact, json({ keys: oct }));
    expect(many).toMatchObject({ status: 'failed', tried: MAX_KEYS_TRIED, untried: 2 });
    expect(describeDecrypt(many)).toContain(`at most ${MAX_KEYS_TRIED}`);
  });

  it('a JWKS with only public keys, or no key that fits, is an error', async () => {
    const pub = jwkPair('P-256').publicJwk;
    expect(await decrypt(RFC7520_5_5.compact, json({ keys: [pub] }))).toMatchObject({
      code: 'PRIVATE_KEY_NEEDED',
      fromSet: true,
    });
    expect(await decrypt(RFC7520_5_5.compact, json({ keys: [jwkPair('rsa').privateJwk] }))).toMatchObject({
      code: 'NO_KEY_FITS',
    });
  });
});

describe('decryptJwe: limits and refusals', () => {
  it('p2c above the limit is refused before key work; raising the limit decrypts', async () => {
    const limits = { ...DEFAULT_JWE_LIMITS, maxP2c: 8000 };
    expect(await decrypt(RFC7520_5_3.compact, RFC7520_5_3.password, 'utf8', limits)).toEqual({
      status: 'refused',
      code: 'P2C_TOO_HIGH',
      found: 8192,
      limit: 8000,
      raisable: true,
    });
    // Refused before the key is read: even no key says so.
    expect(await decrypt(RFC7520_5_3.compact, '', 'utf8', limits)).toMatchObject({ code: 'P2C_TOO_HIGH' });
    const raised = await decrypt(RFC7520_5_3.compact, RFC7520_5_3.password, 'utf8', {
      ...limits,
      maxP2c: 8192,
    });
    expect(plaintextOf(raised)).toBe(RFC7520_5_3.plaintext);
  });

  it('p2c above MAX_P2C cannot be raised; a missing or invalid p2c is an error', async () => {
    const [, ...rest] = RFC7520_5_3.compact.split('.');
    const withP2c = (p2c: unknown) =>
      [
        Buffer.from(
          json({
            alg: 'PBES2-HS512+A256KW',
            enc: 'A128CBC-HS256',
            p2s: '8Q1SzinasR3xchYz6ZZcHA',
            ...(p2c === undefined ? {} : { p2c }),
          }),
        ).toString('base64url'),
        ...rest,
      ].join('.');
    expect(await decrypt(withP2c(MAX_P2C), 'password')).toMatchObject({
      code: 'P2C_TOO_HIGH',
      raisable: true,
    });
    expect(await decrypt(withP2c(MAX_P2C + 1), 'password')).toMatchObject({
      code: 'P2C_TOO_HIGH',
      raisable: false,
      found: MAX_P2C + 1,
    });
    for (const p2c of [undefined, 0, 1.5, '1000']) {
      expect(await decrypt(withP2c(p2c), 'password')).toMatchObject({ status: 'error', code: 'P2C_INVALID' });
    }
  });

  it('a zip bomb (1 MB of zeros, deflated) is refused once decrypted', async () => {
    const key = randomBytes(16);
    // jose deflates the plaintext itself: 1 MB of zeros becomes about 1 KB.
    const token = await new CompactEncrypt(new Uint8Array(1024 * 1024))
      .setProtectedHeader({ alg: 'dir', enc: 'A128GCM', zip: 'DEF' })
      .encrypt(key);
    expect(token.length).toBeLessThan(4096);
    const result = await decrypt(token, key.toString('hex'), 'hex');
    expect(result).toEqual({ status: 'refused', code: 'ZIP_TOO_LARGE', limit: 250 * 1024, raisable: false });
    expect(describeDecrypt(result)).toContain('250 KB');
  });

  it('plaintext that is not DEFLATE under zip "DEF" is an error once decrypted', async () => {
    const key = randomBytes(16);
    // Built with node:crypto: jose would compress the plaintext itself.
    const header = Buffer.from(json({ alg: 'dir', enc: 'A128GCM', zip: 'DEF' })).toString('base64url');
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-128-gcm', key, iv).setAAD(Buffer.from(header));
    const ciphertext = Buffer.concat([cipher.update(Buffer.from([0xff, 0xff, 0xff])), cipher.final()]);
    const token = [
      header,
      '',
      iv.toString('base64url'),
      ciphertext.toString('base64url'),
      cipher.getAuthTag().toString('base64url'),
    ].join('.');
    expect(await decrypt(token, key.toString('hex'), 'hex')).toEqual({
      status: 'error',
      code: 'DECOMPRESS_FAILED',
    });
  });

  it('an unknown alg, enc or zip, a crit extension, or a missing alg is an error', async () => {
    const [, ...rest] = RFC7520_5_8.compact.split('.');
    const withHeader = (header: object) =>
      [Buffer.from(json(header)).toString('base64url'), ...rest].join('.');
    const key = json(RFC7520_5_8.key);
    expect(await decrypt(withHeader({ enc: 'A128GCM' }), key)).toMatchObject({ code: 'ALG_MISSING' });
    expect(await decrypt(withHeader({ alg: 'A128KW' }), key)).toMatchObject({ code: 'ENC_MISSING' });
    expect(await decrypt(withHeader({ alg: 'ECDH-1PU', enc: 'A128GCM' }), key)).toMatchObject({
      code: 'ALG_UNSUPPORTED',
      alg: 'ECDH-1PU',
    });
    expect(await decrypt(withHeader({ alg: 'A128KW', enc: 'XC20P' }), key)).toMatchObject({
      code: 'ENC_UNSUPPORTED',
    });
    expect(await decrypt(withHeader({ alg: 'A128KW', enc: 'A128GCM', zip: 'GZIP' }), key)).toMatchObject({
      code: 'ZIP_UNSUPPORTED',
    });
    expect(
      await decrypt(withHeader({ alg: 'A128KW', enc: 'A128GCM', crit: ['exp'], exp: 1 }), key),
    ).toMatchObject({
      code: 'CRIT_UNSUPPORTED',
      names: ['exp'],
    });
  });

  it('segments of the wrong size are errors that name the segment', async () => {
    const parts = RFC7520_5_8.compact.split('.');
    const replace = (i: number, value: string) => parts.map((p, j) => (j === i ? value : p)).join('.');
    const key = json(RFC7520_5_8.key);
    expect(await decrypt(replace(2, 'AAAA'), key)).toMatchObject({
      code: 'SEGMENT_SIZE',
      segment: 'iv',
      problem: { code: 'LENGTH', expected: 12 },
      found: 3,
    });
    expect(await decrypt(replace(4, 'AAAA'), key)).toMatchObject({ code: 'SEGMENT_SIZE', segment: 'tag' });
    expect(await decrypt(replace(1, ''), key)).toMatchObject({
      code: 'SEGMENT_SIZE',
      segment: 'encrypted-key',
      problem: { code: 'EMPTY' },
    });
    const dir = RFC7520_5_6.compact.split('.');
    dir[1] = 'AAAA';
    expect(await decrypt(dir.join('.'), json(RFC7520_5_6.key))).toMatchObject({
      code: 'SEGMENT_SIZE',
      segment: 'encrypted-key',
      problem: { code: 'NOT_EMPTY' },
    });
  });

  it('a changed ciphertext fails with the right key', async () => {
    const parts = RFC7520_5_8.compact.split('.');
    const ct = Buffer.from(parts[3] ?? '', 'base64url');
    ct[0] = (ct[0] ?? 0) ^ 1;
    parts[3] = ct.toString('base64url');
    expect(await decrypt(parts.join('.'), json(RFC7520_5_8.key))).toMatchObject({ status: 'failed' });
  });

  it('an epk that is missing, private, on an unsupported curve or not a point is an error', async () => {
    const [, ...rest] = RFC7520_5_5.compact.split('.');
    const key = json(RFC7520_5_5.key);
    const withEpk = (epk: unknown) =>
      [
        Buffer.from(
          json({ alg: 'ECDH-ES', enc: 'A128CBC-HS256', ...(epk === undefined ? {} : { epk }) }),
        ).toString('base64url'),
        ...rest,
      ].join('.');
    const good = {
      kty: 'EC',
      crv: 'P-256',
      x: 'mPUKT_bAWGHIhg0TpjjqVsP1rXWQu_vwVOHHtNkdYoA',
      y: '8BQAsImGeAS46fyWw5MhYfGTT0IjBpFw2SS34Dv4Irs',
    };
    expect(await decrypt(withEpk(undefined), key)).toMatchObject({ code: 'EPK_INVALID', problem: 'missing' });
    expect(await decrypt(withEpk({ ...good, d: 'AA' }), key)).toMatchObject({
      code: 'EPK_INVALID',
      problem: 'private',
    });
    expect(await decrypt(withEpk({ ...good, crv: 'secp256k1' }), key)).toMatchObject({
      code: 'EPK_INVALID',
      problem: 'curve',
    });
    expect(await decrypt(withEpk({ ...good, y: good.x }), key)).toMatchObject({
      code: 'EPK_INVALID',
      problem: 'point',
    });
  });
});

describe('decryptJwe: X25519', () => {
  it('ECDH-ES and ECDH-ES+A256KW with an X25519 JWK and PEM private key', async () => {
    const pair = jwkPair('x25519');
    for (const alg of ['ECDH-ES', 'ECDH-ES+A256KW']) {
      const token = await joseEncrypt('hello X25519', { alg, enc: 'A256GCM' }, pair.publicJwk);
      expect(plaintextOf(await decrypt(token, json(pair.privateJwk)))).toBe('hello X25519');
      const pem = await decrypt(token, pair.privatePem);
      expect(plaintextOf(pem)).toBe('hello X25519');
      expect(pem).toMatchObject({ key: { kind: 'key', kty: 'OKP', crv: 'X25519' } });
      expect(await decrypt(token, pair.publicPem)).toMatchObject({
        code: 'PRIVATE_KEY_NEEDED',
        crv: 'X25519',
      });
      expect(await decrypt(token, json(jwkPair('x25519').privateJwk))).toMatchObject({ status: 'failed' });
    }
  });
});

describe('decryptJwe: never throws', () => {
  it('on a JWE whose header is not JSON, or whose segments are not base64url', async () => {
    for (const compact of [
      'e30.a.b.c.d',
      'eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIn0.!.a.b.c',
      'bm90IGpzb24.a.b.c.d',
    ]) {
      const decoded = decodeToken(compact);
      if (decoded.kind !== 'jwe') continue;
      const result = await decryptJwe(decoded, await readKeyText('k', 'utf8'), 'k', DEFAULT_JWE_LIMITS);
      expect(result.status).toBe('error');
      expect(describeDecrypt(result)).toMatch(/\.$/);
    }
  });
});
