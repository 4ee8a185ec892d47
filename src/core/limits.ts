/**
 * The sizes past which the page refuses input rather than risk a frozen tab: each is checked by a linear look
 * (a length, a count of separators) before any parser runs, and each refusal names its limit. Where raising a
 * limit is safe (the work is linear and, for big tokens, off the main thread), the user may raise it once.
 */
export interface Limits {
  /** The longest token text decoded, in characters (after nothing: the pasted text as it is). */
  readonly tokenChars: number;
  /** The longest key text read, in characters. */
  readonly keyChars: number;
}

const MiB = 1024 * 1024;

/** The limits a page starts with: far above any real token or key, far below what freezes a tab. */
export const DEFAULT_LIMITS: Limits = { tokenChars: 8 * MiB, keyChars: 1 * MiB };

/**
 * The limits after the user raises them: the most this page decodes or reads at all. A token that long decodes
 * in the worker. Key text is read on the page, so keys stop at 2 MB: on a loaded 2-core machine a JWKS of 5,000
 * RSA keys (2 MB) is read and tried with no task over 50 ms, and a 2 MB secret in one task of 85 to 100 ms, once,
 * on the user's click; 4 MB took tasks of 50 to 270 ms, and 16 MB of secret one of 390 ms.
 */
export const RAISED_LIMITS: Limits = { tokenChars: 64 * MiB, keyChars: 2 * MiB };

/**
 * The most segments (parts between '.' or '~') a text is cut into. A JWS has 3, a JWE 5, an SD-JWT one per
 * disclosure plus 4; past this the text is refused as a whole without cutting it.
 */
export const MAX_SEGMENTS = 1000;

/**
 * The most keys of a JWKS tried against one token when its `kid` selects none: a server tries one key; trying
 * thousands only freezes the page. The rest are counted, not tried.
 */
export const MAX_KEYS_TRIED = 100;

/** The limits of JWE decryption: the work a token may ask for before any key work starts. */
export interface JweLimits {
  /** The most PBKDF2 iterations (PBES2 "p2c", RFC 7518 section 4.8.1.2) run for one token. */
  readonly maxP2c: number;
  /** The most bytes a compressed ("zip": "DEF") plaintext may inflate to. */
  readonly maxPlaintextBytes: number;
}

/**
 * The JWE limits a page starts with: 10,000 PBKDF2 iterations (jose's default; each try of a password costs
 * them) and 250 KB of inflated plaintext (a deflate bomb of a few KB would otherwise fill the memory).
 */
export const DEFAULT_JWE_LIMITS: JweLimits = { maxP2c: 10_000, maxPlaintextBytes: 250 * 1024 };

/** The most PBKDF2 iterations the user may raise maxP2c to for one token: past it the token is refused. */
export const MAX_P2C = 1_000_000;

/** A size in words: "9.5 MB", "812 KB", "400 bytes" (binary units, as the limits are). */
export function describeSize(chars: number): string {
  if (chars >= MiB) {
    const mb = chars / MiB;
    return `${mb >= 10 || Number.isInteger(mb) ? mb.toFixed(0) : mb.toFixed(1)} MB`;
  }
  if (chars >= 1024) return `${Math.round(chars / 1024)} KB`;
  return `${chars} byte${chars === 1 ? '' : 's'}`;
}
