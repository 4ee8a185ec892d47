/** Key types of RFC 7517 section 4.1, and AKP (algorithm key pair) of the JOSE ML-DSA draft. */
export type KeyType = 'oct' | 'RSA' | 'EC' | 'OKP' | 'AKP';

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
  /** ECDSA: the exact raw r||s length in bytes (RFC 7518 section 3.4). */
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
  Ed25519: { alg: 'Ed25519', family: 'eddsa', kty: 'OKP', crv: 'Ed25519', engine: 'webcrypto' },
  // Post-quantum ML-DSA (FIPS 204), as the JOSE draft for it names the algorithms and its AKP keys.
  'ML-DSA-44': { alg: 'ML-DSA-44', family: 'ml-dsa', kty: 'AKP', engine: 'extra' },
  'ML-DSA-65': { alg: 'ML-DSA-65', family: 'ml-dsa', kty: 'AKP', engine: 'extra' },
  'ML-DSA-87': { alg: 'ML-DSA-87', family: 'ml-dsa', kty: 'AKP', engine: 'extra' },
};

/** The spec of an `alg` value, or undefined when it is not a JWS signature algorithm we check. */
export function findAlgorithm(alg: string): AlgorithmSpec | undefined {
  return Object.hasOwn(ALGORITHMS, alg) ? ALGORITHMS[alg] : undefined;
}

/** Words for a key type and curve as people say them ("EC P-256", "RSA", "Ed25519"). */
export function describeKeyType(kty: KeyType, crv?: string): string {
  switch (kty) {
    case 'oct':
      return 'HMAC secret';
    case 'RSA':
      return 'RSA';
    case 'EC':
      return crv === undefined ? 'EC' : `EC ${crv}`;
    case 'OKP':
      return crv ?? 'OKP';
    case 'AKP':
      return 'ML-DSA';
  }
}

/** Why a key of this type and curve cannot verify `spec`, or undefined when it fits (RFC 7518 section 3.1). */
export function checkKeyFits(spec: AlgorithmSpec, kty: KeyType, crv: string | undefined): string | undefined {
  if (kty !== spec.kty) {
    return `this key is ${describeKeyType(kty, crv)}, but the header says ${spec.alg}, which needs ${spec.kty === 'oct' ? 'an HMAC secret' : `a key of type ${describeKeyType(spec.kty, spec.crv)}`}`;
  }
  if (spec.crv !== undefined && crv !== spec.crv) {
    return `this key is ${describeKeyType(kty, crv)}, but ${spec.alg} needs the curve ${spec.crv}`;
  }
  if (spec.curves !== undefined && (crv === undefined || !spec.curves.includes(crv))) {
    return `this key's curve ${crv ?? '(none)'} cannot be used with ${spec.alg}`;
  }
  return undefined;
}
