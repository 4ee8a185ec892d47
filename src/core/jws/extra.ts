import { ed448 } from '@noble/curves/ed448.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { ml_dsa44, ml_dsa65, ml_dsa87 } from '@noble/post-quantum/ml-dsa.js';
import { decodeBase64url } from '../encoding/base64url';
import type { PublicKeyEntry } from '../keys/key-material';
import type { AlgorithmSpec } from './algorithms';
import type { UnusableKey } from './verdict';

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
 * Ed448 (RFC 8037, and RFC 9864's Ed448), and ML-DSA-44/65/87 (FIPS 204, empty context, AKP keys). Returns whether
 * the signature matches, or why the key cannot be used.
 */
export function verifyExtra(
  spec: AlgorithmSpec,
  entry: PublicKeyEntry,
  signingInput: Uint8Array,
  signature: Uint8Array,
): boolean | UnusableKey {
  try {
    if (spec.alg === 'ES256K') {
      const x = member(entry, 'x');
      const y = member(entry, 'y');
      if (x?.length !== 32) return { code: 'POINT_LENGTH', member: 'x', expected: 32 };
      if (y?.length !== 32) return { code: 'POINT_LENGTH', member: 'y', expected: 32 };
      const point = new Uint8Array([0x04, ...x, ...y]);
      return secp256k1.verify(signature, signingInput, point, { lowS: false });
    }
    if (spec.family === 'ml-dsa') {
      const scheme = ML_DSA[spec.alg as keyof typeof ML_DSA];
      const pub = member(entry, 'pub');
      if (pub === undefined || pub.length !== scheme.lengths.publicKey)
        return { code: 'POINT_LENGTH', member: 'pub', expected: scheme.lengths.publicKey ?? 0 };
      // A signature of another length is refused before any key is tried.
      if (signature.length !== scheme.lengths.signature) return false;
      return scheme.verify(signature, signingInput, pub);
    }
    if (entry.crv === 'Ed448') {
      const x = member(entry, 'x');
      if (x?.length !== 57) return { code: 'POINT_LENGTH', member: 'x', expected: 57 };
      return ed448.verify(signature, signingInput, x);
    }
    return { code: 'NO_VERIFIER' };
  } catch {
    return { code: 'POINT_INVALID' };
  }
}
