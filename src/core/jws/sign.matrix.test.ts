import {
  constants,
  createHmac,
  createPublicKey,
  generateKeyPairSync,
  timingSafeEqual,
  verify,
  type KeyObject,
} from 'node:crypto';
import { ed448 } from '@noble/curves/ed448.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { ml_dsa44, ml_dsa65, ml_dsa87 } from '@noble/post-quantum/ml-dsa.js';
import { compactVerify, importJWK, type JWK } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { readKeyText } from '../keys/read';
import type { SecretEncoding } from '../keys/secret';
import { decodeToken } from '../token/decode';
import { ALGORITHMS, findAlgorithm, type AlgorithmSpec } from './algorithms';
import { chooseSigningKey, signJws } from './sign';
import { describeSignError } from './sign-error';
import { describeVerdict } from './verdict';
import { verifyToken } from './verify';

// Keys are made by Node (OpenSSL) and, for ML-DSA, by noble: never by the code under test. Every signature is
// checked by an independent verifier (Node's crypto, noble, jose where it supports the alg) and by our own.

const b64 = (text: string): string => Buffer.from(text).toString('base64url');

/** One way to write a key that can sign, with the public key and how to check a signature elsewhere. */
interface KeyForm {
  readonly name: string;
  readonly text: string;
  readonly encoding: SecretEncoding;
  /** The header's kid, when the form is a set chosen by kid. */
  readonly kid?: string;
}

interface Pair {
  readonly forms: readonly KeyForm[];
  /** Verifies with something other than the code under test. */
  readonly independent: (input: Buffer, signature: Buffer) => boolean;
  /** A public JWK for jose's compactVerify, when jose supports the alg. */
  readonly joseJwk?: JWK;
}

const SECRET = Buffer.from('a-secret-long-enough-for-every-hmac-hash-0123456789abcdef-xyz!?!!');

function hmacPair(spec: AlgorithmSpec): Pair {
  const k = SECRET.toString('base64url');
  const oct = { kty: 'oct', k, kid: 'hmac-1' };
  return {
    forms: [
      { name: 'secret as UTF-8', text: SECRET.toString('utf8'), encoding: 'utf8' },
      { name: 'secret as base64url', text: k, encoding: 'base64url' },
      { name: 'secret as base64', text: SECRET.toString('base64'), encoding: 'base64' },
      { name: 'secret as hex', text: SECRET.toString('hex'), encoding: 'hex' },
      { name: 'oct JWK', text: JSON.stringify(oct), encoding: 'utf8' },
      {
        name: 'JWKS by kid',
        text: JSON.stringify({
          keys: [{ kty: 'oct', k: b64('another secret, not this one'), kid: 'x' }, oct],
        }),
        encoding: 'utf8',
        kid: 'hmac-1',
      },
    ],
    independent: (input, signature) =>
      timingSafeEqual(
        createHmac(`sha${spec.hashBits ?? 256}`, SECRET)
          .update(input)
          .digest(),
        signature,
      ),
    joseJwk: oct,
  };
}

function pem(key: KeyObject, type: 'pkcs8' | 'pkcs1' | 'sec1'): string {
  return key.export({ format: 'pem', type }).toString();
}

function jwkOf(key: KeyObject): JWK {
  return key.export({ format: 'jwk' });
}

/** A JWKS of a decoy key of the same type and the key itself, chosen by kid. */
function jwksForm(privateJwk: JWK, decoy: JWK): KeyForm {
  return {
    name: 'JWKS by kid',
    text: JSON.stringify({
      keys: [
        { ...decoy, kid: 'decoy' },
        { ...privateJwk, kid: 'signer' },
      ],
    }),
    encoding: 'utf8',
    kid: 'signer',
  };
}

let rsaKey: KeyObject;
let rsaDecoy: KeyObject;

function rsaPair(spec: AlgorithmSpec): Pair {
  const publicKey = createPublicKey(rsaKey);
  const hash = `sha${spec.hashBits ?? 256}`;
  const padding =
    spec.family === 'rsa-pss'
      ? { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: (spec.hashBits ?? 256) / 8 }
      : { padding: constants.RSA_PKCS1_PADDING };
  return {
    forms: [
      { name: 'PKCS#8 PEM', text: pem(rsaKey, 'pkcs8'), encoding: 'utf8' },
      { name: 'PKCS#1 PEM', text: pem(rsaKey, 'pkcs1'), encoding: 'utf8' },
      { name: 'private JWK', text: JSON.stringify(jwkOf(rsaKey)), encoding: 'utf8' },
      jwksForm(jwkOf(rsaKey), jwkOf(rsaDecoy)),
    ],
    independent: (input, signature) => verify(hash, input, { key: publicKey, ...padding }, signature),
    joseJwk: jwkOf(publicKey),
  };
}

function ecPair(spec: AlgorithmSpec, curve: string): Pair {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: curve });
  const decoy = generateKeyPairSync('ec', { namedCurve: curve }).privateKey;
  return {
    forms: [
      { name: 'PKCS#8 PEM', text: pem(privateKey, 'pkcs8'), encoding: 'utf8' },
      { name: 'SEC1 PEM', text: pem(privateKey, 'sec1'), encoding: 'utf8' },
      { name: 'private JWK', text: JSON.stringify(jwkOf(privateKey)), encoding: 'utf8' },
      jwksForm(jwkOf(privateKey), jwkOf(decoy)),
    ],
    independent: (input, signature) =>
      verify(`sha${spec.hashBits ?? 256}`, input, { key: publicKey, dsaEncoding: 'ieee-p1363' }, signature),
    ...(curve === 'secp256k1' ? {} : { joseJwk: jwkOf(publicKey) }),
  };
}

function okpPair(type: 'ed25519' | 'ed448'): Pair {
  const { privateKey, publicKey } =
    type === 'ed25519' ? generateKeyPairSync('ed25519') : generateKeyPairSync('ed448');
  const decoy = (type === 'ed25519' ? generateKeyPairSync('ed25519') : generateKeyPairSync('ed448'))
    .privateKey;
  return {
    forms: [
      { name: 'PKCS#8 PEM', text: pem(privateKey, 'pkcs8'), encoding: 'utf8' },
      { name: 'private JWK', text: JSON.stringify(jwkOf(privateKey)), encoding: 'utf8' },
      jwksForm(jwkOf(privateKey), jwkOf(decoy)),
    ],
    independent: (input, signature) => verify(null, input, publicKey, signature),
    ...(type === 'ed25519' ? { joseJwk: jwkOf(publicKey) } : {}),
  };
}

const ML_DSA = { 'ML-DSA-44': ml_dsa44, 'ML-DSA-65': ml_dsa65, 'ML-DSA-87': ml_dsa87 } as const;

function mlDsaPair(alg: keyof typeof ML_DSA): Pair {
  const scheme = ML_DSA[alg];
  const seed = new Uint8Array(32).map((_, i) => (i * 7 + 1) & 0xff);
  const keys = scheme.keygen(seed);
  const jwk = {
    kty: 'AKP',
    alg,
    pub: Buffer.from(keys.publicKey).toString('base64url'),
    priv: Buffer.from(seed).toString('base64url'),
  };
  const decoySeed = new Uint8Array(32).fill(9);
  const decoy = {
    kty: 'AKP',
    alg,
    pub: Buffer.from(scheme.keygen(decoySeed).publicKey).toString('base64url'),
    priv: Buffer.from(decoySeed).toString('base64url'),
  };
  return {
    forms: [{ name: 'private AKP JWK', text: JSON.stringify(jwk), encoding: 'utf8' }, jwksForm(jwk, decoy)],
    independent: (input, signature) => scheme.verify(signature, input, keys.publicKey),
  };
}

/** Key pairs for each algorithm of the table, and for EdDSA each curve it allows. */
const PAIRS: Readonly<Record<string, ReadonlyArray<() => Pair>>> = {
  HS256: [() => hmacPair(ALGORITHMS.HS256 as AlgorithmSpec)],
  HS384: [() => hmacPair(ALGORITHMS.HS384 as AlgorithmSpec)],
  HS512: [() => hmacPair(ALGORITHMS.HS512 as AlgorithmSpec)],
  RS256: [() => rsaPair(ALGORITHMS.RS256 as AlgorithmSpec)],
  RS384: [() => rsaPair(ALGORITHMS.RS384 as AlgorithmSpec)],
  RS512: [() => rsaPair(ALGORITHMS.RS512 as AlgorithmSpec)],
  PS256: [() => rsaPair(ALGORITHMS.PS256 as AlgorithmSpec)],
  PS384: [() => rsaPair(ALGORITHMS.PS384 as AlgorithmSpec)],
  PS512: [() => rsaPair(ALGORITHMS.PS512 as AlgorithmSpec)],
  ES256: [() => ecPair(ALGORITHMS.ES256 as AlgorithmSpec, 'prime256v1')],
  ES384: [() => ecPair(ALGORITHMS.ES384 as AlgorithmSpec, 'secp384r1')],
  ES512: [() => ecPair(ALGORITHMS.ES512 as AlgorithmSpec, 'secp521r1')],
  ES256K: [() => ecPair(ALGORITHMS.ES256K as AlgorithmSpec, 'secp256k1')],
  EdDSA: [() => okpPair('ed25519'), () => okpPair('ed448')],
  Ed25519: [() => okpPair('ed25519')],
  Ed448: [() => okpPair('ed448')],
  'ML-DSA-44': [() => mlDsaPair('ML-DSA-44')],
  'ML-DSA-65': [() => mlDsaPair('ML-DSA-65')],
  'ML-DSA-87': [() => mlDsaPair('ML-DSA-87')],
};

beforeAll(() => {
  rsaKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  rsaDecoy = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
});

async function signWith(alg: string, form: KeyForm, payload: string) {
  const header = JSON.stringify({ alg, typ: 'JWT', ...(form.kid === undefined ? {} : { kid: form.kid }) });
  const input = `${b64(header)}.${b64(payload)}`;
  const read = await readKeyText(form.text, form.encoding);
  const key = chooseSigningKey(read, alg, form.kid);
  if (!key.ok) throw new Error(`${form.name}: ${describeSignError(key.error)}`);
  const signature = await signJws(input, alg, key.value);
  if (!signature.ok) throw new Error(`${form.name}: ${describeSignError(signature.error)}`);
  return { input, signature: signature.value, read, key: key.value };
}

describe('signing, one loop over the algorithm table', () => {
  it('has key pairs for every algorithm of the table', () => {
    expect(Object.keys(PAIRS).sort()).toEqual(Object.keys(ALGORITHMS).sort());
  });

  for (const alg of Object.keys(ALGORITHMS)) {
    for (const [i, makePair] of (PAIRS[alg] ?? []).entries()) {
      it(`${alg} (${i + 1}): every key form signs, and Node, jose, noble and verifyToken agree it verifies`, async () => {
        const pair = makePair();
        for (const form of pair.forms) {
          const { input, signature, read } = await signWith(alg, form, `{"sub":"${form.name}"}`);
          const bytes = Buffer.from(signature, 'base64url');
          expect(pair.independent(Buffer.from(input), bytes), `${alg} ${form.name}`).toBe(true);
          const fixed = findAlgorithm(alg)?.signatureBytes;
          if (fixed !== undefined) expect(bytes.length, form.name).toBe(fixed);
          if (pair.joseJwk !== undefined) {
            const key = await importJWK(pair.joseJwk, alg);
            await expect(
              compactVerify(`${input}.${signature}`, key, { algorithms: [alg] }),
            ).resolves.toBeDefined();
          }
          const verdict = await verifyToken(decodeToken(`${input}.${signature}`), read, form.text);
          expect(verdict.status, `${alg} ${form.name}: ${describeVerdict(verdict)}`).toBe('verified');
        }
      });
    }
  }

  it('signs ES256K with a low S, which noble checks strictly', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
    const point = publicKey.export({ format: 'der', type: 'spki' }).subarray(-65);
    for (let i = 0; i < 8; i++) {
      const form: KeyForm = { name: 'JWK', text: JSON.stringify(jwkOf(privateKey)), encoding: 'utf8' };
      const { input, signature } = await signWith('ES256K', form, `{"n":${i}}`);
      const sig = Buffer.from(signature, 'base64url');
      expect(secp256k1.verify(sig, Buffer.from(input), point, { lowS: true })).toBe(true);
    }
  });

  it('signs Ed448 that noble verifies', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed448');
    const x = Buffer.from(jwkOf(publicKey).x ?? '', 'base64url');
    const form: KeyForm = { name: 'JWK', text: JSON.stringify(jwkOf(privateKey)), encoding: 'utf8' };
    const { input, signature } = await signWith('Ed448', form, '{}');
    expect(ed448.verify(Buffer.from(signature, 'base64url'), Buffer.from(input), x)).toBe(true);
  });
});
