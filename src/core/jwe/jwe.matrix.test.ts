import { generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { compactDecrypt, CompactEncrypt, type JWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { readKeyText } from '../keys/read';
import { DEFAULT_JWE_LIMITS } from '../limits';
import { decodeToken } from '../token/decode';
import { findJweAlg, findJweEnc, JWE_ALG_NAMES, JWE_ENC_NAMES, symmetricKeyBytes } from './algorithms';
import { decryptJwe, describeDecrypt } from './decrypt';
import { encryptJwe, describeEncryptFailure } from './encrypt';

// Every alg with every enc, both ways: jose encrypts and we decrypt; we encrypt and jose (and we) decrypt.
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const curves: KeyObject[][] = [
  ...(['P-256', 'P-384', 'P-521'] as const).map((namedCurve) => {
    const p = generateKeyPairSync('ec', { namedCurve });
    return [p.publicKey, p.privateKey];
  }),
  (() => {
    const p = generateKeyPairSync('x25519');
    return [p.publicKey, p.privateKey];
  })(),
];
const PASSWORD = 'Tr0ub4dor&3';
const P2C = 1000;

interface Keys {
  readonly joseEncryptKey: JWK | Uint8Array;
  readonly joseDecryptKey: JWK | Uint8Array;
  /** The recipient's key text for decryptJwe, and the sender's for encryptJwe. */
  readonly decryptText: string;
  readonly encryptText: string;
  readonly encoding: 'utf8' | 'base64url';
}

function keysFor(algName: string, encName: string, n: number): Keys {
  const alg = findJweAlg(algName);
  const enc = findJweEnc(encName);
  if (alg === undefined || enc === undefined) throw new Error('unknown');
  const pair = (publicKey: KeyObject, privateKey: KeyObject): Keys => ({
    joseEncryptKey: publicKey.export({ format: 'jwk' }),
    joseDecryptKey: privateKey.export({ format: 'jwk' }),
    decryptText: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    encryptText: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    encoding: 'utf8',
  });
  switch (alg.family) {
    case 'rsa-oaep':
      return pair(rsa.publicKey, rsa.privateKey);
    case 'ecdh-es': {
      const [pub, priv] = curves[n % curves.length] ?? [];
      if (pub === undefined || priv === undefined) throw new Error('no curve');
      return pair(pub, priv);
    }
    case 'pbes2': {
      const bytes = encoder.encode(PASSWORD);
      return {
        joseEncryptKey: bytes,
        joseDecryptKey: bytes,
        decryptText: PASSWORD,
        encryptText: PASSWORD,
        encoding: 'utf8',
      };
    }
    default: {
      const bytes = randomBytes(symmetricKeyBytes(alg, enc) ?? 16);
      const text = bytes.toString('base64url');
      // Pasted as base64url while the control says UTF-8: read as base64url because of the length.
      return {
        joseEncryptKey: bytes,
        joseDecryptKey: bytes,
        decryptText: text,
        encryptText: text,
        encoding: 'utf8',
      };
    }
  }
}

const PAIRS = JWE_ALG_NAMES.flatMap((alg, i) => JWE_ENC_NAMES.map((enc, j) => [alg, enc, i + j] as const));

async function ourDecrypt(token: string, keys: Keys) {
  const decoded = decodeToken(token);
  if (decoded.kind !== 'jwe') throw new Error('not a JWE');
  return decryptJwe(
    decoded,
    await readKeyText(keys.decryptText, keys.encoding),
    keys.decryptText,
    DEFAULT_JWE_LIMITS,
  );
}

describe('every alg and enc', () => {
  it('is 18 algs by 6 encs', () => {
    expect(PAIRS).toHaveLength(108);
  });

  it.each(PAIRS)('%s with %s: jose encrypts, we decrypt', async (alg, enc, n) => {
    const keys = keysFor(alg, enc, n);
    const plaintext = `{"alg":"${alg}","enc":"${enc}","n":${n}}`;
    const encrypter = new CompactEncrypt(encoder.encode(plaintext)).setProtectedHeader({ alg, enc });
    if (alg.startsWith('PBES2')) encrypter.setKeyManagementParameters({ p2c: P2C });
    const token = await encrypter.encrypt(keys.joseEncryptKey);
    const result = await ourDecrypt(token, keys);
    if (result.status !== 'decrypted') throw new Error(describeDecrypt(result));
    expect(decoder.decode(result.plaintext)).toBe(plaintext);
  });

  it.each(PAIRS)('%s with %s: we encrypt, jose and we decrypt', async (alg, enc, n) => {
    const keys = keysFor(alg, enc, n);
    const plaintext = `plain ${alg} ${enc} ${n}`;
    const made = await encryptJwe(
      plaintext,
      { alg, enc, zip: n % 2 === 0, p2c: P2C },
      await readKeyText(keys.encryptText, keys.encoding),
      keys.encryptText,
    );
    if (!made.ok) throw new Error(describeEncryptFailure(made.error));
    const theirs = await compactDecrypt(made.value, keys.joseDecryptKey, {
      keyManagementAlgorithms: [alg],
      contentEncryptionAlgorithms: [enc],
    });
    expect(decoder.decode(theirs.plaintext)).toBe(plaintext);
    expect(theirs.protectedHeader).toMatchObject({ alg, enc, ...(n % 2 === 0 ? { zip: 'DEF' } : {}) });
    const ours = await ourDecrypt(made.value, keys);
    expect(ours.status === 'decrypted' && decoder.decode(ours.plaintext)).toBe(plaintext);
  });
});
