import { ECPrivateKey } from '@peculiar/asn1-ecc';
import { EncryptedPrivateKeyInfo, PrivateKeyInfo } from '@peculiar/asn1-pkcs8';
import { RSAPrivateKey, RSAPublicKey } from '@peculiar/asn1-rsa';
import { AsnConvert, AsnParser } from '@peculiar/asn1-schema';
import { Certificate, SubjectPublicKeyInfo } from '@peculiar/asn1-x509';
import { fromBER } from 'asn1js';
import { err, ok, type Result } from '../result';
import type { DerStructure, KeyError } from './errors';

/** The DER key structures people paste, by the PEM kind that would carry them. */
export type DerKeyKind = Exclude<DerStructure, 'ec-parameters'>;

// Most specific first: a structure that nests another (a certificate holds an SPKI, a private key holds more
// integers than a public one) is tried before the one it contains.
const STRUCTURES: ReadonlyArray<readonly [DerKeyKind, new () => unknown]> = [
  ['x509', Certificate],
  ['pkcs8', PrivateKeyInfo],
  ['encrypted-private', EncryptedPrivateKeyInfo],
  ['spki', SubjectPublicKeyInfo],
  ['pkcs1-private', RSAPrivateKey],
  ['sec1', ECPrivateKey],
  ['pkcs1-public', RSAPublicKey],
];

/** X.690 section 8.1.3: the total length (header and contents) the outer TLV declares, if it can be read. */
function declaredLength(der: Uint8Array): number | undefined {
  const first = der[1];
  if (first === undefined) return undefined;
  if (first < 0x80) return 2 + first;
  const n = first & 0x7f;
  if (n === 0 || n > 4 || der.length < 2 + n) return undefined;
  let length = 0;
  for (let i = 0; i < n; i++) length = length * 256 + (der[2 + i] ?? 0);
  return 2 + n + length;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

function tryParse<T>(
  der: Uint8Array,
  type: new () => T,
  expected: DerStructure,
  exact: boolean,
): Result<T, KeyError> {
  try {
    if (der.byteLength === 0) return err({ code: 'ASN1_EMPTY', expected });
    const needed = declaredLength(der);
    if (needed !== undefined && needed > der.byteLength) {
      return err({ code: 'ASN1_CUT_SHORT', expected, found: der.byteLength, needed });
    }
    const parsed = fromBER(der);
    if (parsed.offset === -1 || parsed.result.error !== '') return err({ code: 'ASN1_INVALID', expected });
    if (parsed.offset !== der.byteLength) {
      return err({ code: 'ASN1_TRAILING_BYTES', expected, found: der.byteLength - parsed.offset });
    }
    const value = AsnParser.fromASN(parsed.result, type);
    if (exact && !sameBytes(new Uint8Array(AsnConvert.serialize(value)), der)) {
      return err({ code: 'ASN1_WRONG_STRUCTURE', expected });
    }
    return ok(value);
  } catch {
    return err({ code: 'ASN1_WRONG_STRUCTURE', expected });
  }
}

/**
 * Parses DER (X.690) as one @peculiar ASN.1 type, refusing bytes cut short or after its end and, when `exact`,
 * anything the schema would not write back byte for byte (such as an RSAPrivateKey read as an RSAPublicKey).
 * A structure of another kind is named in the error when it is a key structure.
 */
export function parseDer<T>(
  der: Uint8Array,
  type: new () => T,
  expected: DerStructure,
  exact = true,
): Result<T, KeyError> {
  const result = tryParse(der, type, expected, exact);
  if (result.ok || result.error.code !== 'ASN1_WRONG_STRUCTURE') return result;
  const found = classifyDer(der);
  return found === undefined || found === expected ? result : err({ ...result.error, found });
}

/**
 * Says which key structure DER bytes hold, if any: a certificate (RFC 5280), a PKCS#8 private key (RFC 5208,
 * RFC 5958), an SPKI (RFC 5280 section 4.1.2.7), a PKCS#1 key (RFC 8017 appendix A.1) or a SEC1 EC key
 * (RFC 5915). The bytes must be exactly one such structure, with nothing after it.
 */
export function classifyDer(der: Uint8Array): DerKeyKind | undefined {
  // Every one of them is a SEQUENCE; anything else is not worth parsing.
  if (der.length < 8 || der[0] !== 0x30) return undefined;
  for (const [kind, type] of STRUCTURES) {
    // Not exact: a key encoded with BER leniencies is still a key, never a secret.
    if (tryParse(der, type, kind, false).ok) return kind;
  }
  return undefined;
}

/** Re-encodes an ASN.1 value as DER; the values given are ones just parsed or built, so failure is ours. */
export function toDer(value: unknown): Result<Uint8Array, KeyError> {
  try {
    return ok(new Uint8Array(AsnConvert.serialize(value)));
  } catch (e) {
    return err({ code: 'INTERNAL', name: e instanceof Error ? e.name : 'serialize' });
  }
}

/** Bits of an unsigned big-endian integer, leading zero bytes ignored (an RSA modulus size). */
export function integerBits(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length && bytes[i] === 0) i++;
  const top = bytes[i];
  if (top === undefined) return 0;
  return (bytes.length - i - 1) * 8 + (32 - Math.clz32(top));
}

/** A copy of the bytes as an ArrayBuffer, as the ASN.1 schema classes take them. */
export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer;
}
