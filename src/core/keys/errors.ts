import { describeSize, RAISED_LIMITS } from '../limits';
import { describeKeyType, type KeyTextKind, type KeyType } from './key-type';

/** The DER structures key reading expects, so an error can say which one it wanted. */
export type DerStructure =
  | 'spki'
  | 'pkcs1-public'
  | 'pkcs1-private'
  | 'pkcs8'
  | 'sec1'
  | 'x509'
  | 'encrypted-private'
  | 'ec-parameters';

/** Key algorithms people paste that cannot verify JWS signatures, named so the error says what they are. */
export type OtherKeyAlgorithm = 'x25519' | 'x448' | 'dsa' | 'rsa-oaep' | 'dh';

/** Every way reading key text can fail, as a closed union with what was expected and found. */
export type KeyProblem =
  /** Nothing was pasted. */
  | { readonly code: 'KEY_EMPTY' }
  /** More text than any key: refused before anything reads it (`found` and `limit` in characters). */
  | { readonly code: 'KEY_TOO_LARGE'; readonly found: number; readonly limit: number }
  /** RFC 7468 section 2: no "-----BEGIN label-----" line. */
  | { readonly code: 'PEM_NOT_FOUND' }
  /** The text is cut short: a BEGIN line with no END line (or another BEGIN before it). */
  | { readonly code: 'PEM_NO_END_LINE'; readonly label: string }
  | { readonly code: 'PEM_LABEL_MISMATCH'; readonly label: string; readonly found: string }
  /** A character outside base64 in the body; `at` is its 1-based position in the pasted text. */
  | { readonly code: 'PEM_BAD_BASE64'; readonly label: string; readonly char: string; readonly at: number }
  | { readonly code: 'PEM_BAD_PADDING'; readonly label: string }
  | { readonly code: 'PEM_EMPTY'; readonly label: string }
  /** The base64 body has a length no encoder writes (a character too many or too few): cut short. */
  | { readonly code: 'PEM_CUT_SHORT'; readonly label: string; readonly found: number }
  /** A PEM block whose label is not a key. */
  | { readonly code: 'PEM_NOT_KEY'; readonly label: string }
  /** A private key encrypted with a passphrase (PKCS#8 EncryptedPrivateKeyInfo, or RFC 1421 Proc-Type). */
  | { readonly code: 'KEY_ENCRYPTED' }
  /** No bytes where a structure was expected. */
  | { readonly code: 'ASN1_EMPTY'; readonly expected: DerStructure }
  /** The DER ends early: its outer length says `needed` bytes, `found` are there. */
  | {
      readonly code: 'ASN1_CUT_SHORT';
      readonly expected: DerStructure;
      readonly found: number;
      readonly needed: number;
    }
  /** `found` bytes follow the structure. */
  | { readonly code: 'ASN1_TRAILING_BYTES'; readonly expected: DerStructure; readonly found: number }
  /** Not valid DER at all. */
  | { readonly code: 'ASN1_INVALID'; readonly expected: DerStructure }
  /** Valid DER of another structure; `found` names it when it is a key structure we know. */
  | { readonly code: 'ASN1_WRONG_STRUCTURE'; readonly expected: DerStructure; readonly found?: DerStructure }
  /** RFC 5915 section 3: an ECPrivateKey of a version other than 1. */
  | { readonly code: 'SEC1_VERSION'; readonly found: number }
  /** An EC key that does not name its curve. */
  | { readonly code: 'CURVE_MISSING' }
  /** An EC key that spells out its curve parameters instead of naming a curve. */
  | { readonly code: 'CURVE_EXPLICIT' }
  /** A curve we cannot verify with; `curve` is its OID or name. */
  | { readonly code: 'CURVE_UNSUPPORTED'; readonly curve: string }
  /** A key algorithm that cannot verify JWS signatures; `algorithm` is its OID. */
  | { readonly code: 'KEY_UNSUPPORTED'; readonly algorithm: string; readonly known?: OtherKeyAlgorithm }
  /** Well-formed, but this platform cannot import it (a secp256k1 or Ed448 private key). */
  | {
      readonly code: 'KEY_NOT_IMPORTABLE';
      readonly format: 'spki' | 'pkcs8';
      readonly kty?: KeyType;
      readonly crv?: string;
    }
  /** A certificate whose validity dates are not valid times (RFC 5280 section 4.1.2.5). */
  | { readonly code: 'CERT_BAD_TIME' }
  /** Text that starts like JSON but does not parse. */
  | { readonly code: 'JSON_INVALID' }
  /** JSON that is neither a JWK (no "kty") nor a JWKS (no "keys" array). */
  | { readonly code: 'JSON_NOT_KEY' }
  /** RFC 7517 section 4.1: a kty that is not RSA, EC, OKP, AKP or oct; `found` is the value as JSON. */
  | { readonly code: 'JWK_BAD_KTY'; readonly found: string }
  /** RFC 7518 section 6: a member the key type requires is missing or not a string. */
  | { readonly code: 'JWK_MISSING_MEMBER'; readonly kty: KeyType; readonly member: string }
  /** A member that is not base64url. */
  | { readonly code: 'JWK_BAD_MEMBER'; readonly member: string }
  /** An entry of a JWKS "keys" array that is not a JSON object. */
  | { readonly code: 'JWKS_ENTRY_NOT_OBJECT' }
  /** An unexpected exception: a fault of ours, never a key problem. */
  | { readonly code: 'INTERNAL'; readonly name: string };

export type KeyErrorCode = KeyProblem['code'];

/** A key that cannot be read; `material` is what the text is when it is key material (never an HMAC secret). */
export type KeyError = KeyProblem & { readonly material?: KeyTextKind };

const STRUCTURES: Record<DerStructure, string> = {
  spki: 'a public key (SubjectPublicKeyInfo)',
  'pkcs1-public': 'an RSA public key (PKCS#1 RSAPublicKey)',
  'pkcs1-private': 'an RSA private key (PKCS#1 RSAPrivateKey)',
  pkcs8: 'a private key (PKCS#8 PrivateKeyInfo)',
  sec1: 'an EC private key (SEC1 ECPrivateKey)',
  x509: 'an X.509 certificate',
  'encrypted-private': 'an encrypted private key',
  'ec-parameters': 'EC parameters naming a curve',
};

/** Words for a DER structure ("an RSA public key (PKCS#1 RSAPublicKey)"). */
export function describeStructure(structure: DerStructure): string {
  return STRUCTURES[structure];
}

const OTHER_ALGORITHMS: Record<OtherKeyAlgorithm, string> = {
  x25519: 'an X25519 key-agreement key',
  x448: 'an X448 key-agreement key',
  dsa: 'a DSA key',
  'rsa-oaep': 'an RSA-OAEP encryption key',
  dh: 'a Diffie-Hellman key',
};

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

const EXPECTED_PEM =
  'PUBLIC KEY, RSA PUBLIC KEY, CERTIFICATE, PRIVATE KEY, RSA PRIVATE KEY or EC PRIVATE KEY';

/** The sentence a user reads for a key that cannot be read: what was expected, and what was found. */
export function describeKeyError(error: KeyError): string {
  switch (error.code) {
    case 'KEY_EMPTY':
      return 'No key given.';
    case 'KEY_TOO_LARGE': {
      const refused = `The key text is ${describeSize(error.found)}, over the ${describeSize(error.limit)} limit that keeps this page responsive, so it is not read.`;
      // Within the raised limit, the page offers the raise (`describeRaiseKeyLimit`): a key set can be that large.
      return canRaiseKeyLimit(error)
        ? `${refused} A secret, key or certificate chain is far smaller, so check what was pasted; a key set of thousands of keys can be read by raising the limit.`
        : `${refused} No secret, key, certificate chain or key set is this large: check what was pasted.`;
    }
    case 'PEM_NOT_FOUND':
      return 'No "-----BEGIN ...-----" line was found.';
    case 'PEM_NO_END_LINE':
      return `The PEM text is cut short: the "BEGIN ${error.label}" line has no matching "-----END ${error.label}-----" line.`;
    case 'PEM_LABEL_MISMATCH':
      return `The PEM block begins as "${error.label}" but ends as "${error.found}".`;
    case 'PEM_BAD_BASE64':
      return `The ${error.label} block holds ${JSON.stringify(error.char)} at character ${error.at}, where only base64 (A-Z, a-z, 0-9, +, /) belongs.`;
    case 'PEM_BAD_PADDING':
      return `The ${error.label} block has "=" padding before the end of its base64.`;
    case 'PEM_EMPTY':
      return `The ${error.label} block is empty.`;
    case 'PEM_CUT_SHORT':
      return `The ${error.label} block is cut short: its base64 is ${plural(error.found, 'character')}, a length no encoder writes (a character too many or too few).`;
    case 'PEM_NOT_KEY':
      return `A PEM block labelled "${error.label}" is not a key; expected ${EXPECTED_PEM}.`;
    case 'KEY_ENCRYPTED':
      return 'The private key is encrypted with a passphrase; paste the public key or an unencrypted private key.';
    case 'ASN1_EMPTY':
      return `Expected ${describeStructure(error.expected)}, found no bytes.`;
    case 'ASN1_CUT_SHORT':
      return `The key is cut short: expected ${describeStructure(error.expected)} of ${plural(error.needed, 'byte')}, found only ${error.found}.`;
    case 'ASN1_TRAILING_BYTES':
      return `Expected ${describeStructure(error.expected)}, found ${plural(error.found, 'unexpected byte')} after it.`;
    case 'ASN1_INVALID':
      return `Expected ${describeStructure(error.expected)}, found bytes that are not valid DER.`;
    case 'ASN1_WRONG_STRUCTURE':
      return `Expected ${describeStructure(error.expected)}, found ${error.found === undefined ? 'DER of another structure' : describeStructure(error.found)}.`;
    case 'SEC1_VERSION':
      return `Expected an EC private key of version 1 (RFC 5915 section 3), found version ${error.found}.`;
    case 'CURVE_MISSING':
      return 'The EC key does not name its curve.';
    case 'CURVE_EXPLICIT':
      return 'The EC key spells out its curve parameters instead of naming a curve; only named curves are supported.';
    case 'CURVE_UNSUPPORTED':
      return `The curve ${error.curve} is not supported; expected P-256, P-384, P-521 or secp256k1.`;
    case 'KEY_UNSUPPORTED':
      return `${error.known === undefined ? `A key of algorithm ${error.algorithm}` : capitalise(OTHER_ALGORITHMS[error.known])} cannot verify JWS signatures; expected an RSA, EC, Ed25519 or Ed448 key.`;
    case 'KEY_NOT_IMPORTABLE': {
      const what = error.kty === undefined ? 'key' : `${describeKeyType(error.kty, error.crv)} key`;
      return error.format === 'pkcs8'
        ? `This ${what} is well-formed, but its private key cannot be read here; paste its public key (PEM or JWK) instead.`
        : `This ${what} is well-formed, but it cannot be used here; expected an RSA, P-256, P-384, P-521, secp256k1, Ed25519 or Ed448 key.`;
    }
    case 'CERT_BAD_TIME':
      return 'The certificate has a validity date that is not a valid time.';
    case 'JSON_INVALID':
      return 'The text starts like JSON, but is not valid JSON.';
    case 'JSON_NOT_KEY':
      return 'The JSON is neither a JWK (it has no "kty") nor a JWKS (it has no "keys" array).';
    case 'JWK_BAD_KTY':
      return `The JWK's kty is ${error.found}, not RSA, EC, OKP, AKP or oct.`;
    case 'JWK_MISSING_MEMBER':
      return `An ${error.kty} JWK needs "${error.member}" (RFC 7518 section 6).`;
    case 'JWK_BAD_MEMBER':
      return `The JWK's "${error.member}" is not base64url.`;
    case 'JWKS_ENTRY_NOT_OBJECT':
      return 'This entry of the JWKS is not a JSON object.';
    case 'INTERNAL':
      return `The key could not be read because of a fault in this debugger (${error.name}).`;
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The words for key text refused for its size: its length and the limit it met (never the text itself). */
export function describeKeyTooLarge(refused: { readonly found: number; readonly limit: number }): string {
  return describeKeyError({ code: 'KEY_TOO_LARGE', found: refused.found, limit: refused.limit });
}

/**
 * Whether key text refused for its size (KEY_TOO_LARGE) would be read under the raised limit: the limit it met is
 * below that, and the text within it. The page then offers the raise (`describeRaiseKeyLimit`).
 */
export function canRaiseKeyLimit(refused: { readonly found: number; readonly limit: number }): boolean {
  return refused.limit < RAISED_LIMITS.keyChars && refused.found <= RAISED_LIMITS.keyChars;
}

/** The words on the button that raises the key size limit (KEY_TOO_LARGE) and reads the refused key text. */
export function describeRaiseKeyLimit(): string {
  return `Raise the limit to ${describeSize(RAISED_LIMITS.keyChars)} and read the key`;
}
