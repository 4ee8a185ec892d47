import type { DecodedBytes, DecodedJwe } from '../token/decode';
import { findJweAlg, findJweEnc, RSA_MIN_BITS, RSA1_5, type JweAlgSpec, type JweEncSpec } from './algorithms';
import { readJweNames } from './names';
import { formatCount } from '../count';

/** The four segments of a compact JWE after its header (RFC 7516 section 7.1). */
export type JweSegmentName = 'encrypted-key' | 'iv' | 'ciphertext' | 'tag';

/** What is wrong with a segment's size for the token's alg and enc. */
export type JweSegmentProblem =
  /** dir and ECDH-ES send no key: the segment must be empty. */
  | { readonly code: 'NOT_EMPTY' }
  /** The segment must hold something. */
  | { readonly code: 'EMPTY' }
  /** The segment must be exactly `expected` bytes. */
  | { readonly code: 'LENGTH'; readonly expected: number }
  /** An RSA-OAEP encrypted key is as long as the modulus: shorter than `min` bytes means a key under 2048 bits. */
  | { readonly code: 'TOO_SHORT'; readonly min: number }
  /** A CBC ciphertext is whole 16-byte blocks. */
  | { readonly code: 'NOT_BLOCKS' }
  /** The segment is not base64url (the decode errors say where). */
  | { readonly code: 'UNDECODABLE' };

/** One segment explained: its size and one sentence of what it is for this alg and enc, and what is wrong. */
export interface JweSegmentInfo {
  readonly segment: JweSegmentName;
  /** Its size in bytes, when it decodes. */
  readonly bytes?: number;
  readonly problem?: JweSegmentProblem;
  readonly description: string;
}

/** The size an AES Key Wrap output has for a key of `bytes` (RFC 3394: 8 bytes more). */
function wrapped(bytes: number): number {
  return bytes + 8;
}

/**
 * What is wrong with a segment's size for an alg and enc, or undefined when it fits (RFC 7516 section 5.2; RFC
 * 7518 sections 4 and 5). An unknown alg or enc checks nothing it would need.
 */
export function checkJweSegment(
  segment: JweSegmentName,
  bytes: number,
  alg: JweAlgSpec | undefined,
  enc: JweEncSpec | undefined,
): JweSegmentProblem | undefined {
  switch (segment) {
    case 'encrypted-key': {
      if (alg === undefined) return undefined;
      if (alg.direct) return bytes === 0 ? undefined : { code: 'NOT_EMPTY' };
      if (bytes === 0) return { code: 'EMPTY' };
      if (alg.family === 'rsa-oaep') {
        return bytes < RSA_MIN_BITS / 8 ? { code: 'TOO_SHORT', min: RSA_MIN_BITS / 8 } : undefined;
      }
      if (enc === undefined) return undefined;
      const expected = alg.family === 'aes-gcm-kw' ? enc.keyBytes : wrapped(enc.keyBytes);
      return bytes === expected ? undefined : { code: 'LENGTH', expected };
    }
    case 'iv':
      if (enc === undefined) return undefined;
      return bytes === enc.ivBytes ? undefined : { code: 'LENGTH', expected: enc.ivBytes };
    case 'ciphertext':
      if (enc?.mode !== 'cbc-hs') return undefined;
      if (bytes === 0) return { code: 'EMPTY' };
      return bytes % 16 === 0 ? undefined : { code: 'NOT_BLOCKS' };
    case 'tag':
      if (enc === undefined) return undefined;
      return bytes === enc.tagBytes ? undefined : { code: 'LENGTH', expected: enc.tagBytes };
  }
}

const plural = (n: number, word: string): string => `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;

function describeWrappingKey(alg: JweAlgSpec): string {
  const bytes = alg.wrapBytes ?? 0;
  switch (alg.family) {
    case 'ecdh-es':
      return `a ${bytes}-byte key agreed from the header's epk and the recipient's private key`;
    case 'pbes2':
      return `a ${bytes}-byte key derived from the password (PBKDF2 with the header's p2s and p2c)`;
    default:
      return `the ${bytes}-byte shared key`;
  }
}

function describeEncryptedKey(alg: JweAlgSpec | undefined, enc: JweEncSpec | undefined): string {
  if (alg === undefined)
    return 'The content encryption key (CEK), encrypted to the recipient as the alg says.';
  const cek = enc === undefined ? 'the CEK' : `the ${enc.keyBytes}-byte CEK`;
  switch (alg.family) {
    case 'dir':
      return 'Empty for dir: the shared key is the CEK itself, so no key is sent.';
    case 'rsa-oaep':
      return `${capitalise(cek)} encrypted to the recipient's RSA public key with RSAES-OAEP: as long as the key's modulus (256 bytes for a 2048-bit key).`;
    case 'aes-gcm-kw':
      return `${capitalise(cek)} encrypted with AES-GCM under ${describeWrappingKey(alg)}; that step's IV and tag are the header's iv and tag.`;
    case 'ecdh-es':
    case 'aes-kw':
    case 'pbes2':
      if (alg.direct) {
        return "Empty for ECDH-ES: the CEK is agreed from the header's epk and the recipient's private key, so no key is sent.";
      }
      return `${capitalise(cek)} wrapped with AES Key Wrap (RFC 3394) under ${describeWrappingKey(alg)}${enc === undefined ? '' : `: ${enc.keyBytes} + 8 = ${wrapped(enc.keyBytes)} bytes`}.`;
  }
}

function describeIv(enc: JweEncSpec | undefined): string {
  if (enc === undefined) return 'The initialization vector of the content encryption.';
  return enc.mode === 'gcm'
    ? 'The 12-byte (96-bit) nonce of AES-GCM: it must never repeat under the same CEK.'
    : 'The 16-byte initialization vector of AES-CBC, random for each token.';
}

function describeCiphertext(enc: JweEncSpec | undefined, zip: boolean): string {
  const what = zip
    ? 'The plaintext, compressed with DEFLATE (zip "DEF") and then encrypted'
    : 'The encrypted plaintext';
  if (enc === undefined) return `${what}.`;
  return enc.mode === 'gcm'
    ? `${what} with AES-GCM, which keeps its length.`
    : `${what} with AES-CBC, padded to whole 16-byte blocks (PKCS #7).`;
}

function describeTag(enc: JweEncSpec | undefined): string {
  if (enc === undefined) return 'The authentication tag over the protected header, IV and ciphertext.';
  if (enc.mode === 'gcm') {
    return 'The 16-byte AES-GCM authentication tag over the protected header and the ciphertext: whoever holds the key can tell they were not changed.';
  }
  return `The HMAC-${enc.hash ?? 'SHA-256'} of the protected header, IV and ciphertext, cut to its first ${enc.tagBytes} bytes (half the ${enc.keyBytes}-byte CEK is its MAC key, RFC 7518 section 5.2.2.1).`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Words for what is wrong with a segment's size ("It should be 40 bytes, but it is 24."). */
export function describeJweSegmentProblem(
  problem: JweSegmentProblem,
  bytes: number | undefined,
  alg: JweAlgSpec | undefined,
): string {
  const found = bytes === undefined ? '' : plural(bytes, 'byte');
  switch (problem.code) {
    case 'NOT_EMPTY':
      return `It must be empty for ${alg?.alg ?? 'this alg'}, but it holds ${found}.`;
    case 'EMPTY':
      return `It must not be empty for ${alg?.alg ?? 'this alg'}.`;
    case 'LENGTH':
      return `It should be ${plural(problem.expected, 'byte')}, but it is ${found}.`;
    case 'TOO_SHORT':
      return `At ${found} it was made for an RSA key under ${RSA_MIN_BITS} bits (${problem.min} bytes), which RFC 7518 section 4.3 does not allow.`;
    case 'NOT_BLOCKS':
      return `At ${found} it is not whole 16-byte blocks, so it was cut or changed.`;
    case 'UNDECODABLE':
      return 'It is not valid base64url, so its size is not known.';
  }
}

function describeSegment(
  segment: JweSegmentName,
  alg: JweAlgSpec | undefined,
  enc: JweEncSpec | undefined,
  zip: boolean,
): string {
  switch (segment) {
    case 'encrypted-key':
      return describeEncryptedKey(alg, enc);
    case 'iv':
      return describeIv(enc);
    case 'ciphertext':
      return describeCiphertext(enc, zip);
    case 'tag':
      return describeTag(enc);
  }
}

function explainOne(
  segment: JweSegmentName,
  part: DecodedBytes,
  alg: JweAlgSpec | undefined,
  enc: JweEncSpec | undefined,
  zip: boolean,
): JweSegmentInfo {
  const bytes = part.bytes?.length;
  const problem: JweSegmentProblem | undefined =
    bytes === undefined ? { code: 'UNDECODABLE' } : checkJweSegment(segment, bytes, alg, enc);
  const sentence = describeSegment(segment, alg, enc, zip);
  const description =
    problem === undefined ? sentence : `${sentence} ${describeJweSegmentProblem(problem, bytes, alg)}`;
  return {
    segment,
    ...(bytes === undefined ? {} : { bytes }),
    ...(problem === undefined ? {} : { problem }),
    description,
  };
}

/**
 * The encrypted key, IV, ciphertext and tag of a compact JWE (RFC 7516 section 7.1), each with its size and one
 * sentence of what it is for the header's alg and enc, and what is wrong when its size cannot fit them.
 */
export function explainJweSegments(decoded: DecodedJwe): JweSegmentInfo[] {
  const names = readJweNames(decoded);
  const alg = findJweAlg(names.alg);
  const enc = findJweEnc(names.enc);
  const zip = names.zip === 'DEF';
  return [
    explainOne('encrypted-key', decoded.encryptedKey, alg, enc, zip),
    explainOne('iv', decoded.iv, alg, enc, zip),
    explainOne('ciphertext', decoded.ciphertext, alg, enc, zip),
    explainOne('tag', decoded.tag, alg, enc, zip),
  ];
}

const OAEP_HASH: Readonly<Record<string, string>> = {
  'RSA-OAEP': 'SHA-1',
  'RSA-OAEP-256': 'SHA-256',
  'RSA-OAEP-384': 'SHA-384',
  'RSA-OAEP-512': 'SHA-512',
};

/** One sentence on a JWE key management algorithm, as the header's alg names it (RFC 7518 section 4). */
export function describeJweAlg(alg: string | undefined): string {
  if (alg === undefined) return 'The header has no alg, so nothing says how the key was sent.';
  if (alg === RSA1_5) {
    return 'RSA1_5 (RSAES-PKCS1-v1_5): a random CEK encrypted to an RSA key with the old PKCS #1 v1.5 padding, which invites the Bleichenbacher padding-oracle attack; RFC 8725 section 3.2 says not to use it, and this page refuses it.';
  }
  const spec = findJweAlg(alg);
  if (spec === undefined) return `${JSON.stringify(alg)} is not a key management algorithm this page knows.`;
  const bytes = spec.wrapBytes ?? 0;
  switch (spec.family) {
    case 'rsa-oaep':
      return `${alg}: a random CEK encrypted to the recipient's RSA public key with RSAES-OAEP (${OAEP_HASH[alg] ?? 'SHA-1'}); only the RSA private key decrypts it (RFC 7518 section 4.3).`;
    case 'ecdh-es':
      return spec.direct
        ? "ECDH-ES: the CEK is agreed between the sender's one-time key (the header's epk) and the recipient's EC or X25519 key through the Concat KDF; no key is sent (RFC 7518 section 4.6)."
        : `${alg}: a ${bytes}-byte key agreed between the sender's one-time key (the header's epk) and the recipient's EC or X25519 key wraps a random CEK with AES Key Wrap (RFC 7518 section 4.6).`;
    case 'aes-kw':
      return `${alg}: a random CEK wrapped with AES Key Wrap under a ${bytes}-byte key both sides share (RFC 7518 section 4.4).`;
    case 'aes-gcm-kw':
      return `${alg}: a random CEK encrypted with AES-GCM under a ${bytes}-byte key both sides share; the header's iv and tag belong to that step (RFC 7518 section 4.7).`;
    case 'dir':
      return 'dir: the key both sides share is the CEK itself, so the encrypted key segment is empty (RFC 7518 section 4.5).';
    case 'pbes2':
      return `${alg}: a ${bytes}-byte key derived from a password with PBKDF2 (HMAC-${spec.hash ?? 'SHA-256'}, the header's p2s salt and p2c iterations) wraps a random CEK with AES Key Wrap (RFC 7518 section 4.8).`;
  }
}

/** One sentence on a JWE content encryption algorithm, as the header's enc names it (RFC 7518 section 5). */
export function describeJweEnc(enc: string | undefined): string {
  if (enc === undefined) return 'The header has no enc, so nothing says how the content was encrypted.';
  const spec = findJweEnc(enc);
  if (spec === undefined)
    return `${JSON.stringify(enc)} is not a content encryption algorithm this page knows.`;
  if (spec.mode === 'gcm') {
    return `${enc}: AES-GCM with a ${spec.keyBytes}-byte CEK, a 12-byte IV and a 16-byte tag, which authenticates the protected header too (RFC 7518 section 5.3).`;
  }
  return `${enc}: AES-${spec.aesBytes * 8}-CBC encrypts and HMAC-${spec.hash ?? 'SHA-256'} cut to ${spec.tagBytes} bytes authenticates; the ${spec.keyBytes}-byte CEK is the MAC key followed by the AES key (RFC 7518 section 5.2).`;
}
