import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { compactDecrypt, CompactEncrypt, type JWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { readKeyText } from '../keys/read';
import { DEFAULT_JWE_LIMITS } from '../limits';
import { decodeToken } from '../token/decode';
import {
  findJweAlg,
  findJweEnc,
  involvesAes192,
  JWE_ALG_NAMES,
  JWE_ENC_NAMES,
  symmetricKeyBytes,
} from './algorithms';
import { decryptAes192, encryptAes192 } from './aes192';
import { decryptJwe, describeDecrypt, type DecryptJweOptions } from './decrypt';
import { platformHasAes192 } from './platform';
import {
  RFC7516_A1,
  RFC7516_A3,
  RFC7520_5_2,
  RFC7520_5_3,
  RFC7520_5_4,
  RFC7520_5_5,
  RFC7520_5_6,
  RFC7520_5_7,
  RFC7520_5_8,
  RFC7520_5_9,
} from './rfc-vectors';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ecCurves = ['P-256', 'P-384', 'P-521'] as const;
const ec = Object.fromEntries(ecCurves.map((crv) => [crv, generateKeyPairSync('ec', { namedCurve: crv })]));
const x25519 = generateKeyPairSync('x25519');
const PASSWORD = 'correct horse battery staple';
const P2C = 1000;

interface Recipient {
  /** What the sender encrypts to. */
  readonly encryptKey: JWK | Uint8Array;
  /** What jose decrypts with. */
  readonly decryptKey: JWK | Uint8Array;
  /** What the user pastes, and in which reading. */
  readonly keyText: string;
  readonly encoding: 'utf8' | 'hex';
}

function recipient(algName: string, encName: string, curve = 0): Recipient {
  const alg = findJweAlg(algName);
  const enc = findJweEnc(encName);
  if (alg === undefined || enc === undefined) throw new Error('unknown');
  const pair = (p: {
    publicKey: { export(o: { format: 'jwk' }): unknown };
    privateKey: { export(o: { format: 'jwk' }): unknown };
  }) => ({
    encryptKey: p.publicKey.export({ format: 'jwk' }) as JWK,
    decryptKey: p.privateKey.export({ format: 'jwk' }) as JWK,
    keyText: JSON.stringify(p.privateKey.export({ format: 'jwk' })),
    encoding: 'utf8' as const,
  });
  switch (alg.family) {
    case 'rsa-oaep':
      return pair(rsa);
    case 'ecdh-es': {
      const all = [...ecCurves.map((c) => ec[c]), x25519];
      const chosen = all[curve % all.length];
      if (chosen === undefined) throw new Error('no curve');
      return pair(chosen);
    }
    case 'pbes2': {
      const bytes = encoder.encode(PASSWORD);
      return { encryptKey: bytes, decryptKey: bytes, keyText: PASSWORD, encoding: 'utf8' };
    }
    default: {
      const bytes = randomBytes(symmetricKeyBytes(alg, enc) ?? 16);
      return { encryptKey: bytes, decryptKey: bytes, keyText: bytes.toString('hex'), encoding: 'hex' };
    }
  }
}

const PAIRS_192 = JWE_ALG_NAMES.flatMap((alg) =>
  JWE_ENC_NAMES.filter((enc) => involvesAes192(alg, enc)).map((enc, i) => [alg, enc, i] as const),
);

async function decryptWith(token: string, r: Recipient, options: DecryptJweOptions) {
  const decoded = decodeToken(token);
  if (decoded.kind !== 'jwe') throw new Error('not a JWE');
  return decryptJwe(
    decoded,
    await readKeyText(r.keyText, r.encoding),
    r.keyText,
    DEFAULT_JWE_LIMITS,
    options,
  );
}

describe('AES-192 without the platform: every alg and enc that uses 192-bit AES', () => {
  it('covers 52 pairs', () => {
    expect(PAIRS_192).toHaveLength(52);
  });

  it.each(PAIRS_192)('%s with %s: the fallback decrypts what jose encrypts', async (alg, enc, i) => {
    const r = recipient(alg, enc, i);
    const plaintext = `${alg} ${enc} \u2013 ${'x'.repeat(i * 7)}`;
    const encrypter = new CompactEncrypt(encoder.encode(plaintext)).setProtectedHeader({
      alg,
      enc,
      zip: 'DEF',
    });
    if (alg.startsWith('PBES2')) encrypter.setKeyManagementParameters({ p2c: P2C });
    const token = await encrypter.encrypt(r.encryptKey);
    const result = await decryptWith(token, r, { aes192: 'fallback' });
    expect(result, result.status === 'decrypted' ? '' : describeDecrypt(result)).toMatchObject({
      status: 'decrypted',
      fallback: true,
      zip: 'DEF',
    });
    if (result.status === 'decrypted') expect(decoder.decode(result.plaintext)).toBe(plaintext);
  });

  it.each(PAIRS_192)('%s with %s: jose decrypts what the fallback encrypts', async (alg, enc, i) => {
    const r = recipient(alg, enc, i);
    const plaintext = `${alg} ${enc} ${'y'.repeat(i * 5)}`;
    const token = await encryptAes192(
      {
        plaintext: encoder.encode(plaintext),
        header: { alg, enc, cty: 'JWT', ...(i % 2 === 0 ? { zip: 'DEF' } : {}) },
        p2c: P2C,
      },
      r.encryptKey,
    );
    const decrypted = await compactDecrypt(token, r.decryptKey, {
      keyManagementAlgorithms: [alg],
      contentEncryptionAlgorithms: [enc],
    });
    expect(decoder.decode(decrypted.plaintext)).toBe(plaintext);
    expect(decrypted.protectedHeader).toMatchObject({ alg, enc, cty: 'JWT' });
  });

  it('a wrong key of the same kind fails through the fallback too', async () => {
    const otherRsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    for (const [alg, enc, i] of PAIRS_192.filter((_, j) => j % 4 === 0)) {
      const r = recipient(alg, enc, i);
      const family = findJweAlg(alg)?.family;
      const wrong: Recipient =
        family === 'rsa-oaep'
          ? { ...r, keyText: JSON.stringify(otherRsa.privateKey.export({ format: 'jwk' })) }
          : family === 'ecdh-es'
            ? {
                ...r,
                keyText: JSON.stringify(
                  (r.encryptKey as JWK).crv === 'X25519'
                    ? generateKeyPairSync('x25519').privateKey.export({ format: 'jwk' })
                    : generateKeyPairSync('ec', {
                        namedCurve: (r.encryptKey as JWK).crv ?? '',
                      }).privateKey.export({
                        format: 'jwk',
                      }),
                ),
              }
            : family === 'pbes2'
              ? { ...r, keyText: 'wrong password' }
              : { ...r, keyText: randomBytes((r.encryptKey as Uint8Array).length).toString('hex') };
      const token = await encryptAes192(
        { plaintext: encoder.encode('x'), header: { alg, enc }, p2c: P2C },
        r.encryptKey,
      );
      expect(await decryptWith(token, wrong, { aes192: 'fallback' }), `${alg} ${enc}`).toMatchObject({
        status: 'failed',
        code: 'DECRYPTION_FAILED',
      });
    }
  });

  it('a zip bomb is refused through the fallback too', async () => {
    const r = recipient('A192KW', 'A192GCM');
    const token = await new CompactEncrypt(new Uint8Array(1024 * 1024))
      .setProtectedHeader({ alg: 'A192KW', enc: 'A192GCM', zip: 'DEF' })
      .encrypt(r.encryptKey);
    expect(await decryptWith(token, r, { aes192: 'fallback' })).toMatchObject({
      status: 'refused',
      code: 'ZIP_TOO_LARGE',
    });
  });
});

describe('which path decrypts', () => {
  it('auto takes the platform when it has AES-192 (Node does), the fallback only when forced', async () => {
    expect(await platformHasAes192()).toBe(true);
    const r = recipient('A192KW', 'A192CBC-HS384');
    const token = await new CompactEncrypt(encoder.encode('hi'))
      .setProtectedHeader({ alg: 'A192KW', enc: 'A192CBC-HS384' })
      .encrypt(r.encryptKey);
    const auto = await decryptWith(token, r, {});
    expect(auto).toMatchObject({ status: 'decrypted' });
    expect(auto).not.toHaveProperty('fallback');
    expect(await decryptWith(token, r, { aes192: 'platform' })).not.toHaveProperty('fallback');
    expect(await decryptWith(token, r, { aes192: 'fallback' })).toMatchObject({ fallback: true });
  });

  it('a JWE without 192-bit AES never takes the fallback, even when forced', async () => {
    const decoded = decodeToken(RFC7516_A3.compact);
    if (decoded.kind !== 'jwe') throw new Error('not a JWE');
    const keyText = JSON.stringify(RFC7516_A3.key);
    const result = await decryptJwe(
      decoded,
      await readKeyText(keyText, 'utf8'),
      keyText,
      DEFAULT_JWE_LIMITS,
      {
        aes192: 'fallback',
      },
    );
    expect(result).toMatchObject({ status: 'decrypted' });
    expect(result).not.toHaveProperty('fallback');
  });
});

describe('the fallback engine against the published vectors', () => {
  const options = { zip: false, maxP2c: 10_000, maxPlaintextBytes: 250 * 1024 };
  it.each([
    ['RFC 7516 A.1', RFC7516_A1.compact, RFC7516_A1.key, 'RSA-OAEP', 'A256GCM'],
    ['RFC 7516 A.3', RFC7516_A3.compact, RFC7516_A3.key, 'A128KW', 'A128CBC-HS256'],
    ['RFC 7520 5.2', RFC7520_5_2.compact, RFC7520_5_2.key, 'RSA-OAEP', 'A256GCM'],
    [
      'RFC 7520 5.3',
      RFC7520_5_3.compact,
      encoder.encode(RFC7520_5_3.password),
      'PBES2-HS512+A256KW',
      'A128CBC-HS256',
    ],
    ['RFC 7520 5.4', RFC7520_5_4.compact, RFC7520_5_4.key, 'ECDH-ES+A128KW', 'A128GCM'],
    ['RFC 7520 5.5', RFC7520_5_5.compact, RFC7520_5_5.key, 'ECDH-ES', 'A128CBC-HS256'],
    ['RFC 7520 5.6', RFC7520_5_6.compact, RFC7520_5_6.key, 'dir', 'A128GCM'],
    ['RFC 7520 5.7', RFC7520_5_7.compact, RFC7520_5_7.key, 'A256GCMKW', 'A128CBC-HS256'],
    ['RFC 7520 5.8', RFC7520_5_8.compact, RFC7520_5_8.key, 'A128KW', 'A128GCM'],
    ['RFC 7520 5.9', RFC7520_5_9.compact, RFC7520_5_9.key, 'A128KW', 'A128GCM'],
  ] as const)('%s', async (_name, compact, key, alg, enc) => {
    const material =
      key instanceof Uint8Array
        ? key
        : key.kty === 'oct'
          ? Buffer.from(key.k, 'base64url')
          : (Object.fromEntries(
              Object.entries(key).filter(([k]) => !['alg', 'use', 'kid'].includes(k)),
            ) as JWK);
    const ours = await decryptAes192(compact, material, {
      ...options,
      alg,
      enc,
      zip: compact === RFC7520_5_9.compact,
    });
    const theirs = await compactDecrypt(compact, material, {
      keyManagementAlgorithms: [alg],
      contentEncryptionAlgorithms: [enc],
    });
    expect(ours).toEqual({ ok: true, plaintext: new Uint8Array(theirs.plaintext) });
  });
});
