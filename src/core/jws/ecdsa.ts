import type { AlgorithmSpec } from './algorithms';

/** What is wrong with the shape of an ECDSA signature, before any key is tried. */
export type EcdsaShapeProblem =
  | { readonly code: 'ECDSA_DER_SIGNATURE'; readonly expected: number; readonly found: number }
  | { readonly code: 'ECDSA_ZERO' };

/**
 * RFC 7518 section 3.4: an ECDSA signature in JWS is raw r||s of a fixed length. A DER (ASN.1 SEQUENCE) one never
 * verifies, and neither does r or s equal to zero (CVE-2022-21449). Other wrong lengths are left to the length check.
 */
export function checkEcdsaShape(spec: AlgorithmSpec, signature: Uint8Array): EcdsaShapeProblem | undefined {
  const size = spec.signatureBytes;
  if (spec.family !== 'ecdsa' || size === undefined) return undefined;
  if (signature.length !== size) {
    return signature[0] === 0x30
      ? { code: 'ECDSA_DER_SIGNATURE', expected: size, found: signature.length }
      : undefined;
  }
  const half = size / 2;
  const zero = (part: Uint8Array): boolean => part.every((b) => b === 0);
  if (zero(signature.subarray(0, half)) || zero(signature.subarray(half))) return { code: 'ECDSA_ZERO' };
  return undefined;
}
