import { shake256 } from '@noble/hashes/sha3.js';
import { toBase64url } from '../encoding/base64url';
import { findAlgorithm } from '../jws/algorithms';

/** The hash OpenID Connect takes for at_hash and c_hash: that of the token's alg. */
export type TokenHash = 'SHA-256' | 'SHA-384' | 'SHA-512' | 'SHAKE256';

/**
 * The hash of an alg for at_hash / c_hash (OpenID Connect Core 1.0 sections 3.1.3.6 and 3.3.2.11): the alg's
 * SHA-2; for EdDSA, per the specification's errata, SHA-512 for Ed25519 (and for "EdDSA", which is Ed25519 in
 * practice) and SHAKE256 (114 bytes) for Ed448. Undefined for algs that name no hash (none, ML-DSA).
 */
export function toTokenHash(alg: string): TokenHash | undefined {
  if (alg === 'EdDSA' || alg === 'Ed25519') return 'SHA-512';
  if (alg === 'Ed448') return 'SHAKE256';
  const bits = findAlgorithm(alg)?.hashBits;
  return bits === undefined ? undefined : `SHA-${bits}`;
}

/**
 * The at_hash or c_hash of a value for an alg: the base64url of the left-most half of the hash of its ASCII
 * octets (OpenID Connect Core 1.0 section 3.1.3.6), with WebCrypto (or SHAKE256 for Ed448); undefined when the
 * alg names no hash.
 */
export async function computeTokenHash(value: string, alg: string): Promise<string | undefined> {
  const hash = toTokenHash(alg);
  if (hash === undefined) return undefined;
  const bytes = new TextEncoder().encode(value);
  const digest =
    hash === 'SHAKE256'
      ? shake256(bytes, { dkLen: 114 })
      : new Uint8Array(await crypto.subtle.digest(hash, bytes));
  return toBase64url(digest.slice(0, digest.length / 2));
}
