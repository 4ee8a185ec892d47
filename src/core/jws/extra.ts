import { ed448 } from '@noble/curves/ed448.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { ml_dsa44, ml_dsa65, ml_dsa87 } from '@noble/post-quantum/ml-dsa.js';
import { decodeBase64url } from '../encoding/base64url';
import type { PublicKeyEntry } from '../keys/read';
import type { AlgorithmSpec } from './algorithms';

const ML_DSA = { 'ML-DSA-44': ml_dsa44, 'ML-DSA-65': ml_dsa65, 'ML-DSA-87': ml_dsa87 } as const;

function member(entry: PublicKeyEntry, name: 'x' | 'y' | 'pub'): Uint8Array | undefined {
  const value = (entry.jwk as Record<string, unknown>)[name];
  if (typeof value !== 'string') return undefined;
  const bytes = decodeBase64url(value);
  return bytes.ok ? bytes.value : undefined;
}

/**
 * Checks a signature for the algorithms WebCrypto lacks, with the audited @noble/curves (loaded only when such a
 * token appears): ES256K (RFC 8812 section 3.2, raw r||s over SHA-256, high S accepted as in JOSE) and EdDSA on
 * Ed448 (RFC 8037), and ML-DSA-44/65/87 (FIPS 204, empty context, AKP keys). Returns whether the signature matches, or a reason the key cannot be used.
 */
export function verifyExtra(
  spec: AlgorithmSpec,
  entry: PublicKeyEntry,
  signingInput: Uint8Array,
  signature: Uint8Array,
): boolean | string {
  try {
    if (spec.alg === 'ES256K') {
      const x = member(entry, 'x');
      const y = member(entry, 'y');
      if (x?.length !== 32 || y?.length !== 32) return 'its x and y must be 32 bytes each';
      const point = new Uint8Array([0x04, ...x, ...y]);
      return secp256k1.verify(signature, signingInput, point, { lowS: false });
    }
    if (spec.family === 'ml-dsa') {
      const scheme = ML_DSA[spec.alg as keyof typeof ML_DSA];
      const pub = member(entry, 'pub');
      if (pub === undefined || pub.length !== scheme.lengths.publicKey)
        return `its pub must be ${scheme.lengths.publicKey ?? '?'} bytes for ${spec.alg}`;
      if (signature.length !== scheme.lengths.signature)
        return `the signature must be ${scheme.lengths.signature ?? '?'} bytes for ${spec.alg}`;
      return scheme.verify(signature, signingInput, pub);
    }
    if (entry.crv === 'Ed448') {
      const x = member(entry, 'x');
      if (x?.length !== 57) return 'its x must be 57 bytes';
      return ed448.verify(signature, signingInput, x);
    }
    return 'no verifier for this key';
  } catch {
    return 'the key is not a valid point on its curve';
  }
}
