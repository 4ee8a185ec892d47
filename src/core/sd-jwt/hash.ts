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

/** The hashes WebCrypto computes (SHA-2), by their `_sd_alg` names; SHA-3 it does not. */
const WEB_CRYPTO_HASHES: Readonly<Partial<Record<SdHashName, string>>> = {
  'sha-256': 'SHA-256',
  'sha-384': 'SHA-384',
  'sha-512': 'SHA-512',
};

/**
 * `toSdDigest` through WebCrypto where it has the hash: off the page's thread in browsers, and native, where
 * hundreds of megabyte-sized disclosures hashed in JavaScript held the page for 70 ms. Never rejects: without
 * WebCrypto (or if it fails) it is `toSdDigest`.
 */
export async function toSdDigestAsync(text: string, alg: SdHashName): Promise<string> {
  const name = WEB_CRYPTO_HASHES[alg];
  const subtle = (globalThis.crypto as Crypto | undefined)?.subtle;
  if (name === undefined || subtle === undefined) return toSdDigest(text, alg);
  try {
    return toBase64url(new Uint8Array(await subtle.digest(name, ascii.encode(text))));
  } catch {
    return toSdDigest(text, alg);
  }
}
