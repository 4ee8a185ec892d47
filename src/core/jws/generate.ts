import {
  generateKey,
  type GeneratedKey,
  type GenerateError,
  type KeyRequest,
  type RandomSource,
} from '../keys/generate';
import { err, type Result } from '../result';
import { findAlgorithm, type AlgorithmSpec } from './algorithms';

/** What key `spec` signs with: a secret of the hash's length, RSA of `rsaBits`, or the alg's curve. */
function requestFor(spec: AlgorithmSpec, rsaBits: 2048 | 3072 | 4096): KeyRequest | undefined {
  switch (spec.family) {
    case 'hmac':
      // RFC 7518 section 3.2: a secret at least as long as the hash output.
      return { kind: 'secret', bytes: (spec.hashBits ?? 256) / 8 };
    case 'rsa':
    case 'rsa-pss':
      return { kind: 'rsa', bits: rsaBits };
    case 'ecdsa':
      return spec.crv === 'P-256' || spec.crv === 'P-384' || spec.crv === 'P-521' || spec.crv === 'secp256k1'
        ? { kind: 'ec', crv: spec.crv }
        : undefined;
    case 'eddsa':
      // EdDSA allows either curve; Ed25519 is the one every platform has.
      return { kind: 'okp', crv: spec.crv === 'Ed448' ? 'Ed448' : 'Ed25519' };
    case 'ml-dsa':
      return spec.alg === 'ML-DSA-44' || spec.alg === 'ML-DSA-65' || spec.alg === 'ML-DSA-87'
        ? { kind: 'ml-dsa', alg: spec.alg }
        : undefined;
  }
}

/**
 * Makes a new key suited to `alg` from the algorithm table: a random secret of the hash's length for HS*, RSA
 * 2048 (or `rsaBits`) for RS* and PS*, the alg's curve for ES*, Ed25519 for EdDSA and Ed25519, Ed448 for Ed448,
 * and ML-DSA for ML-DSA-*. Never throws.
 */
export async function generateKeyFor(
  alg: string,
  options: { readonly rsaBits?: 2048 | 3072 | 4096; readonly random?: RandomSource } = {},
): Promise<Result<GeneratedKey, GenerateError>> {
  const spec = findAlgorithm(alg);
  const request = spec === undefined ? undefined : requestFor(spec, options.rsaBits ?? 2048);
  if (request === undefined) return err({ code: 'ALG_UNKNOWN', alg });
  return generateKey(request, options.random);
}
