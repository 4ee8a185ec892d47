import { ECParameters, id_ecPublicKey } from '@peculiar/asn1-ecc';
import { id_RSASSA_PSS, id_rsaEncryption, RSAPublicKey } from '@peculiar/asn1-rsa';
import { SubjectPublicKeyInfo, type AlgorithmIdentifier } from '@peculiar/asn1-x509';
import { err, ok, type Result } from '../result';
import { readCurve } from './curves';
import { integerBits, parseDer } from './der';
import type { KeyError, OtherKeyAlgorithm } from './errors';

/** The key type and curve an AlgorithmIdentifier names (RFC 5280, RFC 5480, RFC 8410). */
export interface KeyAlgorithm {
  readonly kty: 'RSA' | 'EC' | 'OKP';
  readonly crv?: string;
}

/** What a SubjectPublicKeyInfo holds: the JWK key type, the RSA modulus size, the curve. */
export interface SpkiDescription extends KeyAlgorithm {
  readonly bits?: number;
  /** EC and OKP: the raw public key (the EC point, or the EdDSA key bytes) from subjectPublicKey. */
  readonly publicKey?: Uint8Array;
}

// RFC 8410 section 3 (Ed25519, Ed448, X25519, X448).
const ID_ED25519 = '1.3.101.112';
const ID_ED448 = '1.3.101.113';
const ID_X25519 = '1.3.101.110';

const OTHER_KEY_ALGORITHMS: Readonly<Record<string, OtherKeyAlgorithm>> = {
  '1.3.101.111': 'x448',
  '1.2.840.10040.4.1': 'dsa',
  '1.2.840.113549.1.1.7': 'rsa-oaep',
  '1.2.840.10046.2.1': 'dh',
};

/**
 * Reads which key type (and curve) an AlgorithmIdentifier names, for an SPKI or a PKCS#8 key: RSA, EC, Ed25519,
 * Ed448, or X25519 (for JWE key agreement).
 */
export function readKeyAlgorithm(identifier: AlgorithmIdentifier): Result<KeyAlgorithm, KeyError> {
  const { algorithm, parameters } = identifier;
  switch (algorithm) {
    case id_rsaEncryption:
    case id_RSASSA_PSS:
      return ok({ kty: 'RSA' });
    case id_ecPublicKey: {
      if (parameters === undefined || parameters === null) return err({ code: 'CURVE_MISSING' });
      const params = parseDer(new Uint8Array(parameters), ECParameters, 'ec-parameters');
      if (!params.ok) return params;
      const curve = readCurve(params.value);
      if (!curve.ok) return curve;
      return ok({ kty: 'EC', crv: curve.value.curve });
    }
    case ID_ED25519:
      return ok({ kty: 'OKP', crv: 'Ed25519' });
    case ID_ED448:
      return ok({ kty: 'OKP', crv: 'Ed448' });
    // An X25519 key never verifies a signature, but decrypts ECDH-ES JWEs (RFC 8037 section 3.2).
    case ID_X25519:
      return ok({ kty: 'OKP', crv: 'X25519' });
    default: {
      const known = OTHER_KEY_ALGORITHMS[algorithm];
      return err({ code: 'KEY_UNSUPPORTED', algorithm, ...(known === undefined ? {} : { known }) });
    }
  }
}

/**
 * Reads what a SubjectPublicKeyInfo (RFC 5280 section 4.1.2.7) holds: RSA (RFC 8017) with its modulus size, EC
 * (RFC 5480) with its named curve, or Ed25519 / Ed448 / X25519 (RFC 8410).
 */
export function readSpki(der: Uint8Array): Result<SpkiDescription, KeyError> {
  const spki = parseDer(der, SubjectPublicKeyInfo, 'spki');
  if (!spki.ok) return spki;
  const algorithm = readKeyAlgorithm(spki.value.algorithm);
  if (!algorithm.ok) return algorithm;
  const raw = new Uint8Array(spki.value.subjectPublicKey);
  if (algorithm.value.kty === 'RSA') {
    const key = parseDer(raw, RSAPublicKey, 'pkcs1-public');
    if (!key.ok) return key;
    return ok({ kty: 'RSA', bits: integerBits(new Uint8Array(key.value.modulus)) });
  }
  return ok({ ...algorithm.value, publicKey: raw });
}
