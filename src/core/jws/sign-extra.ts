import { ed448 } from '@noble/curves/ed448.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { ml_dsa44, ml_dsa65, ml_dsa87 } from '@noble/post-quantum/ml-dsa.js';
import type { JWK } from 'jose';
import { decodeBase64url } from '../encoding/base64url';
import { err, ok, type Result } from '../result';
import type { AlgorithmSpec } from './algorithms';
import type { SignError } from './sign-error';

const ML_DSA = { 'ML-DSA-44': ml_dsa44, 'ML-DSA-65': ml_dsa65, 'ML-DSA-87': ml_dsa87 } as const;

function member(jwk: JWK, name: 'd' | 'priv', length: number): Uint8Array | undefined {
  const value = (jwk as Record<string, unknown>)[name];
  if (typeof value !== 'string') return undefined;
  const bytes = decodeBase64url(value);
  return bytes.ok && bytes.value.length === length ? bytes.value : undefined;
}

/**
 * Signs with the algorithms WebCrypto lacks, with the audited @noble libraries (loaded only when such a key signs):
 * ES256K (RFC 8812 section 3.2: SHA-256, raw r||s, low S), EdDSA on Ed448 (RFC 8037 section 3.1, RFC 9864), and
 * ML-DSA-44/65/87 (FIPS 204, empty context; the AKP key's "priv" is the 32-byte seed).
 */
export function signExtra(spec: AlgorithmSpec, jwk: JWK, input: Uint8Array): Result<Uint8Array, SignError> {
  const unusable = err({ code: 'KEY_UNUSABLE', alg: spec.alg } as const);
  try {
    if (spec.alg === 'ES256K') {
      const d = member(jwk, 'd', 32);
      if (d === undefined) return unusable;
      return ok(secp256k1.sign(input, d, { lowS: true, prehash: true, format: 'compact' }));
    }
    if (spec.family === 'ml-dsa') {
      const scheme = ML_DSA[spec.alg as keyof typeof ML_DSA];
      const seed = member(jwk, 'priv', 32);
      if (seed === undefined) return unusable;
      return ok(scheme.sign(input, scheme.keygen(seed).secretKey));
    }
    if (jwk.crv === 'Ed448') {
      const d = member(jwk, 'd', 57);
      if (d === undefined) return unusable;
      return ok(ed448.sign(input, d));
    }
    return err({ code: 'INTERNAL', name: `no signer for ${spec.alg}` });
  } catch {
    return unusable;
  }
}
