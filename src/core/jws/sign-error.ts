import { describeKeySource } from '../keys/describe';
import { describeKeyError, type KeyError } from '../keys/errors';
import type { KeySource } from '../keys/key-material';
import { describeKeyType } from '../keys/key-type';
import { describeSecretEncodingError, type SecretEncodingError } from '../keys/secret';
import { findAlgorithm, type KeyMismatch } from './algorithms';
import { describeCandidate, type CandidateReport, type ConfusedKey } from './verdict';

/** Why a token cannot be signed, as a closed union with its fields (words come from describeSignError). */
export type SignError =
  /** Not a JWS algorithm of the table (and not "none"). */
  | { readonly code: 'ALG_UNKNOWN'; readonly alg: string }
  /** RFC 7518 section 3.6: "none" is produced only when the user asks for an unsecured token. */
  | { readonly code: 'ALG_NONE_NOT_ASKED' }
  | { readonly code: 'NO_KEY'; readonly alg: string }
  | { readonly code: 'KEY_UNREADABLE'; readonly error: KeyError }
  | { readonly code: 'SECRET_ENCODING'; readonly error: SecretEncodingError }
  | { readonly code: 'SECRET_EMPTY' }
  /** RFC 8725 section 3.1: key material where an HMAC secret belongs; its text is never used as one. */
  | { readonly code: 'KEY_CONFUSION'; readonly alg: string; readonly key: ConfusedKey }
  /** The key is of the wrong type or curve for the alg. */
  | { readonly code: 'KEY_ALG_MISMATCH'; readonly mismatch: KeyMismatch }
  /** A public key fits the alg, but signing needs its private half. */
  | { readonly code: 'PRIVATE_KEY_NEEDED'; readonly alg: string; readonly key: KeySource }
  /** Several keys (a JWKS), none of which can sign for the alg; `candidates` says why each was skipped. */
  | { readonly code: 'NO_KEY_FITS'; readonly alg: string; readonly candidates: readonly CandidateReport[] }
  /** RFC 7518 section 3.3: an RSA modulus under 2048 bits. */
  | { readonly code: 'KEY_TOO_SMALL'; readonly alg: string; readonly bits: number; readonly needed: number }
  /** The platform or the on-demand signer refused the private key for the alg (a malformed member). */
  | { readonly code: 'KEY_UNUSABLE'; readonly alg: string }
  /** An unexpected exception: a fault of ours, never a key problem. */
  | { readonly code: 'INTERNAL'; readonly name: string };

export type SignErrorCode = SignError['code'];

/** Which key of those given signs, and why that one (RFC 7515 section 4.1.4: kid names it). */
export type SigningChoice =
  /** The only key given, or the only private key that fits. */
  | 'only'
  /** The key whose kid is the header's kid. */
  | 'kid'
  /** Several private keys fit and no kid chose one: the first of them. */
  | 'first';

function needs(alg: string): string {
  const spec = findAlgorithm(alg);
  if (spec === undefined) return 'another key';
  if (spec.kty === 'oct') return 'an HMAC secret';
  if (spec.curves !== undefined) return `a private key of type ${spec.curves.join(' or ')}`;
  return `a private key of type ${describeKeyType(spec.kty, spec.crv)}`;
}

/** Words for why a key cannot sign for an algorithm. */
export function describeSignMismatch(mismatch: KeyMismatch): string {
  const { alg, kty, crv } = mismatch;
  const what = kty === 'oct' ? 'an HMAC secret' : `a key of type ${describeKeyType(kty, crv)}`;
  switch (mismatch.reason) {
    case 'kty':
      return `The key is ${what}, but ${alg} needs ${needs(alg)}.`;
    case 'crv':
      return `The key is ${what}, but ${alg} needs the curve ${findAlgorithm(alg)?.crv ?? 'of its own'}.`;
    case 'curves':
      return `The key's curve ${crv ?? '(none)'} cannot sign ${alg}.`;
  }
}

/** Words for the key that signs ("key 2 of the JWKS (kid "a"), chosen by the header's kid"). */
export function describeSigningChoice(key: KeySource, choice: SigningChoice): string {
  const which = describeKeySource(key);
  switch (choice) {
    case 'only':
      return which;
    case 'kid':
      return `${which}, chosen by the header's kid`;
    case 'first':
      return `${which}, the first of several keys that fit (no kid chose one)`;
  }
}

/** The sentence a user reads when a token cannot be signed: what is wrong, and what is needed instead. */
export function describeSignError(error: SignError): string {
  switch (error.code) {
    case 'ALG_UNKNOWN':
      return `${JSON.stringify(error.alg)} is not a signature algorithm this debugger can sign with.`;
    case 'ALG_NONE_NOT_ASKED':
      return 'An unsecured token (alg "none") is made only when you choose "none" yourself.';
    case 'NO_KEY':
      return `No key given: ${error.alg} needs ${needs(error.alg)} to sign.`;
    case 'KEY_UNREADABLE':
      return `The key cannot be read: ${describeKeyError(error.error)}`;
    case 'SECRET_ENCODING':
      return describeSecretEncodingError(error.error);
    case 'SECRET_EMPTY':
      return 'The secret is empty once decoded.';
    case 'KEY_CONFUSION':
      return `The key is key material, not a secret, but ${error.alg} signs with an HMAC secret; key text is never used as one (RFC 8725 section 3.1).`;
    case 'KEY_ALG_MISMATCH':
      return describeSignMismatch(error.mismatch);
    case 'PRIVATE_KEY_NEEDED':
      return `A private key is needed to sign ${error.alg}: ${describeKeySource(error.key)} is a public key, which can only verify.`;
    case 'NO_KEY_FITS': {
      const first = error.candidates[0];
      return first === undefined
        ? `No key given can sign ${error.alg}.`
        : `No key given can sign ${error.alg}: ${describeCandidate(first)}.`;
    }
    case 'KEY_TOO_SMALL':
      return `The key cannot sign ${error.alg}: its modulus is ${error.bits} bits; RFC 7518 section 3.3 requires at least ${error.needed}.`;
    case 'KEY_UNUSABLE':
      return `The private key cannot be used to sign ${error.alg}: one of its members is malformed.`;
    case 'INTERNAL':
      return `Signing failed unexpectedly (${error.name}).`;
  }
}
