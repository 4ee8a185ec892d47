/** How a JWE's content encryption key (CEK) reaches the recipient (RFC 7518 section 4). */
export type JweAlgFamily = 'rsa-oaep' | 'ecdh-es' | 'aes-kw' | 'aes-gcm-kw' | 'dir' | 'pbes2';

/** One key management algorithm of RFC 7518 section 4 (and RFC 8037 section 3 for X25519). */
export interface JweAlgSpec {
  readonly alg: string;
  readonly family: JweAlgFamily;
  /** True when the encrypted key segment is empty: the CEK is the key itself or agreed, not sent. */
  readonly direct: boolean;
  /** The AES key that wraps the CEK, in bytes (AES-KW, AES-GCM-KW, ECDH-ES+AxxxKW, PBES2). */
  readonly wrapBytes?: number;
  /** RSA-OAEP: its hash (SHA-1 for plain RSA-OAEP); PBES2: the HMAC hash of PBKDF2. */
  readonly hash?: 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';
}

/** One content encryption algorithm of RFC 7518 section 5. */
export interface JweEncSpec {
  readonly enc: string;
  readonly mode: 'gcm' | 'cbc-hs';
  /** The CEK's length in bytes: the AES key for GCM; the MAC key and the AES key together for CBC-HS. */
  readonly keyBytes: number;
  /** The AES key's length in bytes (the second half of the CEK for CBC-HS). */
  readonly aesBytes: number;
  readonly ivBytes: number;
  readonly tagBytes: number;
  /** CBC-HS: the HMAC hash (RFC 7518 section 5.2.3 to 5.2.5). */
  readonly hash?: 'SHA-256' | 'SHA-384' | 'SHA-512';
}

const rsa = (alg: string, hash: JweAlgSpec['hash']): JweAlgSpec => ({
  alg,
  family: 'rsa-oaep',
  direct: false,
  ...(hash === undefined ? {} : { hash }),
});
const kw = (alg: string, family: JweAlgFamily, wrapBytes: number, hash?: JweAlgSpec['hash']): JweAlgSpec => ({
  alg,
  family,
  direct: false,
  wrapBytes,
  ...(hash === undefined ? {} : { hash }),
});

/** The key management algorithms this page decrypts and encrypts with (RSA1_5 is refused, never used). */
export const JWE_ALGS: Readonly<Record<string, JweAlgSpec>> = {
  'RSA-OAEP': rsa('RSA-OAEP', 'SHA-1'),
  'RSA-OAEP-256': rsa('RSA-OAEP-256', 'SHA-256'),
  'RSA-OAEP-384': rsa('RSA-OAEP-384', 'SHA-384'),
  'RSA-OAEP-512': rsa('RSA-OAEP-512', 'SHA-512'),
  'ECDH-ES': { alg: 'ECDH-ES', family: 'ecdh-es', direct: true },
  'ECDH-ES+A128KW': kw('ECDH-ES+A128KW', 'ecdh-es', 16),
  'ECDH-ES+A192KW': kw('ECDH-ES+A192KW', 'ecdh-es', 24),
  'ECDH-ES+A256KW': kw('ECDH-ES+A256KW', 'ecdh-es', 32),
  A128KW: kw('A128KW', 'aes-kw', 16),
  A192KW: kw('A192KW', 'aes-kw', 24),
  A256KW: kw('A256KW', 'aes-kw', 32),
  A128GCMKW: kw('A128GCMKW', 'aes-gcm-kw', 16),
  A192GCMKW: kw('A192GCMKW', 'aes-gcm-kw', 24),
  A256GCMKW: kw('A256GCMKW', 'aes-gcm-kw', 32),
  dir: { alg: 'dir', family: 'dir', direct: true },
  'PBES2-HS256+A128KW': kw('PBES2-HS256+A128KW', 'pbes2', 16, 'SHA-256'),
  'PBES2-HS384+A192KW': kw('PBES2-HS384+A192KW', 'pbes2', 24, 'SHA-384'),
  'PBES2-HS512+A256KW': kw('PBES2-HS512+A256KW', 'pbes2', 32, 'SHA-512'),
};

const gcm = (enc: string, keyBytes: number): JweEncSpec => ({
  enc,
  mode: 'gcm',
  keyBytes,
  aesBytes: keyBytes,
  ivBytes: 12,
  tagBytes: 16,
});
const cbc = (enc: string, aesBytes: number, hash: JweEncSpec['hash']): JweEncSpec => ({
  enc,
  mode: 'cbc-hs',
  keyBytes: aesBytes * 2,
  aesBytes,
  ivBytes: 16,
  tagBytes: aesBytes,
  ...(hash === undefined ? {} : { hash }),
});

/** The content encryption algorithms (RFC 7518 section 5.1). */
export const JWE_ENCS: Readonly<Record<string, JweEncSpec>> = {
  'A128CBC-HS256': cbc('A128CBC-HS256', 16, 'SHA-256'),
  'A192CBC-HS384': cbc('A192CBC-HS384', 24, 'SHA-384'),
  'A256CBC-HS512': cbc('A256CBC-HS512', 32, 'SHA-512'),
  A128GCM: gcm('A128GCM', 16),
  A192GCM: gcm('A192GCM', 24),
  A256GCM: gcm('A256GCM', 32),
};

/** Every alg the page decrypts and offers for encryption, in the order a select shows them. */
export const JWE_ALG_NAMES: readonly string[] = Object.keys(JWE_ALGS);

/** Every enc, in the order a select shows them. */
export const JWE_ENC_NAMES: readonly string[] = Object.keys(JWE_ENCS);

/** The alg of RSAES-PKCS1-v1_5, known so that it can be refused with its reason (RFC 8725 section 3.2). */
export const RSA1_5 = 'RSA1_5';

/** The spec of a key management algorithm, or undefined when the page does not support it. */
export function findJweAlg(alg: string | undefined): JweAlgSpec | undefined {
  return alg !== undefined && Object.hasOwn(JWE_ALGS, alg) ? JWE_ALGS[alg] : undefined;
}

/** The spec of a content encryption algorithm, or undefined when the page does not support it. */
export function findJweEnc(enc: string | undefined): JweEncSpec | undefined {
  return enc !== undefined && Object.hasOwn(JWE_ENCS, enc) ? JWE_ENCS[enc] : undefined;
}

/**
 * The length in bytes of the shared key an alg and enc need: the wrapping key for AES-KW and AES-GCM-KW, the CEK
 * itself for dir; undefined for algorithms that take a key pair or a password.
 */
export function symmetricKeyBytes(alg: JweAlgSpec, enc: JweEncSpec): number | undefined {
  switch (alg.family) {
    case 'aes-kw':
    case 'aes-gcm-kw':
      return alg.wrapBytes;
    case 'dir':
      return enc.keyBytes;
    default:
      return undefined;
  }
}

/** Whether an alg or enc uses 192-bit AES, which Chromium's WebCrypto lacks. */
export function involvesAes192(alg: string, enc: string): boolean {
  return findJweAlg(alg)?.wrapBytes === 24 || findJweEnc(enc)?.aesBytes === 24;
}

/** The curves ECDH-ES agrees keys on (RFC 7518 section 4.6, RFC 8037 section 3.2), by their JOSE names. */
export const ECDH_CURVES: readonly string[] = ['P-256', 'P-384', 'P-521', 'X25519'];

/** The shared secret Z of an ECDH curve, in bits (RFC 7518 section 4.6.2: the x coordinate, whole bytes). */
export function ecdhSecretBits(crv: string): number | undefined {
  switch (crv) {
    case 'P-256':
    case 'X25519':
      return 256;
    case 'P-384':
      return 384;
    case 'P-521':
      return 528;
    default:
      return undefined;
  }
}

/** RFC 7518 section 4.2 and 4.3: an RSA key for RSA-OAEP must have a modulus of at least 2048 bits. */
export const RSA_MIN_BITS = 2048;
