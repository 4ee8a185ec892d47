import type { KeyError } from '../keys/errors';
import type { KeySource } from '../keys/key-material';
import type { KeyType } from '../keys/key-type';
import type { SecretEncoding, SecretEncodingError } from '../keys/secret';
import type { JweSegmentName, JweSegmentProblem } from './segments';

/** The key a JWE was decrypted (or last tried) with, for words. */
export type DecryptKeyUsed =
  /**
   * A shared key given as secret text, read as `encoding`. When that is not the reading the user chose
   * (`chosen`), the chosen reading did not give the `bytes` the alg needs and this one did.
   */
  | {
      readonly kind: 'secret';
      readonly encoding: SecretEncoding;
      readonly chosen: SecretEncoding;
      readonly bytes: number;
    }
  /** A PBES2 password: the secret text's bytes as read. */
  | { readonly kind: 'password'; readonly encoding: SecretEncoding }
  /** One key of those given: a PEM or JWK key, or one entry of a JWKS (an oct JWK for shared keys). */
  | { readonly kind: 'key'; readonly source: KeySource; readonly kty: KeyType; readonly crv?: string };

/** What the key input holds, when it cannot serve the alg. */
export type FoundKey =
  | { readonly kind: 'secret' }
  | { readonly kind: 'key'; readonly kty: KeyType; readonly crv?: string; readonly private: boolean };

/** Why the ephemeral public key of an ECDH-ES header cannot be used. */
export type EpkProblem = 'missing' | 'private' | 'curve' | 'point';

/** Why decryption cannot run: the token, the key, or the platform. Each code carries what its words need. */
export type DecryptError =
  /** The key input is empty. */
  | { readonly code: 'NO_KEY' }
  /** The header or a segment does not decode (the decode errors say where). */
  | { readonly code: 'TOKEN_UNDECODABLE' }
  | { readonly code: 'ALG_MISSING' }
  | { readonly code: 'ENC_MISSING'; readonly alg: string }
  | { readonly code: 'ALG_UNSUPPORTED'; readonly alg: string }
  | { readonly code: 'ENC_UNSUPPORTED'; readonly enc: string }
  /** RFC 7516 section 4.1.3: only "DEF" is defined. */
  | { readonly code: 'ZIP_UNSUPPORTED'; readonly zip: string }
  /** RFC 7516 section 4.1.13: extensions the page does not understand. */
  | { readonly code: 'CRIT_UNSUPPORTED'; readonly names: readonly string[] }
  /** RFC 7518 section 4.8.1.2: p2c missing, or not a positive integer. */
  | { readonly code: 'P2C_INVALID'; readonly alg: string }
  /** RFC 7518 section 4.8.1.1: p2s missing, not base64url, or under 8 bytes. */
  | { readonly code: 'P2S_INVALID'; readonly alg: string }
  /** RFC 7518 section 4.7.1: the header's iv (12 bytes) or tag (16 bytes) of AES-GCM key wrapping. */
  | { readonly code: 'GCMKW_PARAMS_INVALID'; readonly alg: string; readonly member: 'iv' | 'tag' }
  /** RFC 7518 section 4.6.1.1: the ephemeral public key. */
  | {
      readonly code: 'EPK_INVALID';
      readonly alg: string;
      readonly problem: EpkProblem;
      readonly crv?: string;
    }
  /** A segment whose size cannot fit the alg and enc. */
  | {
      readonly code: 'SEGMENT_SIZE';
      readonly segment: JweSegmentName;
      readonly problem: JweSegmentProblem;
      readonly found: number;
      readonly alg: string;
    }
  | { readonly code: 'KEY_UNREADABLE'; readonly error: KeyError }
  | { readonly code: 'SECRET_ENCODING'; readonly error: SecretEncodingError }
  | { readonly code: 'SECRET_EMPTY' }
  /** Only a public key of the right type was given: decryption needs its private key. */
  | {
      readonly code: 'PRIVATE_KEY_NEEDED';
      readonly alg: string;
      readonly kty: KeyType;
      readonly crv?: string;
      readonly fromSet: boolean;
    }
  /** The key is of a kind the alg cannot use (a secret for RSA-OAEP, an RSA key for A128KW). */
  | {
      readonly code: 'KEY_KIND_MISMATCH';
      readonly alg: string;
      readonly enc: string;
      readonly found: FoundKey;
      readonly crv?: string;
    }
  /** A shared key of the wrong length: `found` bytes in the chosen reading, `needed` for the alg (and enc). */
  | {
      readonly code: 'KEY_LENGTH';
      readonly alg: string;
      readonly enc: string;
      readonly needed: number;
      readonly found: number;
      /** The reading of secret text; absent for an oct JWK. */
      readonly encoding?: SecretEncoding;
    }
  /** The token was encrypted to a key on another curve. */
  | {
      readonly code: 'EPK_CURVE_MISMATCH';
      readonly alg: string;
      readonly keyCrv: string;
      readonly epkCrv: string;
    }
  /** RFC 7518 section 4.3: RSA-OAEP keys have at least 2048 bits. */
  | { readonly code: 'KEY_TOO_SMALL'; readonly alg: string; readonly bits: number; readonly needed: number }
  /** No key of the set can decrypt this alg (and enc). */
  | { readonly code: 'NO_KEY_FITS'; readonly alg: string; readonly enc: string; readonly crv?: string }
  /** The key fits on paper, but the platform would not import it for the alg. */
  | { readonly code: 'KEY_UNUSABLE'; readonly alg: string }
  /** The platform lacks what the alg or enc needs (X25519, 192-bit AES, DecompressionStream). */
  | { readonly code: 'PLATFORM_UNSUPPORTED'; readonly alg: string; readonly enc: string }
  /** jose found the token malformed in a way the checks before it did not name. */
  | { readonly code: 'TOKEN_INVALID'; readonly alg: string; readonly enc: string }
  /** The key was right, but the decrypted plaintext is not valid DEFLATE data. */
  | { readonly code: 'DECOMPRESS_FAILED' }
  /** An unexpected failure: a fault of ours, never a key or token problem. */
  | { readonly code: 'INTERNAL'; readonly name: string };

export type DecryptErrorCode = DecryptError['code'];

/** A token the page will not decrypt whatever the key: decided before any key work, except ZIP_TOO_LARGE. */
export type DecryptRefusal =
  /** PBES2 asks for more PBKDF2 iterations than the limit; raisable up to MAX_P2C. */
  | {
      readonly code: 'P2C_TOO_HIGH';
      readonly found: number;
      readonly limit: number;
      readonly raisable: boolean;
    }
  /** RSAES-PKCS1-v1_5 (RFC 8725 section 3.2): a padding oracle (Bleichenbacher) whatever the key. */
  | { readonly code: 'RSA1_5'; readonly raisable: false }
  /** The compressed plaintext inflates past the limit (a zip bomb). */
  | { readonly code: 'ZIP_TOO_LARGE'; readonly limit: number; readonly raisable: false };

/** What decrypting a JWE with the key the user gave came to (a union on `status`). */
export type DecryptResult =
  | {
      readonly status: 'decrypted';
      readonly alg: string;
      readonly enc: string;
      readonly plaintext: Uint8Array;
      readonly zip?: 'DEF';
      /** Which key decrypted, for words: the JWKS index and kid, or how a shared key was read. */
      readonly key: DecryptKeyUsed;
      /** The header's cty is "JWT" (RFC 7516 section 4.1.12, RFC 7519 section 5.2), or the plaintext is a compact JWS or JWE. */
      readonly nested: boolean;
      readonly cty?: string;
      /** The token's kid, when no key given has it (a key without it decrypted). */
      readonly kidUnmatched?: string;
      /** True when the pure AES-192 path decrypted it (the platform lacks 192-bit AES). */
      readonly fallback?: boolean;
    }
  | {
      readonly status: 'failed';
      readonly code: 'DECRYPTION_FAILED';
      readonly alg: string;
      readonly enc: string;
      /** How many keys were tried. */
      readonly tried: number;
      /** Keys of a set that fit but were not tried (past MAX_KEYS_TRIED). */
      readonly untried?: number;
      /** The key tried, when it was one. */
      readonly key?: DecryptKeyUsed;
    }
  | ({ readonly status: 'error' } & DecryptError)
  | ({ readonly status: 'refused' } & DecryptRefusal);

export type DecryptStatus = DecryptResult['status'];
