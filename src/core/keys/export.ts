import { ECParameters, ECPrivateKey, id_ecPublicKey } from '@peculiar/asn1-ecc';
import { PrivateKey, PrivateKeyInfo, Version } from '@peculiar/asn1-pkcs8';
import { OctetString } from '@peculiar/asn1-schema';
import { AlgorithmIdentifier, SubjectPublicKeyInfo } from '@peculiar/asn1-x509';
import type { JWK } from 'jose';
import { decodeBase64url } from '../encoding/base64url';
import { toArrayBuffer, toDer } from './der';
import { toPem } from './pem';

// RFC 8410 section 3 and SEC 2 (secp256k1): the OIDs WebCrypto in browsers does not know.
const ID_ED448 = '1.3.101.113';
const ID_SECP256K1 = '1.3.132.0.10';

const PRIVATE_MEMBERS = new Set(['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'priv']);
// Members describing how a key may be used, which would stop WebCrypto importing it for export.
const USAGE_MEMBERS = new Set(['alg', 'use', 'key_ops', 'ext']);

/**
 * RFC 7517 section 4, RFC 7518 section 6: the public half of a JWK, its private members dropped (kid and alg
 * kept). An HMAC secret (kty "oct") has no public half: undefined.
 */
export function toPublicJwk(jwk: JWK): JWK | undefined {
  if (jwk.kty === 'oct') return undefined;
  return Object.fromEntries(Object.entries(jwk).filter(([name]) => !PRIVATE_MEMBERS.has(name)));
}

/** RFC 7517 section 5: a JWK Set of public keys, as indented JSON text. */
export function toJwks(publicJwks: readonly JWK[]): string {
  return JSON.stringify({ keys: publicJwks }, null, 2);
}

function bytesOf(jwk: JWK, member: 'x' | 'y' | 'd'): Uint8Array | undefined {
  const value = jwk[member];
  if (typeof value !== 'string') return undefined;
  const bytes = decodeBase64url(value);
  return bytes.ok ? bytes.value : undefined;
}

function importParams(jwk: JWK): RsaHashedImportParams | EcKeyImportParams | Algorithm | undefined {
  switch (jwk.kty) {
    case 'RSA':
      return { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
    case 'EC':
      return jwk.crv === 'P-256' || jwk.crv === 'P-384' || jwk.crv === 'P-521'
        ? { name: 'ECDSA', namedCurve: jwk.crv }
        : undefined;
    case 'OKP':
      return jwk.crv === 'Ed25519' ? { name: 'Ed25519' } : undefined;
    default:
      return undefined;
  }
}

async function exportWithWebCrypto(jwk: JWK, format: 'spki' | 'pkcs8'): Promise<Uint8Array | undefined> {
  const params = importParams(jwk);
  if (params === undefined) return undefined;
  const members = Object.fromEntries(Object.entries(jwk).filter(([name]) => !USAGE_MEMBERS.has(name)));
  try {
    const usages: KeyUsage[] = format === 'spki' ? ['verify'] : ['sign'];
    const key = await crypto.subtle.importKey('jwk', members as JsonWebKey, params, true, usages);
    return new Uint8Array(await crypto.subtle.exportKey(format, key));
  } catch {
    return undefined;
  }
}

function ecCurveParameters(): ArrayBuffer | undefined {
  const der = toDer(new ECParameters({ namedCurve: ID_SECP256K1 }));
  return der.ok ? toArrayBuffer(der.value) : undefined;
}

/** The SPKI of the keys WebCrypto lacks: secp256k1 (RFC 5480 section 2) and Ed448 (RFC 8410 section 4). */
function spkiWithoutWebCrypto(jwk: JWK): Uint8Array | undefined {
  const x = bytesOf(jwk, 'x');
  if (jwk.kty === 'EC' && jwk.crv === 'secp256k1') {
    const y = bytesOf(jwk, 'y');
    const parameters = ecCurveParameters();
    if (x?.length !== 32 || y?.length !== 32 || parameters === undefined) return undefined;
    const spki = toDer(
      new SubjectPublicKeyInfo({
        algorithm: new AlgorithmIdentifier({ algorithm: id_ecPublicKey, parameters }),
        subjectPublicKey: toArrayBuffer(new Uint8Array([0x04, ...x, ...y])),
      }),
    );
    return spki.ok ? spki.value : undefined;
  }
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed448' && x?.length === 57) {
    const spki = toDer(
      new SubjectPublicKeyInfo({
        algorithm: new AlgorithmIdentifier({ algorithm: ID_ED448 }),
        subjectPublicKey: toArrayBuffer(x),
      }),
    );
    return spki.ok ? spki.value : undefined;
  }
  return undefined;
}

/** The PKCS#8 of the private keys WebCrypto lacks: secp256k1 (RFC 5915 inside RFC 5208) and Ed448 (RFC 8410). */
function pkcs8WithoutWebCrypto(jwk: JWK): Uint8Array | undefined {
  const d = bytesOf(jwk, 'd');
  if (jwk.kty === 'EC' && jwk.crv === 'secp256k1') {
    const x = bytesOf(jwk, 'x');
    const y = bytesOf(jwk, 'y');
    const parameters = ecCurveParameters();
    if (d?.length !== 32 || x?.length !== 32 || y?.length !== 32 || parameters === undefined)
      return undefined;
    const inner = toDer(
      new ECPrivateKey({
        version: 1,
        privateKey: new OctetString(toArrayBuffer(d)),
        publicKey: toArrayBuffer(new Uint8Array([0x04, ...x, ...y])),
      }),
    );
    if (!inner.ok) return undefined;
    const pkcs8 = toDer(
      new PrivateKeyInfo({
        version: Version.v1,
        privateKeyAlgorithm: new AlgorithmIdentifier({ algorithm: id_ecPublicKey, parameters }),
        privateKey: new PrivateKey(toArrayBuffer(inner.value)),
      }),
    );
    return pkcs8.ok ? pkcs8.value : undefined;
  }
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed448' && d?.length === 57) {
    // CurvePrivateKey ::= OCTET STRING (RFC 8410 section 7).
    const pkcs8 = toDer(
      new PrivateKeyInfo({
        version: Version.v1,
        privateKeyAlgorithm: new AlgorithmIdentifier({ algorithm: ID_ED448 }),
        privateKey: new PrivateKey(toArrayBuffer(new Uint8Array([0x04, 57, ...d]))),
      }),
    );
    return pkcs8.ok ? pkcs8.value : undefined;
  }
  return undefined;
}

/**
 * The public key of a JWK (public or private) as an SPKI PEM, "PUBLIC KEY" (RFC 7468 section 13): RSA, EC
 * (P-256, P-384, P-521, secp256k1), Ed25519 and Ed448. Undefined for a key with no such form here (an HMAC
 * secret, ML-DSA) or one whose members are malformed.
 */
export async function toSpkiPem(jwk: JWK): Promise<string | undefined> {
  const publicJwk = toPublicJwk(jwk);
  if (publicJwk === undefined) return undefined;
  const der = (await exportWithWebCrypto(publicJwk, 'spki')) ?? spkiWithoutWebCrypto(publicJwk);
  return der === undefined ? undefined : toPem('PUBLIC KEY', der);
}

/**
 * A private JWK as a PKCS#8 PEM, "PRIVATE KEY" (RFC 5208, RFC 7468 section 10): RSA, EC (P-256, P-384, P-521,
 * secp256k1), Ed25519 and Ed448. Undefined for a public key, a key with no such form here (an HMAC secret,
 * ML-DSA) or one whose members are malformed.
 */
export async function toPkcs8Pem(privateJwk: JWK): Promise<string | undefined> {
  const der = (await exportWithWebCrypto(privateJwk, 'pkcs8')) ?? pkcs8WithoutWebCrypto(privateJwk);
  return der === undefined ? undefined : toPem('PRIVATE KEY', der);
}
