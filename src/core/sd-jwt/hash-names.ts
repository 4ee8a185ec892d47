/**
 * The hashes an SD-JWT's `_sd_alg` may name that this page computes, by their names in the IANA "Named
 * Information Hash Algorithm" registry (RFC 9901 section 4.1.1). Names only: the functions are in hash.ts.
 */
export const SD_HASH_NAMES = ['sha-256', 'sha-384', 'sha-512', 'sha3-256', 'sha3-512'] as const;

export type SdHashName = (typeof SD_HASH_NAMES)[number];
