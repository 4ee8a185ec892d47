import { MAX_KEYS_TRIED } from '../limits';
import { describeKeySource } from '../keys/describe';
import { describeKeyError, type KeyError } from '../keys/errors';
import type { KeySource } from '../keys/key-material';
import { describeKeyType, type KeyTextKind, type KeyType } from '../keys/key-type';
import {
  describeEncoding,
  describeSecretEncodingError,
  type SecretEncoding,
  type SecretEncodingError,
} from '../keys/secret';
import { findAlgorithm, type KeyMismatch } from './algorithms';
import type { JoseFailure } from './jose';
import { describeRefusal, type HeaderRefusal } from './readiness';
import { formatCount } from '../count';

/** Why a key that fits the algorithm still cannot check the signature. */
export type UnusableKey =
  /** WebCrypto refused to import it for the algorithm. */
  | { readonly code: 'IMPORT_FAILED' }
  /** A public key member of the wrong length for its curve or parameter set. */
  | { readonly code: 'POINT_LENGTH'; readonly member: 'x' | 'y' | 'pub'; readonly expected: number }
  /** Not a valid point on its curve. */
  | { readonly code: 'POINT_INVALID' }
  /** No verifier for this key and algorithm. */
  | { readonly code: 'NO_VERIFIER' };

/** How one candidate key fared, with why, as a code and its fields (words come from describeCandidate). */
export type CandidateReport = {
  /** Where the key came from (words from describeKeySource). */
  readonly key: KeySource;
  readonly outcome: 'matched' | 'no-match' | 'skipped' | 'not-tried';
} & (
  | { readonly because: 'matched' | 'no-match' | 'earlier-match' | 'use-enc' | 'tried-limit' }
  /** The signature cannot be this key's: its length is not the one this key gives. */
  | { readonly because: 'signature-length'; readonly expected: number; readonly found: number }
  | { readonly because: 'kid-differs'; readonly kid?: string; readonly tokenKid: string }
  | { readonly because: 'alg-differs'; readonly keyAlg: string; readonly alg: string }
  | { readonly because: 'key-type'; readonly mismatch: KeyMismatch }
  | { readonly because: 'too-small'; readonly bits: number; readonly needed: number }
  | { readonly because: 'unusable'; readonly alg: string; readonly problem: UnusableKey }
  | { readonly because: 'unreadable'; readonly error: KeyError }
);

/** Why a candidate key fared as it did, as a code. */
export type CandidateBecause = CandidateReport['because'];

/** What a key-confusion refusal found where an HMAC secret belongs (RFC 8725 section 3.1). */
export type ConfusedKey =
  /** Key material that could not be read as a key, but is never a secret. */
  | { readonly kind: 'material'; readonly material: KeyTextKind }
  /** The bytes of the chosen reading of the secret are a DER-encoded key. */
  | { readonly kind: 'der-secret' }
  /** A JWKS with no kty "oct" key. */
  | { readonly kind: 'jwks-without-secret' }
  /** One public or private key; `via` is the reading it was found under when written without armour. */
  | {
      readonly kind: 'key';
      readonly private: boolean;
      readonly kty: KeyType;
      readonly crv?: string;
      readonly via?: SecretEncoding;
    };

/** The key a verdict was reached with: the secret in one reading, or one key of those given. */
export type CheckedKey =
  | { readonly kind: 'secret'; readonly encoding: SecretEncoding }
  | {
      readonly kind: 'key';
      readonly source: KeySource;
      /** True when it is the public half of a private key the user gave. */
      readonly fromPrivate: boolean;
    };

/** What a verified or invalid verdict says about the key and the header beside the outcome. */
interface Checked {
  readonly alg: string;
  /** The key that matched (verified) or was checked last (invalid). */
  readonly key: CheckedKey;
  readonly candidates: readonly CandidateReport[];
  /** The header's jwk, x5c, jku or x5u: a key carried or named by the token, never used. */
  readonly ignoredHeaderKeys?: readonly string[];
}

interface NoCandidates {
  readonly candidates: readonly CandidateReport[];
}

/**
 * A signature verdict: a union on `status`, each with the codes it may carry and their fields. A signature that
 * does not match is `invalid`; `error` means the key cannot be used for this alg (CONTRACT.md `verify-status`).
 */
export type Verdict =
  | ({
      readonly status: 'idle';
      readonly code: 'NO_KEY' | 'TOKEN_UNDECODABLE' | 'ENCRYPTED_TOKEN';
    } & NoCandidates)
  | ({ readonly status: 'unsigned'; readonly code: 'ALG_NONE' } & NoCandidates)
  | ({
      readonly status: 'verified';
      readonly code: 'VERIFIED';
      /** RFC 7515 section 4.1.4: no key given has the token's kid, although keys have kids. */
      readonly kidUnmatched?: { readonly kid: string; readonly fromSet: boolean };
    } & Checked)
  | ({
      readonly status: 'invalid';
      readonly code: 'SIGNATURE_MISMATCH';
      /** How many keys were checked against the signature. */
      readonly tried: number;
      /** Keys that fit but were not tried: past MAX_KEYS_TRIED, a set's other keys are counted, not tried. */
      readonly untried?: number;
      /** HMAC: another reading of the secret under which the signature matches. */
      readonly alternateEncoding?: SecretEncoding;
    } & Checked)
  /** The signature is not as long as the algorithm (and key) make it: it was cut or padded. */
  | ({
      readonly status: 'invalid';
      readonly code: 'SIGNATURE_LENGTH';
      readonly expected: number;
      readonly found: number;
    } & Checked)
  /** RFC 7518 section 3.4: ECDSA in JWS is raw r||s; a DER (ASN.1) signature never verifies. */
  | ({
      readonly status: 'invalid';
      readonly code: 'ECDSA_DER_SIGNATURE';
      readonly expected: number;
      readonly found: number;
    } & Checked)
  /** r or s is zero: never valid (CVE-2022-21449). */
  | ({ readonly status: 'invalid'; readonly code: 'ECDSA_ZERO' } & Checked)
  | ({
      readonly status: 'error';
      readonly code: HeaderRefusal['code'];
      readonly refusal: HeaderRefusal;
    } & NoCandidates)
  | ({
      readonly status: 'error';
      readonly code: 'HEADER_REJECTED';
      readonly failure: JoseFailure;
    } & NoCandidates)
  | ({
      readonly status: 'error';
      readonly code: 'KEY_ALG_MISMATCH';
      readonly mismatch: KeyMismatch;
    } & NoCandidates)
  | ({
      readonly status: 'error';
      readonly code: 'KEY_CONFUSION';
      readonly alg: string;
      readonly key: ConfusedKey;
    } & NoCandidates)
  | ({ readonly status: 'error'; readonly code: 'KEY_UNREADABLE'; readonly error: KeyError } & NoCandidates)
  | ({
      readonly status: 'error';
      readonly code: 'KEY_UNUSABLE';
      readonly alg: string;
      readonly problem: UnusableKey;
    } & NoCandidates)
  | ({
      readonly status: 'error';
      readonly code: 'KEY_TOO_SMALL';
      readonly alg: string;
      readonly bits: number;
      readonly needed: number;
    } & NoCandidates)
  | ({
      readonly status: 'error';
      readonly code: 'SECRET_ENCODING';
      readonly error: SecretEncodingError;
    } & NoCandidates)
  | ({ readonly status: 'error'; readonly code: 'SECRET_EMPTY' } & NoCandidates)
  /** No key given fits the algorithm; `candidates` says why each was skipped. */
  | ({
      readonly status: 'error';
      readonly code: 'NO_KEY_FITS';
      readonly alg: string;
      readonly fromSet: boolean;
    } & NoCandidates)
  | ({ readonly status: 'error'; readonly code: 'INTERNAL'; readonly name: string } & NoCandidates);

export type VerdictStatus = Verdict['status'];
export type VerdictCode = Verdict['code'];

function needs(alg: string): string {
  const spec = findAlgorithm(alg);
  if (spec === undefined) return 'another key';
  if (spec.kty === 'oct') return 'an HMAC secret';
  if (spec.curves !== undefined) return `a key of type ${spec.curves.join(' or ')}`;
  return `a key of type ${describeKeyType(spec.kty, spec.crv)}`;
}

/** Words for why a key cannot verify an algorithm. */
export function describeKeyMismatch(mismatch: KeyMismatch): string {
  const { alg, kty, crv } = mismatch;
  switch (mismatch.reason) {
    case 'kty':
      return kty === 'oct'
        ? `the key is an HMAC secret, but the header says ${alg}, which needs ${needs(alg).replace('a key', 'a public key')} (PEM, JWK or JWKS)`
        : `this key is ${describeKeyType(kty, crv)}, but the header says ${alg}, which needs ${needs(alg)}`;
    case 'crv':
      return `this key is ${describeKeyType(kty, crv)}, but ${alg} needs the curve ${findAlgorithm(alg)?.crv ?? 'of its own'}`;
    case 'curves':
      return `this key's curve ${crv ?? '(none)'} cannot be used with ${alg}`;
  }
}

function describeUnusable(problem: UnusableKey, alg: string): string {
  switch (problem.code) {
    case 'IMPORT_FAILED':
      return `it cannot be imported for ${alg}`;
    case 'POINT_LENGTH':
      return `its ${problem.member} must be ${problem.expected} bytes for ${alg}`;
    case 'POINT_INVALID':
      return 'the key is not a valid point on its curve';
    case 'NO_VERIFIER':
      return `there is no verifier for this key and ${alg}`;
  }
}

/** Words for why one candidate key fared as it did ("its kid "r" differs from the token's "b""). */
export function describeCandidate(report: CandidateReport): string {
  switch (report.because) {
    case 'matched':
      return 'the signature matches this key';
    case 'no-match':
      return 'the signature does not match this key';
    case 'signature-length':
      return `the signature is ${report.found} bytes, and this key's signatures are ${report.expected}`;
    case 'earlier-match':
      return 'an earlier key matched';
    case 'tried-limit':
      return `the page tries at most ${MAX_KEYS_TRIED} keys against one token`;
    case 'use-enc':
      return 'its use is "enc" (encryption), not signatures';
    case 'kid-differs':
      return `its kid ${report.kid === undefined ? 'is missing' : `"${report.kid}"`} differs from the token's "${report.tokenKid}"`;
    case 'alg-differs':
      return `its alg is ${report.keyAlg}, the token's is ${report.alg}`;
    case 'key-type':
      return describeKeyMismatch(report.mismatch);
    case 'too-small':
      return `its modulus is ${report.bits} bits; RFC 7518 section 3.3 requires at least ${report.needed}`;
    case 'unusable':
      return describeUnusable(report.problem, report.alg);
    case 'unreadable':
      return lowerFirst(describeKeyError(report.error).replace(/\.$/, ''));
  }
}

function describeFailure(failure: JoseFailure): string {
  switch (failure) {
    case 'not-supported':
      return 'its header asks for something this check does not support (for example an unknown "crit" extension)';
    case 'alg-not-allowed':
      return 'the algorithm is not allowed for this key';
    case 'invalid-token':
      return 'it is not a well-formed JWS';
    case 'invalid-key':
    case 'signature-mismatch':
      return 'the key cannot be used for this algorithm';
  }
}

function describeMaterial(kind: KeyTextKind): string {
  switch (kind) {
    case 'jwk':
    case 'jwks':
    case 'json-unknown':
      return 'a JWK or JWKS';
    case 'x509':
      return 'a certificate';
    case 'pkcs8':
    case 'pkcs1-private':
    case 'sec1':
    case 'encrypted-private':
      return 'a private key';
    case 'pem-unknown':
      return 'a PEM block';
    default:
      return 'a public key';
  }
}

function describeConfused(key: ConfusedKey, alg: string): string {
  switch (key.kind) {
    case 'material':
      return `The key is ${describeMaterial(key.material)}, not a secret, but the header says ${alg} (HMAC).`;
    case 'der-secret':
      return `The secret's bytes are a DER-encoded key, but the header says ${alg} (HMAC).`;
    case 'jwks-without-secret':
      return `The JWKS holds only public or private keys, no HMAC secret (kty "oct"), but the header says ${alg} (HMAC).`;
    case 'key': {
      const form =
        key.via === undefined ? '' : ` (written without PEM armour, as ${describeEncoding(key.via)})`;
      return `The key is ${key.private ? 'a private' : 'a public'} key of type ${describeKeyType(key.kty, key.crv)}${form}, but the header says ${alg} (HMAC).`;
    }
  }
}

/** Words for the key a verdict was reached with ("the secret, read as base64"). */
export function describeCheckedKey(key: CheckedKey): string {
  if (key.kind === 'secret') return `the secret, read as ${describeEncoding(key.encoding)}`;
  const label = describeKeySource(key.source);
  // A pasted PEM private key's words already say it is the public half.
  const said = key.source.kind === 'pasted' && ['pkcs8', 'pkcs1-private', 'sec1'].includes(key.source.form);
  return key.fromPrivate && !said ? `${label} (the public half of the private key you gave)` : label;
}

const MISMATCH =
  'The signature does not match: the token was changed after it was signed, or another key signed it.';

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function withIgnoredKeys(sentence: string, verdict: Checked): string {
  const named = verdict.ignoredHeaderKeys ?? [];
  if (named.length === 0) return sentence;
  return `${sentence} The header's ${named.join(', ')} ${named.length === 1 ? 'was' : 'were'} not used: a key carried or named by the token proves nothing; only the key you gave was.`;
}

/** The sentence a user reads for a verdict: what was checked, with which key, and why it came out so. */
export function describeVerdict(verdict: Verdict): string {
  switch (verdict.code) {
    case 'NO_KEY':
      return 'Not checked: no key has been given.';
    case 'TOKEN_UNDECODABLE':
      return 'Not checked: the token cannot be decoded.';
    case 'ENCRYPTED_TOKEN':
      return 'This token is encrypted (JWE): it has no signature to check here.';
    case 'ALG_NONE':
      return "Unsigned: the header says alg 'none', so there is nothing to verify.";
    case 'VERIFIED': {
      const kid = verdict.kidUnmatched;
      const kidWords =
        kid === undefined
          ? ''
          : ` But no key ${kid.fromSet ? 'in the set' : 'given'} has the token's kid ${JSON.stringify(kid.kid)}: a server that selects its key by kid rejects this token.`;
      return withIgnoredKeys(
        `Signature verified with ${describeCheckedKey(verdict.key)} (${verdict.alg}).${kidWords}`,
        verdict,
      );
    }
    case 'SIGNATURE_MISMATCH': {
      const alternate =
        verdict.alternateEncoding === undefined
          ? ''
          : ` It does verify if the secret is read as ${describeEncoding(verdict.alternateEncoding)}.`;
      const which =
        verdict.tried > 1 ? ` None of the ${verdict.tried} keys that fit ${verdict.alg} matched.` : '';
      if (verdict.untried !== undefined && verdict.untried > 0) {
        // Keys were left untried: one of them may have signed the token, so nothing says it was changed.
        const rest = `${formatCount(verdict.untried)} more key${verdict.untried === 1 ? '' : 's'}`;
        return withIgnoredKeys(
          `None of the first ${verdict.tried} keys of the set that fit ${verdict.alg} matches the signature, and ${rest} of the set that fit were not tried: this page tries at most ${MAX_KEYS_TRIED} keys against one token (a server picks one by kid). One of those may have signed it: give the token the kid of its key, or paste that one key.${alternate}`,
          verdict,
        );
      }
      return withIgnoredKeys(`${MISMATCH}${alternate}${which}`, verdict);
    }
    case 'SIGNATURE_LENGTH':
      return withIgnoredKeys(
        `The signature is ${verdict.found} bytes, but ${verdict.alg} signatures${findAlgorithm(verdict.alg)?.signatureBytes === undefined ? ' with this key' : ''} are ${verdict.expected} bytes: it was cut short or has extra bytes (often a character lost or added when copying), so it does not verify.`,
        verdict,
      );
    case 'ECDSA_DER_SIGNATURE':
      return `The signature is DER-encoded (${verdict.found} bytes starting 0x30); ${verdict.alg} needs the raw ${verdict.expected}-byte r||s form (RFC 7518 section 3.4), so it does not verify.`;
    case 'ECDSA_ZERO':
      return 'The signature has r or s equal to zero, which is never valid (the "psychic signature" attack, CVE-2022-21449).';
    case 'ALG_MISSING':
    case 'ALG_UNSUPPORTED':
    case 'B64_UNSUPPORTED':
    case 'CRIT_UNSUPPORTED':
      return describeRefusal(verdict.refusal);
    case 'HEADER_REJECTED':
      return `The token cannot be checked: ${describeFailure(verdict.failure)}.`;
    case 'KEY_ALG_MISMATCH': {
      const words = describeKeyMismatch(verdict.mismatch);
      return verdict.mismatch.kty === 'oct' && verdict.mismatch.reason === 'kty'
        ? `${words.charAt(0).toUpperCase()}${words.slice(1)}.`
        : `The key cannot verify this token: ${words}.`;
    }
    case 'KEY_CONFUSION':
      return `${describeConfused(verdict.key, verdict.alg)} A public key is never used as an HMAC secret: that is the RS/HS key-confusion attack (RFC 8725 section 3.1).`;
    case 'KEY_UNREADABLE':
      return `The key cannot be read: ${lowerFirst(describeKeyError(verdict.error))}`;
    case 'KEY_UNUSABLE':
      return `The key cannot be used for ${verdict.alg}: ${describeUnusable(verdict.problem, verdict.alg)}.`;
    case 'KEY_TOO_SMALL':
      return `The key cannot be used for ${verdict.alg}: its modulus is ${verdict.bits} bits; RFC 7518 section 3.3 requires at least ${verdict.needed}.`;
    case 'SECRET_ENCODING':
      return describeSecretEncodingError(verdict.error);
    case 'SECRET_EMPTY':
      return 'The secret is empty once decoded.';
    case 'NO_KEY_FITS': {
      const first = verdict.candidates[0];
      return verdict.fromSet || first === undefined
        ? `No key in the set can verify ${verdict.alg}.`
        : `The key cannot verify this token: ${describeCandidate(first)}.`;
    }
    case 'INTERNAL':
      return `The check failed unexpectedly (${verdict.name}).`;
  }
}

/** How a candidate key fared, in a word or two ("matched", "no match"). */
export function describeOutcome(outcome: CandidateReport['outcome']): string {
  switch (outcome) {
    case 'matched':
      return 'matched';
    case 'no-match':
      return 'no match';
    case 'skipped':
      return 'skipped';
    case 'not-tried':
      return 'not tried';
  }
}

function describeHiddenGroup(because: CandidateBecause): string {
  switch (because) {
    case 'matched':
      return 'matched';
    case 'no-match':
      return 'checked without a match';
    case 'signature-length':
      return 'checked, whose signatures are of another length';
    case 'earlier-match':
      return 'not tried because an earlier key matched';
    case 'tried-limit':
      return `not tried because the page tries at most ${MAX_KEYS_TRIED} keys`;
    case 'kid-differs':
      return "skipped because their kid differs from the token's";
    case 'use-enc':
      return 'skipped because they are encryption keys';
    case 'alg-differs':
      return 'skipped because their alg differs';
    case 'key-type':
      return 'skipped because their type does not fit';
    case 'too-small':
      return 'skipped because they are too small';
    case 'unusable':
      return 'skipped because they cannot be used';
    case 'unreadable':
      return 'skipped because they cannot be read';
  }
}

/** The line that counts the candidate keys not listed one by one ("and 4,992 more keys: 4,992 skipped because…"). */
export function describeHiddenCandidates(
  hidden: Readonly<Partial<Record<CandidateBecause, number>>>,
): string {
  const groups = (Object.entries(hidden) as Array<[CandidateBecause, number]>).filter(([, n]) => n > 0);
  const count = groups.reduce((sum, [, n]) => sum + n, 0);
  const parts = groups.map(([because, n]) => `${formatCount(n)} ${describeHiddenGroup(because)}`);
  return `and ${formatCount(count)} more key${count === 1 ? '' : 's'}: ${parts.join(', ')}.`;
}
