import { describeKeySource } from '../keys/describe';
import { describeKeyError } from '../keys/errors';
import { describeKeyType } from '../keys/key-type';
import { describeEncoding, describeSecretEncodingError } from '../keys/secret';
import { describeSize, MAX_KEYS_TRIED, MAX_P2C } from '../limits';
import { findJweAlg, findJweEnc, RSA_MIN_BITS, symmetricKeyBytes } from './algorithms';
import type { DecryptKeyUsed, DecryptResult, EpkProblem, FoundKey } from './decrypt-result';
import { describeJweSegmentProblem, type JweSegmentName } from './segments';
import { formatCount } from '../count';

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function plural(n: number, word: string): string {
  return `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;
}

/** Words for the key a JWE was decrypted or tried with ("the secret, read as base64url"). */
export function describeDecryptKey(key: DecryptKeyUsed): string {
  switch (key.kind) {
    case 'secret':
      return key.encoding === key.chosen
        ? `the shared key, read as ${describeEncoding(key.encoding)}`
        : `the shared key, read as ${describeEncoding(key.encoding)} (as ${describeEncoding(key.chosen)} it is not the ${key.bytes} bytes needed)`;
    case 'password':
      return `the password, read as ${describeEncoding(key.encoding)}`;
    case 'key': {
      const type = key.kty === 'oct' ? 'shared key' : `${describeKeyType(key.kty, key.crv)} private key`;
      return key.source.kind === 'jwks'
        ? `${describeKeySource(key.source)}, a ${type}`
        : `the ${type} you gave${key.source.form === 'jwk' ? ' (JWK)' : ''}`;
    }
  }
}

/** Words for the key an alg and enc need ("an RSA private key (PEM or JWK) of at least 2048 bits"). */
export function describeJweKeyNeed(alg: string, enc: string, crv?: string): string {
  const spec = findJweAlg(alg);
  const encSpec = findJweEnc(enc);
  if (spec === undefined) return 'a key this page can use';
  switch (spec.family) {
    case 'rsa-oaep':
      return `an RSA private key (PEM or JWK) of at least ${RSA_MIN_BITS} bits`;
    case 'ecdh-es':
      if (crv === 'X25519') return 'an X25519 private key (PEM or JWK)';
      if (crv !== undefined) return `an EC ${crv} private key (PEM or JWK)`;
      return 'an EC (P-256, P-384 or P-521) or X25519 private key (PEM or JWK)';
    case 'pbes2':
      return 'a password';
    default: {
      const bytes = encSpec === undefined ? undefined : symmetricKeyBytes(spec, encSpec);
      if (bytes === undefined) return 'a shared key';
      return `a ${bytes}-byte shared key (a JWK of kty "oct", or ${bytes} characters of text, ${bytes * 2} hex digits or ${Math.ceil((bytes * 4) / 3)} base64url characters)`;
    }
  }
}

function describeFound(found: FoundKey): string {
  if (found.kind === 'secret') return 'a secret';
  if (found.kty === 'oct') return 'a shared key (JWK)';
  return `${found.private ? 'a private' : 'a public'} ${describeKeyType(found.kty, found.crv)} key`;
}

function describeEpkProblem(problem: EpkProblem, crv: string | undefined): string {
  switch (problem) {
    case 'missing':
      return "the header has no epk (the sender's one-time public key), which ECDH-ES needs";
    case 'private':
      return "the header's epk carries a private key, which no sender would send";
    case 'curve':
      return `the header's epk is on ${crv === undefined ? 'no curve ECDH-ES supports' : `the curve ${JSON.stringify(crv)}`}; ECDH-ES here takes P-256, P-384, P-521 or X25519`;
    case 'point':
      return `the header's epk is not a valid ${crv ?? ''} public key`.replace('  ', ' ');
  }
}

const SEGMENT_NAMES: Record<JweSegmentName, string> = {
  'encrypted-key': 'encrypted key',
  iv: 'IV',
  ciphertext: 'ciphertext',
  tag: 'authentication tag',
};

const NOT_VERIFIED =
  'Decrypted, not verified: encryption shows whom the token was for, not who made it; anyone with the recipient’s public key could have encrypted it.';

const NOT_VERIFIED_SHARED =
  'Decrypted, not verified: a shared key shows the token was made by someone holding it, and every holder (the recipient too) can make one.';

function decryptedWords(result: Extract<DecryptResult, { status: 'decrypted' }>): string {
  const how = `Decrypted with ${describeDecryptKey(result.key)} (${result.alg}, ${result.enc}${result.zip === undefined ? '' : ', then inflated'}).`;
  const family = findJweAlg(result.alg)?.family;
  const asymmetric = family === 'rsa-oaep' || family === 'ecdh-es';
  const nested = result.nested
    ? ' The plaintext is a signed token (nested JWT): check its signature to know who issued it.'
    : '';
  const kid =
    result.kidUnmatched === undefined
      ? ''
      : ` No key given has the token's kid ${JSON.stringify(result.kidUnmatched)}: a server that selects its key by kid would not find one.`;
  return `${how} ${asymmetric ? NOT_VERIFIED : NOT_VERIFIED_SHARED}${nested}${kid}`;
}

/** The sentence shown in the decrypt status: what came of decrypting, with which key, and why. */
export function describeDecrypt(result: DecryptResult): string {
  switch (result.status) {
    case 'decrypted':
      return decryptedWords(result);
    case 'failed': {
      const which =
        result.tried > 1
          ? `None of the ${result.tried} keys that fit ${result.alg} decrypts it`
          : result.key === undefined
            ? 'The key does not decrypt it'
            : `${describeDecryptKey(result.key).replace(/^the/, 'The')} does not decrypt it`;
      const untried =
        result.untried === undefined
          ? ''
          : ` ${plural(result.untried, 'more key')} of the set that fit were not tried: this page tries at most ${MAX_KEYS_TRIED} keys against one token.`;
      return `Not decrypted. ${which}: the authentication tag does not match, so it was encrypted to another key, or changed since.${untried}`;
    }
    case 'refused':
      return describeRefusal(result);
    case 'error':
      return describeDecryptError(result);
  }
}

function describeRefusal(result: Extract<DecryptResult, { status: 'refused' }>): string {
  switch (result.code) {
    case 'RSA1_5':
      return 'Not decrypted: RSA1_5 (RSAES-PKCS1-v1_5) is refused whatever the key. Its padding lets anyone who can send tokens to a decrypter learn plaintexts (the Bleichenbacher padding oracle), so RFC 8725 section 3.2 says not to use it; use RSA-OAEP-256.';
    case 'P2C_TOO_HIGH':
      return result.raisable
        ? `Not decrypted: the header asks for ${plural(result.found, 'PBKDF2 iteration')} (p2c), more than the ${formatCount(result.limit)} this page runs without asking. Raise the limit to decrypt it; a huge p2c is a way to freeze a decrypter.`
        : `Not decrypted: the header asks for ${plural(result.found, 'PBKDF2 iteration')} (p2c), more than the ${formatCount(MAX_P2C)} this page ever runs; a huge p2c is a way to freeze a decrypter.`;
    case 'ZIP_TOO_LARGE':
      return `Decrypted with the right key, but not shown: the compressed plaintext inflates past ${describeSize(result.limit)}, the most this page inflates (a small token that inflates without end is a zip bomb).`;
  }
}

function describeDecryptError(result: Extract<DecryptResult, { status: 'error' }>): string {
  switch (result.code) {
    case 'NO_KEY':
      return 'Not decrypted: no key has been given.';
    case 'TOKEN_UNDECODABLE':
      return 'Not decrypted: the token cannot be decoded.';
    case 'ALG_MISSING':
      return 'Not decrypted: the header has no alg, so nothing says how the key was sent.';
    case 'ENC_MISSING':
      return 'Not decrypted: the header has no enc, so nothing says how the content was encrypted.';
    case 'ALG_UNSUPPORTED':
      return `Not decrypted: ${JSON.stringify(result.alg)} is not a key management algorithm this page supports.`;
    case 'ENC_UNSUPPORTED':
      return `Not decrypted: ${JSON.stringify(result.enc)} is not a content encryption algorithm this page supports.`;
    case 'ZIP_UNSUPPORTED':
      return `Not decrypted: the header's zip is ${JSON.stringify(result.zip)}; only "DEF" (DEFLATE) is defined (RFC 7516 section 4.1.3).`;
    case 'CRIT_UNSUPPORTED':
      return `Not decrypted: the header marks ${result.names.map((n) => JSON.stringify(n)).join(', ')} as critical (crit), an extension this page does not understand (RFC 7516 section 4.1.13).`;
    case 'P2C_INVALID':
      return `Not decrypted: ${result.alg} needs the header's p2c (the PBKDF2 iteration count) as a positive whole number.`;
    case 'P2S_INVALID':
      return `Not decrypted: ${result.alg} needs the header's p2s (the PBKDF2 salt) as base64url of at least 8 bytes.`;
    case 'GCMKW_PARAMS_INVALID':
      return `Not decrypted: ${result.alg} needs the header's ${result.member} as base64url of ${result.member === 'iv' ? 12 : 16} bytes (RFC 7518 section 4.7.1).`;
    case 'EPK_INVALID':
      return `Not decrypted: ${describeEpkProblem(result.problem, result.crv)}.`;
    case 'SEGMENT_SIZE':
      return `Not decrypted: the ${SEGMENT_NAMES[result.segment]} does not fit ${result.alg}. ${describeJweSegmentProblem(result.problem, result.found, findJweAlg(result.alg))}`;
    case 'KEY_UNREADABLE':
      return `Not decrypted: the key cannot be read: ${lowerFirst(describeKeyError(result.error))}`;
    case 'SECRET_ENCODING':
      return `Not decrypted: ${lowerFirst(describeSecretEncodingError(result.error))}`;
    case 'SECRET_EMPTY':
      return 'Not decrypted: the key is empty once decoded.';
    case 'PRIVATE_KEY_NEEDED':
      return `Not decrypted: ${result.fromSet ? 'the set holds only public keys' : `this is a public ${describeKeyType(result.kty, result.crv)} key`} of the right type; decrypting ${result.alg} needs the private key. A public key encrypts to its owner; only the owner's private key decrypts.`;
    case 'KEY_KIND_MISMATCH':
      return `Not decrypted: the key is ${describeFound(result.found)}, but ${result.alg} needs ${describeJweKeyNeed(result.alg, result.enc, result.crv)}.`;
    case 'KEY_LENGTH':
      return `Not decrypted: ${result.alg}${result.alg === 'dir' ? ` with ${result.enc}` : ''} needs ${describeJweKeyNeed(result.alg, result.enc)}, but the key is ${plural(result.found, 'byte')}${result.encoding === undefined ? '' : ` read as ${describeEncoding(result.encoding)}`}.`;
    case 'EPK_CURVE_MISMATCH':
      return `Not decrypted: the token was encrypted to a key on ${result.epkCrv} (its epk's curve), and the key given is on ${result.keyCrv}.`;
    case 'KEY_TOO_SMALL':
      return `Not decrypted: the RSA key has ${result.bits} bits; RFC 7518 section 4.3 requires at least ${result.needed} for ${result.alg}.`;
    case 'NO_KEY_FITS':
      return `Not decrypted: no key in the set can decrypt ${result.alg}${result.crv === undefined ? '' : ` on ${result.crv}`}; it needs ${describeJweKeyNeed(result.alg, result.enc, result.crv)}.`;
    case 'KEY_UNUSABLE':
      return `Not decrypted: the key cannot be used for ${result.alg} (this browser would not import it for that).`;
    case 'PLATFORM_UNSUPPORTED':
      return `Not decrypted: this browser lacks what ${result.alg} with ${result.enc} needs.`;
    case 'TOKEN_INVALID':
      return `Not decrypted: the token is not a well-formed ${result.alg} / ${result.enc} JWE.`;
    case 'DECOMPRESS_FAILED':
      return 'Decrypted with the right key, but the plaintext is not valid DEFLATE data although the header says zip "DEF": the sender compressed it wrongly.';
    case 'INTERNAL':
      return `Decryption failed unexpectedly (${result.name}).`;
  }
}
