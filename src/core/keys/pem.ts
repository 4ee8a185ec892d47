import {
  ECParameters,
  ECPrivateKey,
  id_ecPublicKey,
  id_secp256r1,
  id_secp384r1,
  id_secp521r1,
} from '@peculiar/asn1-ecc';
import { PrivateKey, PrivateKeyInfo, Version } from '@peculiar/asn1-pkcs8';
import { id_RSASSA_PSS, id_rsaEncryption, RSAPrivateKey, RSAPublicKey } from '@peculiar/asn1-rsa';
import { AsnConvert, AsnParser } from '@peculiar/asn1-schema';
import { AlgorithmIdentifier, SubjectPublicKeyInfo } from '@peculiar/asn1-x509';
import { fromBER } from 'asn1js';
import { decodeBase64urlLenient } from '../encoding/base64url';
import { err, ok, type Result } from '../result';

/** One PEM block: its label ("PUBLIC KEY") and the DER bytes its base64 body holds. */
export interface PemBlock {
  readonly label: string;
  readonly der: Uint8Array;
}

export type PemErrorCode = 'NO_PEM' | 'PEM_BAD_BASE64' | 'PEM_LABEL_MISMATCH' | 'PEM_ENCRYPTED';

export interface PemError {
  readonly code: PemErrorCode;
  /** What was expected and what was found, in words. */
  readonly detail: string;
}

export type AsnErrorCode = 'ASN1_INVALID' | 'UNSUPPORTED_CURVE' | 'UNSUPPORTED_KEY';

export interface AsnError {
  readonly code: AsnErrorCode;
  /** What was expected and what was found, in words. */
  readonly detail: string;
}

/** The elliptic curves a SEC1 key or an EC SubjectPublicKeyInfo may name, by their JOSE names. */
export type EcCurve = 'P-256' | 'P-384' | 'P-521' | 'secp256k1';

/** What a SubjectPublicKeyInfo holds: the JWK key type, the RSA modulus size, the curve. */
export interface SpkiDescription {
  readonly kty: 'RSA' | 'EC' | 'OKP';
  readonly bits?: number;
  readonly crv?: string;
  /** EC and OKP: the raw public key (the EC point, or the EdDSA key bytes) from subjectPublicKey. */
  readonly publicKey?: Uint8Array;
}

// RFC 5480 section 2.1.1.1 and SEC 2 (secp256k1); RFC 8410 section 3 (Ed25519, Ed448, X25519, X448).
const ID_SECP256K1 = '1.3.132.0.10';
const ID_ED25519 = '1.3.101.112';
const ID_ED448 = '1.3.101.113';
const ID_X25519 = '1.3.101.110';
const ID_X448 = '1.3.101.111';

const CURVES: Readonly<Record<string, EcCurve>> = {
  [id_secp256r1]: 'P-256',
  [id_secp384r1]: 'P-384',
  [id_secp521r1]: 'P-521',
  [ID_SECP256K1]: 'secp256k1',
};

// Key algorithms people paste that we cannot verify JWS signatures with, named so the error says what they are.
const OTHER_KEY_ALGORITHMS: Readonly<Record<string, string>> = {
  [ID_X25519]: 'an X25519 key-agreement key',
  [ID_X448]: 'an X448 key-agreement key',
  '1.2.840.10040.4.1': 'a DSA key',
  '1.2.840.113549.1.1.7': 'an RSA-OAEP encryption key',
  '1.2.840.10046.2.1': 'a Diffie-Hellman key',
};

function invalid(detail: string): { readonly ok: false; readonly error: AsnError } {
  return err({ code: 'ASN1_INVALID', detail });
}

/**
 * Parses DER as one @peculiar ASN.1 type, refusing bytes after its end and, when `exact`, anything the schema
 * would not write back byte for byte (such as an RSAPrivateKey read as an RSAPublicKey); `what` names the type.
 */
export function parseDer<T>(
  der: Uint8Array,
  type: new () => T,
  what: string,
  exact = true,
): Result<T, AsnError> {
  try {
    if (der.byteLength === 0) return invalid(`expected ${what}, found no bytes`);
    const parsed = fromBER(der);
    if (parsed.offset === -1 || parsed.result.error !== '') {
      return invalid(`expected ${what}, found bytes that are not valid DER`);
    }
    if (parsed.offset !== der.byteLength) {
      const extra = der.byteLength - parsed.offset;
      return invalid(`expected ${what}, found ${extra} unexpected byte${extra === 1 ? '' : 's'} after it`);
    }
    const value = AsnParser.fromASN(parsed.result, type);
    if (exact && !sameBytes(new Uint8Array(AsnConvert.serialize(value)), der)) {
      return invalid(`expected ${what}, found DER of another structure`);
    }
    return ok(value);
  } catch {
    return invalid(`expected ${what}, found DER of another structure`);
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

function serialize(value: unknown): Result<Uint8Array, AsnError> {
  try {
    return ok(new Uint8Array(AsnConvert.serialize(value)));
  } catch {
    return invalid('the key could not be re-encoded as DER');
  }
}

/** Bits of an unsigned big-endian integer, leading zero bytes ignored. */
function integerBits(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length && bytes[i] === 0) i++;
  const top = bytes[i];
  if (top === undefined) return 0;
  return (bytes.length - i - 1) * 8 + (32 - Math.clz32(top));
}

function rsaAlgorithm(): AlgorithmIdentifier {
  // RFC 8017 appendix A.1: rsaEncryption takes NULL parameters.
  return new AlgorithmIdentifier({ algorithm: id_rsaEncryption, parameters: null });
}

/** RFC 8017 appendix A.1.1 to RFC 5280 section 4.1.2.7: wraps an RSA PUBLIC KEY as a SubjectPublicKeyInfo. */
export function pkcs1PublicToSpki(der: Uint8Array): Result<Uint8Array, AsnError> {
  const key = parseDer(der, RSAPublicKey, 'a PKCS#1 RSAPublicKey (SEQUENCE of modulus and public exponent)');
  if (!key.ok) return key;
  const inner = serialize(key.value);
  if (!inner.ok) return inner;
  return serialize(
    new SubjectPublicKeyInfo({ algorithm: rsaAlgorithm(), subjectPublicKey: toArrayBuffer(inner.value) }),
  );
}

/** RFC 8017 appendix A.1.2 to RFC 5208 section 5: wraps an RSA PRIVATE KEY as a PKCS#8 PrivateKeyInfo. */
export function pkcs1PrivateToPkcs8(der: Uint8Array): Result<Uint8Array, AsnError> {
  const key = parseDer(
    der,
    RSAPrivateKey,
    'a PKCS#1 RSAPrivateKey (SEQUENCE of version, modulus, exponents, primes)',
  );
  if (!key.ok) return key;
  const inner = serialize(key.value);
  if (!inner.ok) return inner;
  return serialize(
    new PrivateKeyInfo({
      version: Version.v1,
      privateKeyAlgorithm: rsaAlgorithm(),
      privateKey: new PrivateKey(toArrayBuffer(inner.value)),
    }),
  );
}

function curveOf(params: ECParameters): Result<{ curve: EcCurve; oid: string }, AsnError> {
  const oid = params.namedCurve;
  if (oid === undefined) {
    return err({
      code: 'UNSUPPORTED_CURVE',
      detail:
        'the key spells out its curve parameters instead of naming a curve; only named curves are supported',
    });
  }
  const curve = CURVES[oid];
  if (curve === undefined) {
    return err({
      code: 'UNSUPPORTED_CURVE',
      detail: `the curve ${oid} is not supported; expected P-256, P-384, P-521 or secp256k1`,
    });
  }
  return ok({ curve, oid });
}

/**
 * RFC 5915 section 3 to RFC 5208 section 5: wraps an EC PRIVATE KEY as a PKCS#8 PrivateKeyInfo, moving the
 * curve named in its parameters [0] into the AlgorithmIdentifier (RFC 5480 section 2.1.1) and keeping the
 * public key [1] when present.
 */
export function sec1ToPkcs8(der: Uint8Array): Result<{ pkcs8: Uint8Array; curve: EcCurve }, AsnError> {
  const key = parseDer(
    der,
    ECPrivateKey,
    'a SEC1 ECPrivateKey (SEQUENCE of version, private key, curve, public key)',
  );
  if (!key.ok) return key;
  const { version, privateKey, parameters, publicKey } = key.value;
  if (version !== 1) return invalid(`expected an ECPrivateKey of version 1, found version ${version}`);
  if (parameters === undefined) {
    return invalid('the EC private key does not name its curve (its parameters [0] are missing)');
  }
  const curve = curveOf(parameters);
  if (!curve.ok) return curve;
  const curveOid = serialize(new ECParameters({ namedCurve: curve.value.oid }));
  if (!curveOid.ok) return curveOid;
  // As OpenSSL writes it: the curve is named once, in the AlgorithmIdentifier.
  const inner = serialize(
    new ECPrivateKey({ version: 1, privateKey, ...(publicKey === undefined ? {} : { publicKey }) }),
  );
  if (!inner.ok) return inner;
  const pkcs8 = serialize(
    new PrivateKeyInfo({
      version: Version.v1,
      privateKeyAlgorithm: new AlgorithmIdentifier({
        algorithm: id_ecPublicKey,
        parameters: toArrayBuffer(curveOid.value),
      }),
      privateKey: new PrivateKey(toArrayBuffer(inner.value)),
    }),
  );
  if (!pkcs8.ok) return pkcs8;
  return ok({ pkcs8: pkcs8.value, curve: curve.value.curve });
}

/**
 * Reads what a SubjectPublicKeyInfo (RFC 5280 section 4.1.2.7) holds: RSA (RFC 8017) with its modulus size, EC
 * (RFC 5480) with its named curve, or Ed25519 / Ed448 (RFC 8410).
 */
export function describeSpki(der: Uint8Array): Result<SpkiDescription, AsnError> {
  const spki = parseDer(der, SubjectPublicKeyInfo, 'a SubjectPublicKeyInfo (SEQUENCE of algorithm and key)');
  if (!spki.ok) return spki;
  const { algorithm, parameters } = spki.value.algorithm;
  switch (algorithm) {
    case id_rsaEncryption:
    case id_RSASSA_PSS: {
      const key = parseDer(
        new Uint8Array(spki.value.subjectPublicKey),
        RSAPublicKey,
        'an RSA public key (SEQUENCE of modulus and public exponent)',
      );
      if (!key.ok) return key;
      return ok({ kty: 'RSA', bits: integerBits(new Uint8Array(key.value.modulus)) });
    }
    case id_ecPublicKey: {
      if (parameters === undefined || parameters === null) {
        return invalid('the EC public key does not name its curve (its algorithm parameters are missing)');
      }
      const params = parseDer(new Uint8Array(parameters), ECParameters, 'EC parameters naming a curve');
      if (!params.ok) return params;
      const curve = curveOf(params.value);
      if (!curve.ok) return curve;
      return ok({
        kty: 'EC',
        crv: curve.value.curve,
        publicKey: new Uint8Array(spki.value.subjectPublicKey),
      });
    }
    case ID_ED25519:
      return ok({ kty: 'OKP', crv: 'Ed25519', publicKey: new Uint8Array(spki.value.subjectPublicKey) });
    case ID_ED448:
      return ok({ kty: 'OKP', crv: 'Ed448', publicKey: new Uint8Array(spki.value.subjectPublicKey) });
    default: {
      const known = OTHER_KEY_ALGORITHMS[algorithm];
      return err({
        code: 'UNSUPPORTED_KEY',
        detail: `${known ?? `a key of algorithm ${algorithm}`} cannot verify JWS signatures; expected an RSA, EC, Ed25519 or Ed448 key`,
      });
    }
  }
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer;
}

// RFC 7468 section 2: "-----BEGIN label-----" ... "-----END label-----", where a label holds single hyphens at most.
// Spaces or tabs around the label are tolerated. The label never overlaps what follows it, so matching is linear.
// Any letter case is read too ("-----begin public key-----"): the label is compared once normalised.
const BEGIN = /-----[ \t]*BEGIN[ \t]([^\r\n-]+(?:-[^\r\n-]+)*)-----/gi;
const END = /-----[ \t]*END[ \t]([^\r\n-]+(?:-[^\r\n-]+)*)-----/gi;
// Line breaks, and the literal "\n" of a PEM copied out of a JSON string or an environment variable.
const LINE_BREAK = /\r\n|\r|\n|\\r\\n|\\n|\\r/;
// RFC 1421 section 4.6.1.1: a legacy OpenSSL key encrypted with a passphrase.
const PROC_TYPE_ENCRYPTED = /Proc-Type:[ \t]*4[ \t]*,[ \t]*ENCRYPTED/i;
const BASE64_BODY = /^[A-Za-z0-9+/]*={0,2}$/;

/** A PEM label as RFC 7468 writes it: upper case, single spaces ("PUBLIC KEY"). */
export function normalizePemLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toUpperCase();
}

/** Decodes a block's body (between its BEGIN and END lines) after dropping RFC 1421 headers and whitespace. */
function decodeBody(body: string, label: string, offset: number): Result<Uint8Array, PemError> {
  const bad = (detail: string): { readonly ok: false; readonly error: PemError } =>
    err({ code: 'PEM_BAD_BASE64', detail });
  // Headers ("Name: value") come first; base64 never holds a colon, so the body starts after the last one's line.
  let skipped = 0;
  const colon = body.lastIndexOf(':');
  if (colon !== -1) {
    const lineBreak = new RegExp(LINE_BREAK.source, 'g');
    lineBreak.lastIndex = colon;
    const next = lineBreak.exec(body);
    skipped = next === null ? body.length : next.index + next[0].length;
  }
  const content = body.slice(skipped);
  const stray = /[^A-Za-z0-9+/=\s]/.exec(content.replace(/\\[rn]/g, '  '));
  if (stray !== null) {
    const char = String.fromCodePoint(content.codePointAt(stray.index) ?? 0);
    return bad(
      `the ${label} block holds ${JSON.stringify(char)} at character ${offset + skipped + stray.index + 1}, where only base64 (A-Z, a-z, 0-9, +, /) belongs`,
    );
  }
  const clean = content.replace(/\\[rn]/g, '').replace(/\s+/g, '');
  if (clean === '') return bad(`the ${label} block is empty`);
  if (!BASE64_BODY.test(clean)) return bad(`the ${label} block has "=" padding before the end of its base64`);
  const unpadded = clean.replace(/=+$/, '');
  const bytes = decodeBase64urlLenient(unpadded.replace(/\+/g, '-').replace(/\//g, '_'));
  if (!bytes.ok || bytes.value.length === 0) {
    return bad(
      `the base64 of the ${label} block is cut short (${unpadded.length} characters, one too many or too few)`,
    );
  }
  return ok(bytes.value);
}

/**
 * Reads every PEM block in the text (RFC 7468), tolerating text around them, stray spaces, CRLF, literal "\n"
 * and a whole block on one line; refuses encrypted private keys.
 */
export function parsePem(text: string): Result<PemBlock[], PemError> {
  try {
    const blocks: PemBlock[] = [];
    const begin = new RegExp(BEGIN);
    const end = new RegExp(END);
    let from = 0;
    for (;;) {
      begin.lastIndex = from;
      const b = begin.exec(text);
      if (b === null) break;
      const label = normalizePemLabel(b[1] ?? '');
      const bodyStart = b.index + b[0].length;
      end.lastIndex = bodyStart;
      const e = end.exec(text);
      begin.lastIndex = bodyStart;
      const next = begin.exec(text);
      if (e === null || (next !== null && next.index < e.index)) {
        return err({
          code: 'NO_PEM',
          detail: `the "BEGIN ${label}" line has no matching "END ${label}" line`,
        });
      }
      const endLabel = normalizePemLabel(e[1] ?? '');
      if (endLabel !== label) {
        return err({
          code: 'PEM_LABEL_MISMATCH',
          detail: `the block begins as "${label}" but ends as "${endLabel}"`,
        });
      }
      const body = text.slice(bodyStart, e.index);
      if (label === 'ENCRYPTED PRIVATE KEY' || PROC_TYPE_ENCRYPTED.test(body)) {
        return err({
          code: 'PEM_ENCRYPTED',
          detail:
            'the private key is encrypted with a passphrase; paste the public key or an unencrypted private key',
        });
      }
      const der = decodeBody(body, label, bodyStart);
      if (!der.ok) return der;
      blocks.push({ label, der: der.value });
      from = e.index + e[0].length;
    }
    if (blocks.length === 0) {
      return err({ code: 'NO_PEM', detail: 'no "-----BEGIN ...-----" line was found' });
    }
    return ok(blocks);
  } catch {
    return err({ code: 'NO_PEM', detail: 'the PEM text could not be read' });
  }
}
