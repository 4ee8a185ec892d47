import { describeKeyError, type KeyError } from '../keys/errors';
import type { PublicKeyEntry, ReadKey } from '../keys/key-material';
import { describeKeyType } from '../keys/key-type';
import {
  describeEncoding,
  describeSecretEncodingError,
  type SecretEncoding,
  type SecretEncodingError,
} from '../keys/secret';
import { MAX_P2C } from '../limits';
import type { Result } from '../result';
import {
  findJweAlg,
  findJweEnc,
  JWE_ALG_NAMES,
  JWE_ENC_NAMES,
  RSA_MIN_BITS,
  RSA1_5,
  symmetricKeyBytes,
  type JweAlgFamily,
} from './algorithms';
import type { FoundKey } from './decrypt-result';
import { describeJweKeyNeed } from './decrypt-words';
import { readSharedSecret, sharedSecretLengths } from './keys';
import { formatCount } from '../count';

/** The key management algorithms the encoder offers (RSA1_5 is never offered). */
export const JWE_ENCRYPT_ALGS: readonly string[] = JWE_ALG_NAMES;

/** The content encryption algorithms the encoder offers. */
export const JWE_ENCRYPT_ENCS: readonly string[] = JWE_ENC_NAMES;

/** The kinds of key an alg encrypts to, for a select's hints. */
export type JweKeyKind = 'rsa' | 'ec' | 'x25519' | 'shared-key' | 'password';

const KINDS: Record<JweAlgFamily, readonly JweKeyKind[]> = {
  'rsa-oaep': ['rsa'],
  'ecdh-es': ['ec', 'x25519'],
  'aes-kw': ['shared-key'],
  'aes-gcm-kw': ['shared-key'],
  dir: ['shared-key'],
  pbes2: ['password'],
};

/** Which kinds of key an alg encrypts to: a recipient's RSA, EC or X25519 public key, a shared key, a password. */
export function keyKindsForJweAlg(alg: string): readonly JweKeyKind[] {
  const spec = findJweAlg(alg);
  return spec === undefined ? [] : KINDS[spec.family];
}

/** Why a JWE cannot be made with the key and options given. */
export type EncryptFailure =
  | { readonly code: 'NO_KEY' }
  | { readonly code: 'KEY_UNREADABLE'; readonly error: KeyError }
  | { readonly code: 'SECRET_ENCODING'; readonly error: SecretEncodingError }
  | { readonly code: 'SECRET_EMPTY' }
  /** Not an alg the encoder offers (RSA1_5 included, RFC 8725 section 3.2). */
  | { readonly code: 'ALG_UNSUPPORTED'; readonly alg: string }
  | { readonly code: 'ENC_UNSUPPORTED'; readonly enc: string }
  | {
      readonly code: 'KEY_KIND_MISMATCH';
      readonly alg: string;
      readonly enc: string;
      readonly found: FoundKey;
    }
  | {
      readonly code: 'KEY_LENGTH';
      readonly alg: string;
      readonly enc: string;
      readonly needed: number;
      readonly found: number;
      readonly encoding?: SecretEncoding;
    }
  | { readonly code: 'KEY_TOO_SMALL'; readonly alg: string; readonly bits: number; readonly needed: number }
  /** No key of the set fits the alg (or has the kid asked for). */
  | { readonly code: 'NO_KEY_FITS'; readonly alg: string; readonly enc: string; readonly kid?: string }
  /** p2c must be a whole number from 1 to MAX_P2C. */
  | { readonly code: 'P2C_INVALID'; readonly p2c: number }
  | { readonly code: 'KEY_UNUSABLE'; readonly alg: string }
  | { readonly code: 'PLATFORM_UNSUPPORTED'; readonly alg: string; readonly enc: string }
  | { readonly code: 'INTERNAL'; readonly name: string };

export type EncryptFailureCode = EncryptFailure['code'];

function describeFound(found: FoundKey): string {
  if (found.kind === 'secret') return 'a secret';
  if (found.kty === 'oct') return 'a shared key (JWK)';
  return `${found.private ? 'a private' : 'a public'} ${describeKeyType(found.kty, found.crv)} key`;
}

function recipientNeed(alg: string, enc: string): string {
  const spec = findJweAlg(alg);
  switch (spec?.family) {
    case 'rsa-oaep':
      return `the recipient's RSA public key (PEM or JWK) of at least ${RSA_MIN_BITS} bits`;
    case 'ecdh-es':
      return "the recipient's EC (P-256, P-384, P-521) or X25519 public key (PEM or JWK)";
    default:
      return describeJweKeyNeed(alg, enc);
  }
}

/** The sentence for why encryption cannot run. */
export function describeEncryptFailure(failure: EncryptFailure): string {
  switch (failure.code) {
    case 'NO_KEY':
      return 'Not encrypted: no key has been given.';
    case 'KEY_UNREADABLE':
      return `Not encrypted: the key cannot be read: ${describeKeyError(failure.error).replace(/^./, (c) => c.toLowerCase())}`;
    case 'SECRET_ENCODING':
      return `Not encrypted: ${describeSecretEncodingError(failure.error).replace(/^./, (c) => c.toLowerCase())}`;
    case 'SECRET_EMPTY':
      return 'Not encrypted: the key is empty once decoded.';
    case 'ALG_UNSUPPORTED':
      return failure.alg === RSA1_5
        ? 'Not encrypted: RSA1_5 is not offered; its padding invites the Bleichenbacher attack (RFC 8725 section 3.2). Use RSA-OAEP-256.'
        : `Not encrypted: ${JSON.stringify(failure.alg)} is not a key management algorithm this page offers.`;
    case 'ENC_UNSUPPORTED':
      return `Not encrypted: ${JSON.stringify(failure.enc)} is not a content encryption algorithm this page offers.`;
    case 'KEY_KIND_MISMATCH':
      return `Not encrypted: the key is ${describeFound(failure.found)}, but ${failure.alg} encrypts to ${recipientNeed(failure.alg, failure.enc)}.`;
    case 'KEY_LENGTH':
      return `Not encrypted: ${failure.alg}${failure.alg === 'dir' ? ` with ${failure.enc}` : ''} needs ${describeJweKeyNeed(failure.alg, failure.enc)}, but the key is ${failure.found} byte${failure.found === 1 ? '' : 's'}${failure.encoding === undefined ? '' : ` read as ${describeEncoding(failure.encoding)}`}.`;
    case 'KEY_TOO_SMALL':
      return `Not encrypted: the RSA key has ${failure.bits} bits; RFC 7518 section 4.3 requires at least ${failure.needed} for ${failure.alg}.`;
    case 'NO_KEY_FITS':
      return failure.kid === undefined
        ? `Not encrypted: no key in the set fits ${failure.alg}; it encrypts to ${recipientNeed(failure.alg, failure.enc)}.`
        : `Not encrypted: no key in the set has the kid ${JSON.stringify(failure.kid)} and fits ${failure.alg}.`;
    case 'P2C_INVALID':
      return `Not encrypted: the PBKDF2 iteration count (p2c) must be a whole number from 1 to ${formatCount(MAX_P2C)}.`;
    case 'KEY_UNUSABLE':
      return `Not encrypted: the key cannot be used for ${failure.alg} (this browser would not import it for that).`;
    case 'PLATFORM_UNSUPPORTED':
      return `Not encrypted: this browser lacks what ${failure.alg} with ${failure.enc} needs.`;
    case 'INTERNAL':
      return `Encryption failed unexpectedly (${failure.name}).`;
  }
}

const EC_CURVES = new Set(['P-256', 'P-384', 'P-521']);

/** Whether a key of a set or the key input can be encrypted to with a family of algs. */
export function entryFits(entry: PublicKeyEntry, family: JweAlgFamily): boolean {
  switch (family) {
    case 'rsa-oaep':
      return entry.kty === 'RSA' && (entry.bits ?? 0) >= RSA_MIN_BITS;
    case 'ecdh-es':
      return (
        (entry.kty === 'EC' && EC_CURVES.has(entry.crv ?? '')) ||
        (entry.kty === 'OKP' && entry.crv === 'X25519')
      );
    default:
      return entry.kty === 'oct';
  }
}

function octLength(entry: PublicKeyEntry): number | undefined {
  return entry.kty === 'oct' && entry.bits !== undefined ? entry.bits / 8 : undefined;
}

/** What the key input is, read once for every alg and enc asked of it. */
type KeyInput =
  | {
      readonly read: Extract<ReadKey, { kind: 'secret' }>;
      readonly keyText: string;
      readonly lengths: ReadonlySet<number>;
    }
  | { readonly read: Exclude<ReadKey, { kind: 'secret' }> };

function keyInput(read: ReadKey, keyText: string): KeyInput {
  return read.kind === 'secret' ? { read, keyText, lengths: sharedSecretLengths(read, keyText) } : { read };
}

/** Whether the key input can serve an alg with an enc (the length a shared key needs included). */
function fits(alg: string, enc: string, input: KeyInput): boolean {
  const spec = findJweAlg(alg);
  const encSpec = findJweEnc(enc);
  if (spec === undefined || encSpec === undefined) return false;
  const needed = symmetricKeyBytes(spec, encSpec);
  if ('lengths' in input) {
    if (spec.family === 'rsa-oaep' || spec.family === 'ecdh-es') return false;
    // A password (PBES2) is the bytes as read; a key, of the length needed in some reading.
    return needed === undefined
      ? readSharedSecret(input.read, input.keyText, undefined).ok
      : input.lengths.has(needed);
  }
  const { read } = input;
  return read.keys.some(
    (entry) =>
      entry.use !== 'sig' &&
      entryFits(entry, spec.family) &&
      (needed === undefined || entry.kty !== 'oct' || octLength(entry) === needed),
  );
}

/**
 * The algs the encoder can use with the key input: every alg when no key is given yet, none when it cannot be
 * read; a shared key's algs by its length (in any reading), a password for PBES2, a recipient's public key for
 * RSA-OAEP or ECDH-ES.
 */
export function jweAlgsForKey(read: Result<ReadKey, KeyError>, keyText: string): readonly string[] {
  if (!read.ok) return read.error.code === 'KEY_EMPTY' ? JWE_ENCRYPT_ALGS : [];
  const input = keyInput(read.value, keyText);
  return JWE_ENCRYPT_ALGS.filter((alg) => JWE_ENCRYPT_ENCS.some((enc) => fits(alg, enc, input)));
}

/** The encs the encoder can use with an alg and the key input (dir: only those whose key length the key has). */
export function jweEncsForKey(
  alg: string,
  read: Result<ReadKey, KeyError>,
  keyText: string,
): readonly string[] {
  if (!read.ok) return read.error.code === 'KEY_EMPTY' ? JWE_ENCRYPT_ENCS : [];
  const input = keyInput(read.value, keyText);
  return JWE_ENCRYPT_ENCS.filter((enc) => fits(alg, enc, input));
}
