import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { sha3_256, sha3_512 } from '@noble/hashes/sha3.js';
import { toBase64url } from '../encoding/base64url';
import type { SdHashName } from './hash-names';

export type { SdHashName } from './hash-names';

/** The hash functions of `SD_HASH_NAMES`; synchronous, through @noble/hashes. */
const SD_HASHES: Readonly<Record<SdHashName, (bytes: Uint8Array) => Uint8Array>> = {
  'sha-256': sha256,
  'sha-384': sha384,
  'sha-512': sha512,
  'sha3-256': sha3_256,
  'sha3-512': sha3_512,
};

/** The hash an SD-JWT uses when its payload has no `_sd_alg` (RFC 9901 section 4.1.1). */
export const DEFAULT_SD_HASH: SdHashName = 'sha-256';

/** True when `name` is a hash this page computes for `_sd_alg`. */
export function isSdHashName(name: string): name is SdHashName {
  return Object.hasOwn(SD_HASHES, name);
}

const ascii = new TextEncoder();

/**
 * The base64url digest of text, hashed as its ASCII bytes: a disclosure's digest (RFC 9901 section 4.2.3: over
 * the disclosure's base64url text, not the bytes it decodes to) or a presentation's `sd_hash` (section 4.3.1).
 */
export function toSdDigest(text: string, alg: SdHashName): string {
  return toBase64url(SD_HASHES[alg](ascii.encode(text)));
}
