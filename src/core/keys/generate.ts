import type { JWK } from 'jose';
import { toBase64url } from '../encoding/base64url';
import { err, ok, type Result } from '../result';
import { toPkcs8Pem, toPublicJwk, toSpkiPem } from './export';

/** Fills the array with random bytes; crypto.getRandomValues unless a test injects another. */
export type RandomSource = (bytes: Uint8Array<ArrayBuffer>) => void;

/** What kind of key to make, as the algorithm table asks for it. */
export type KeyRequest =
  | { readonly kind: 'secret'; readonly bytes: number }
  | { readonly kind: 'rsa'; readonly bits: 2048 | 3072 | 4096 }
  | { readonly kind: 'ec'; readonly crv: 'P-256' | 'P-384' | 'P-521' | 'secp256k1' }
  | { readonly kind: 'okp'; readonly crv: 'Ed25519' | 'Ed448' }
  | { readonly kind: 'ml-dsa'; readonly alg: 'ML-DSA-44' | 'ML-DSA-65' | 'ML-DSA-87' };

/** A new key, in memory only: what goes into the key input and how it is read, and the halves to show or copy. */
export type GeneratedKey =
  | {
      readonly kind: 'secret';
      readonly bytes: Uint8Array;
      /** The secret as base64url: the key input's text, read as base64url. */
      readonly keyText: string;
      readonly encoding: 'base64url';
    }
  | {
      readonly kind: 'pair';
      readonly privateJwk: JWK;
      readonly publicJwk: JWK;
      /** PKCS#8 "PRIVATE KEY", where a PEM form exists (not for ML-DSA). */
      readonly privatePem?: string;
      /** SPKI "PUBLIC KEY", where a PEM form exists (not for ML-DSA). */
      readonly publicPem?: string;
      /** The key input's text: the private PEM, else the private JWK as JSON. */
      readonly keyText: string;
      readonly encoding: 'utf8';
    };

/** Why no key was made, as a closed union (words come from describeGenerateError). */
export type GenerateError =
  /** Not an algorithm a key can be made for (alg "none", or one outside the table). */
  | { readonly code: 'ALG_UNKNOWN'; readonly alg: string }
  /** The platform's WebCrypto cannot make this kind of key. */
  | { readonly code: 'PLATFORM_UNSUPPORTED'; readonly key: KeyRequest['kind'] }
  | { readonly code: 'INTERNAL'; readonly name: string };

export type GenerateErrorCode = GenerateError['code'];

/** The sentence a user reads when no key could be made. */
export function describeGenerateError(error: GenerateError): string {
  switch (error.code) {
    case 'ALG_UNKNOWN':
      return `No key can be made for ${JSON.stringify(error.alg)}: choose a signature algorithm first.`;
    case 'PLATFORM_UNSUPPORTED':
      return 'This browser cannot make such a key; try another algorithm or a newer browser.';
    case 'INTERNAL':
      return `The key could not be made because of a fault in this debugger (${error.name}).`;
  }
}

const defaultRandom: RandomSource = (bytes) => {
  crypto.getRandomValues(bytes);
};

function randomBytes(length: number, random: RandomSource): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  random(bytes);
  return bytes;
}

function webCryptoParams(
  request: KeyRequest,
): RsaHashedKeyGenParams | EcKeyGenParams | Algorithm | undefined {
  switch (request.kind) {
    case 'rsa':
      // RFC 7518 section 3.3: any RSA key of 2048 bits or more; exponent 65537 as everyone uses it.
      return {
        name: 'RSASSA-PKCS1-v1_5',
        modulusLength: request.bits,
        publicExponent: new Uint8Array([1, 0, 1]),
        hash: 'SHA-256',
      };
    case 'ec':
      return request.crv === 'secp256k1' ? undefined : { name: 'ECDSA', namedCurve: request.crv };
    case 'okp':
      return request.crv === 'Ed25519' ? { name: 'Ed25519' } : undefined;
    default:
      return undefined;
  }
}

/** A key pair's private JWK with only its key members (WebCrypto adds alg, key_ops and ext). */
function keyMembers(jwk: JsonWebKey): JWK {
  const { alg: _alg, key_ops: _ops, ext: _ext, ...members } = jwk;
  return members;
}

async function withWebCrypto(
  params: RsaHashedKeyGenParams | EcKeyGenParams | Algorithm,
): Promise<JWK | undefined> {
  try {
    const pair = (await crypto.subtle.generateKey(params, true, ['sign', 'verify'])) as CryptoKeyPair;
    return keyMembers(await crypto.subtle.exportKey('jwk', pair.privateKey));
  } catch {
    return undefined;
  }
}

/** secp256k1, Ed448 and ML-DSA with @noble, loaded on demand, from our random bytes. */
async function withNoble(request: KeyRequest, random: RandomSource): Promise<JWK | undefined> {
  if (request.kind === 'ec' && request.crv === 'secp256k1') {
    const { secp256k1 } = await import('@noble/curves/secp256k1.js');
    let d = randomBytes(32, random);
    // A value outside 1..n-1 is vanishingly rare; draw again rather than reduce (no bias).
    for (let i = 0; i < 8 && !secp256k1.utils.isValidSecretKey(d); i++) d = randomBytes(32, random);
    const point = secp256k1.getPublicKey(d, false);
    return {
      kty: 'EC',
      crv: 'secp256k1',
      x: toBase64url(point.subarray(1, 33)),
      y: toBase64url(point.subarray(33)),
      d: toBase64url(d),
    };
  }
  if (request.kind === 'okp' && request.crv === 'Ed448') {
    const { ed448 } = await import('@noble/curves/ed448.js');
    const d = randomBytes(57, random);
    return { kty: 'OKP', crv: 'Ed448', x: toBase64url(ed448.getPublicKey(d)), d: toBase64url(d) };
  }
  if (request.kind === 'ml-dsa') {
    const { ml_dsa44, ml_dsa65, ml_dsa87 } = await import('@noble/post-quantum/ml-dsa.js');
    const scheme = { 'ML-DSA-44': ml_dsa44, 'ML-DSA-65': ml_dsa65, 'ML-DSA-87': ml_dsa87 }[request.alg];
    // The JOSE ML-DSA draft: an AKP key whose "priv" is the 32-byte seed, with its alg.
    const seed = randomBytes(32, random);
    const { publicKey } = scheme.keygen(seed);
    return { kty: 'AKP', alg: request.alg, pub: toBase64url(publicKey), priv: toBase64url(seed) };
  }
  return undefined;
}

/**
 * Makes a new key, client-side, in memory only: a random HMAC secret (RFC 7518 section 3.2), or a key pair with
 * WebCrypto (RSA, P-256/384/521, Ed25519) or @noble (secp256k1, Ed448, ML-DSA), with its PEM and JWK forms.
 * Randomness comes from `random` (crypto.getRandomValues) or, for WebCrypto's pairs, from WebCrypto. Never throws.
 */
export async function generateKey(
  request: KeyRequest,
  random: RandomSource = defaultRandom,
): Promise<Result<GeneratedKey, GenerateError>> {
  try {
    if (request.kind === 'secret') {
      const bytes = randomBytes(request.bytes, random);
      return ok({ kind: 'secret', bytes, keyText: toBase64url(bytes), encoding: 'base64url' });
    }
    const params = webCryptoParams(request);
    const privateJwk = params === undefined ? await withNoble(request, random) : await withWebCrypto(params);
    if (privateJwk === undefined) return err({ code: 'PLATFORM_UNSUPPORTED', key: request.kind });
    const publicJwk = toPublicJwk(privateJwk);
    if (publicJwk === undefined) return err({ code: 'INTERNAL', name: 'no public half' });
    const privatePem = await toPkcs8Pem(privateJwk);
    const publicPem = await toSpkiPem(publicJwk);
    return ok({
      kind: 'pair',
      privateJwk,
      publicJwk,
      ...(privatePem === undefined ? {} : { privatePem }),
      ...(publicPem === undefined ? {} : { publicPem }),
      keyText: privatePem ?? JSON.stringify(privateJwk, null, 2),
      encoding: 'utf8',
    });
  } catch (e) {
    return err({ code: 'INTERNAL', name: e instanceof Error ? e.name : 'unknown' });
  }
}
