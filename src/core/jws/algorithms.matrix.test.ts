import { createHmac, generateKeyPairSync, sign, constants, type KeyObject } from 'node:crypto';
import { ml_dsa44, ml_dsa65, ml_dsa87 } from '@noble/post-quantum/ml-dsa.js';
import { describe, expect, it } from 'vitest';
import { readKeyText } from '../keys/read';
import { decodeToken } from '../token/decode';
import { ALGORITHMS, findAlgorithm } from './algorithms';
import { describeVerdict } from './verdict';
import { verifyToken } from './verify';

// Signers independent of the code under test: Node's crypto (OpenSSL) and, for ML-DSA (Node has none), noble.
interface Signer {
  readonly key: string;
  sign(input: Buffer): Buffer;
}

const b64 = (text: string): string => Buffer.from(text).toString('base64url');
const spki = (key: KeyObject): string => key.export({ format: 'pem', type: 'spki' }).toString();

function hmac(bits: number): Signer {
  const secret = 'a-secret-long-enough-for-every-hmac-hash-0123456789abcdef-xyz!';
  return { key: secret, sign: (input) => createHmac(`sha${bits}`, secret).update(input).digest() };
}

function rsa(bits: number, pss: boolean): Signer {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const padding = pss
    ? { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: bits / 8 }
    : { padding: constants.RSA_PKCS1_PADDING };
  return {
    key: spki(publicKey),
    sign: (input) => sign(`sha${bits}`, input, { key: privateKey, ...padding }),
  };
}

function ecdsa(curve: string, bits: number): Signer {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: curve });
  return {
    key: spki(publicKey),
    sign: (input) => sign(`sha${bits}`, input, { key: privateKey, dsaEncoding: 'ieee-p1363' }),
  };
}

function eddsa(type: 'ed25519' | 'ed448'): Signer {
  const { publicKey, privateKey } =
    type === 'ed25519' ? generateKeyPairSync('ed25519') : generateKeyPairSync('ed448');
  return { key: spki(publicKey), sign: (input) => sign(null, input, privateKey) };
}

function mlDsa(alg: string, scheme: typeof ml_dsa44): Signer {
  const keys = scheme.keygen(new Uint8Array(32).fill(3));
  return {
    key: JSON.stringify({ kty: 'AKP', alg, pub: Buffer.from(keys.publicKey).toString('base64url') }),
    sign: (input) => Buffer.from(scheme.sign(new Uint8Array(input), keys.secretKey)),
  };
}

// One signer per algorithm of the table, and for EdDSA each curve it allows: a new algorithm without a signer
// fails the test below.
const SIGNERS: Readonly<Record<string, ReadonlyArray<() => Signer>>> = {
  HS256: [() => hmac(256)],
  HS384: [() => hmac(384)],
  HS512: [() => hmac(512)],
  RS256: [() => rsa(256, false)],
  RS384: [() => rsa(384, false)],
  RS512: [() => rsa(512, false)],
  PS256: [() => rsa(256, true)],
  PS384: [() => rsa(384, true)],
  PS512: [() => rsa(512, true)],
  ES256: [() => ecdsa('prime256v1', 256)],
  ES384: [() => ecdsa('secp384r1', 384)],
  ES512: [() => ecdsa('secp521r1', 512)],
  ES256K: [() => ecdsa('secp256k1', 256)],
  EdDSA: [() => eddsa('ed25519'), () => eddsa('ed448')],
  Ed25519: [() => eddsa('ed25519')],
  Ed448: [() => eddsa('ed448')],
  'ML-DSA-44': [() => mlDsa('ML-DSA-44', ml_dsa44)],
  'ML-DSA-65': [() => mlDsa('ML-DSA-65', ml_dsa65)],
  'ML-DSA-87': [() => mlDsa('ML-DSA-87', ml_dsa87)],
};

function signToken(
  alg: string,
  signer: Signer,
  payload = '{"sub":"matrix"}',
): { input: string; signature: Buffer } {
  const input = `${b64(JSON.stringify({ alg, typ: 'JWT' }))}.${b64(payload)}`;
  return { input, signature: signer.sign(Buffer.from(input)) };
}

async function check(token: string, key: string) {
  return verifyToken(decodeToken(token), await readKeyText(key, 'utf8'), key);
}

describe('the algorithm matrix', () => {
  it('has a signer for every algorithm of the table', () => {
    expect(Object.keys(SIGNERS).sort()).toEqual(Object.keys(ALGORITHMS).sort());
  });

  for (const alg of Object.keys(ALGORITHMS)) {
    for (const [i, makeSigner] of (SIGNERS[alg] ?? []).entries()) {
      it(`${alg} (${i + 1}): signed elsewhere, verified here; a changed byte is invalid; a byte short says its length`, async () => {
        const signer = makeSigner();
        const { input, signature } = signToken(alg, signer);
        const good = await check(`${input}.${signature.toString('base64url')}`, signer.key);
        expect(good.status, describeVerdict(good)).toBe('verified');

        const flipped = Buffer.from(signature);
        flipped[flipped.length >> 1] = (flipped[flipped.length >> 1] ?? 0) ^ 0x01;
        expect((await check(`${input}.${flipped.toString('base64url')}`, signer.key)).status).toBe('invalid');

        const short = signature.subarray(0, signature.length - 1);
        const cut = await check(`${input}.${short.toString('base64url')}`, signer.key);
        expect(cut).toMatchObject({
          status: 'invalid',
          code: 'SIGNATURE_LENGTH',
          alg,
          expected: signature.length,
          found: signature.length - 1,
        });
        const fixed = findAlgorithm(alg)?.signatureBytes;
        if (fixed !== undefined) expect(signature.length).toBe(fixed);
      });
    }
  }

  it.each([
    'none2',
    'HS1',
    'HS128',
    'RS1',
    'ES256X',
    'ed448',
    'ED448',
    'EdDSA448',
    'ML-DSA-99',
    'RSA-OAEP',
    'dir',
    '',
  ])('refuses the alg %j cleanly, naming it', async (alg) => {
    const signer = hmac(256);
    const { input, signature } = signToken(alg, signer);
    const verdict = await check(`${input}.${signature.toString('base64url')}`, signer.key);
    expect(verdict).toMatchObject({ status: 'error', code: 'ALG_UNSUPPORTED', refusal: { alg } });
  });
});
