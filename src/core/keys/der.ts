import { ECPrivateKey } from '@peculiar/asn1-ecc';
import { EncryptedPrivateKeyInfo, PrivateKeyInfo } from '@peculiar/asn1-pkcs8';
import { RSAPrivateKey, RSAPublicKey } from '@peculiar/asn1-rsa';
import { Certificate, SubjectPublicKeyInfo } from '@peculiar/asn1-x509';
import { parseDer } from './pem';

/** The DER key structures people paste, by the PEM kind that would carry them. */
export type DerKeyKind =
  'x509' | 'pkcs8' | 'encrypted-private' | 'spki' | 'pkcs1-private' | 'sec1' | 'pkcs1-public';

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
    if (parseDer(der, type, kind, false).ok) return kind;
  }
  return undefined;
}
