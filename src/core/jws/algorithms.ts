import type { KeyType } from '../keys/key-type';

/** One JWS algorithm: the key it needs and how it is checked (RFC 7518 section 3, RFC 8037, RFC 8812). */
export interface AlgorithmSpec {
  readonly alg: string;
  readonly family: 'hmac' | 'rsa' | 'rsa-pss' | 'ecdsa' | 'eddsa' | 'ml-dsa';
  readonly kty: KeyType;
  /** The one curve allowed (ECDSA: by the alg; EdDSA: either Ed25519 or Ed448, so none fixed). */
  readonly crv?: string;
  readonly curves?: readonly string[];
  readonly hashBits?: 256 | 384 | 512;
  /** RSA: the smallest modulus RFC 7518 allows (2048). HMAC: the hash size, the secret size it should reach. */
  readonly minBits?: number;
  /**
   * The exact signature length in bytes when the algorithm alone fixes it: the HMAC output (RFC 7518 section
   * 3.2), ECDSA raw r||s (section 3.4), Ed25519 and Ed448 (RFC 8032 section 5), ML-DSA (FIPS 204 table 2). RSA
   * signatures are as long as the key's modulus, and EdDSA's depend on the key's curve.
   */
  readonly signatureBytes?: number;
  /** Whether WebCrypto (through jose) checks it here, or it needs an extra library loaded on demand. */
  readonly engine: 'webcrypto' | 'extra';
}

const hmac = (bits: 256 | 384 | 512): AlgorithmSpec => ({
  alg: `HS${bits}`,
  family: 'hmac',
  kty: 'oct',
  hashBits: bits,
  minBits: bits,
  signatureBytes: bits / 8,
  engine: 'webcrypto',
});
const rsa = (bits: 256 | 384 | 512): AlgorithmSpec => ({
  alg: `RS${bits}`,
  family: 'rsa',
  kty: 'RSA',
  hashBits: bits,
  minBits: 2048,
  engine: 'webcrypto',
});
const pss = (bits: 256 | 384 | 512): AlgorithmSpec => ({
  alg: `PS${bits}`,
  family: 'rsa-pss',
  kty: 'RSA',
  hashBits: bits,
  minBits: 2048,
  engine: 'webcrypto',
});
const ecdsa = (alg: string, crv: string, bits: 256 | 384 | 512, signatureBytes: number): AlgorithmSpec => ({
  alg,
  family: 'ecdsa',
  kty: 'EC',
  crv,
  hashBits: bits,
  signatureBytes,
  engine: 'webcrypto',
});

/** Every JWS algorithm the debugger knows, keyed by its `alg` value. */
export const ALGORITHMS: Readonly<Record<string, AlgorithmSpec>> = {
  HS256: hmac(256),
  HS384: hmac(384),
  HS512: hmac(512),
  RS256: rsa(256),
  RS384: rsa(384),
  RS512: rsa(512),
  PS256: pss(256),
  PS384: pss(384),
  PS512: pss(512),
  ES256: ecdsa('ES256', 'P-256', 256, 64),
  ES384: ecdsa('ES384', 'P-384', 384, 96),
  ES512: ecdsa('ES512', 'P-521', 512, 132),
  ES256K: { ...ecdsa('ES256K', 'secp256k1', 256, 64), engine: 'extra' },
  EdDSA: { alg: 'EdDSA', family: 'eddsa', kty: 'OKP', curves: ['Ed25519', 'Ed448'], engine: 'webcrypto' },
  // RFC 9864: the fully-specified EdDSA algorithms.
  Ed25519: {
    alg: 'Ed25519',
    family: 'eddsa',
    kty: 'OKP',
    crv: 'Ed25519',
    signatureBytes: 64,
    engine: 'webcrypto',
  },
  Ed448: { alg: 'Ed448', family: 'eddsa', kty: 'OKP', crv: 'Ed448', signatureBytes: 114, engine: 'extra' },
  // Post-quantum ML-DSA (FIPS 204), as the JOSE draft for it names the algorithms and its AKP keys.
  'ML-DSA-44': { alg: 'ML-DSA-44', family: 'ml-dsa', kty: 'AKP', signatureBytes: 2420, engine: 'extra' },
  'ML-DSA-65': { alg: 'ML-DSA-65', family: 'ml-dsa', kty: 'AKP', signatureBytes: 3309, engine: 'extra' },
  'ML-DSA-87': { alg: 'ML-DSA-87', family: 'ml-dsa', kty: 'AKP', signatureBytes: 4627, engine: 'extra' },
};

// RFC 8032 section 5: an EdDSA signature is 64 bytes on Ed25519 and 114 on Ed448.
const EDDSA_SIGNATURE_BYTES: Readonly<Record<string, number>> = { Ed25519: 64, Ed448: 114 };

/** The spec of an `alg` value, or undefined when it is not a JWS signature algorithm we check. */
export function findAlgorithm(alg: string): AlgorithmSpec | undefined {
  return Object.hasOwn(ALGORITHMS, alg) ? ALGORITHMS[alg] : undefined;
}

/** Why a key cannot verify an algorithm: its type, its curve, or a curve the algorithm does not allow. */
export interface KeyMismatch {
  readonly reason: 'kty' | 'crv' | 'curves';
  readonly alg: string;
  readonly kty: KeyType;
  readonly crv?: string;
}

/** Why a key of this type and curve cannot verify `spec`, or undefined when it fits (RFC 7518 section 3.1). */
export function checkKeyFits(
  spec: AlgorithmSpec,
  kty: KeyType,
  crv: string | undefined,
): KeyMismatch | undefined {
  const mismatch = (reason: KeyMismatch['reason']): KeyMismatch => ({
    reason,
    alg: spec.alg,
    kty,
    ...(crv === undefined ? {} : { crv }),
  });
  if (kty !== spec.kty) return mismatch('kty');
  if (spec.crv !== undefined && crv !== spec.crv) return mismatch('crv');
  if (spec.curves !== undefined && (crv === undefined || !spec.curves.includes(crv)))
    return mismatch('curves');
  return undefined;
}

/**
 * The exact signature length `spec` gives with this key, when one is fixed: from the table, from the RSA
 * modulus (RFC 8017 section 8.2.1: k bytes), or from the EdDSA curve (RFC 8032 section 5).
 */
export function expectedSignatureBytes(
  spec: AlgorithmSpec,
  key?: { readonly crv?: string; readonly bits?: number },
): number | undefined {
  if (spec.signatureBytes !== undefined) return spec.signatureBytes;
  if ((spec.family === 'rsa' || spec.family === 'rsa-pss') && key?.bits !== undefined && key.bits > 0) {
    return Math.ceil(key.bits / 8);
  }
  if (spec.family === 'eddsa' && key?.crv !== undefined) return EDDSA_SIGNATURE_BYTES[key.crv];
  return undefined;
}
