import type { JWK } from 'jose';

/** Why one decryption attempt did not give a plaintext, read from the library's stable error codes. */
export type AttemptFailure =
  /** The tag does not match: another key, or the token was changed. */
  | 'decryption-failed'
  /** The inflated plaintext passed the limit. */
  | 'zip-too-large'
  /** The plaintext is not valid DEFLATE data. */
  | 'decompress-failed'
  /** The token is malformed in a way the checks before did not name. */
  | 'invalid'
  /** The platform lacks an algorithm or API the token needs. */
  | 'not-supported'
  /** The key could not be imported or used for the algorithm. */
  | 'invalid-key';

/** One decryption attempt with one key: its plaintext, or why not. */
export type Attempt =
  | { readonly ok: true; readonly plaintext: Uint8Array }
  | { readonly ok: false; readonly failure: AttemptFailure };

/** What one attempt allows: exactly the token's alg and enc, and the limits. */
export interface DecryptOptions {
  readonly alg: string;
  readonly enc: string;
  /** The header says zip "DEF". */
  readonly zip: boolean;
  readonly maxP2c: number;
  readonly maxPlaintextBytes: number;
}

/** Decrypts a compact JWE with one key; the JWE's checks have passed. Never throws. */
export type DecryptEngine = (
  compact: string,
  key: Uint8Array | JWK,
  options: DecryptOptions,
) => Promise<Attempt>;
