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
    return looksLikeDerSignature(signature)
      ? { code: 'ECDSA_DER_SIGNATURE', expected: size, found: signature.length }
      : undefined;
  }
  const half = size / 2;
  const zero = (part: Uint8Array): boolean => part.every((b) => b === 0);
  if (zero(signature.subarray(0, half)) || zero(signature.subarray(half))) return { code: 'ECDSA_ZERO' };
  return undefined;
}

/**
 * Whether bytes have the shape of a DER ECDSA-Sig-Value (RFC 3279 section 2.2.3): SEQUENCE { INTEGER r, INTEGER s },
 * with its length byte (short or long form) matching the bytes; a raw signature that merely starts with 0x30 does not.
 */
function looksLikeDerSignature(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0x30 || bytes.length < 8) return false;
  const first = bytes[1] ?? 0;
  const [length, header] = first === 0x81 ? [bytes[2] ?? 0, 3] : first < 0x80 ? [first, 2] : [-1, 0];
  return length === bytes.length - header && bytes[header] === 0x02;
}
