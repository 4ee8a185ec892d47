import { ECPrivateKey } from '@peculiar/asn1-ecc';
import type { PrivateKeyInfo } from '@peculiar/asn1-pkcs8';
import { ed448 } from '@noble/curves/ed448.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import type { JWK } from 'jose';
import { toBase64url } from '../encoding/base64url';
import { parseDer } from './der';
import type { KeyAlgorithm } from './spki';

/** A big-endian integer's bytes left-padded (or stripped of leading zeros) to exactly `length`. */
function fixedLength(bytes: Uint8Array, length: number): Uint8Array | undefined {
  let start = 0;
  while (bytes.length - start > length && bytes[start] === 0) start++;
  const trimmed = bytes.subarray(start);
  if (trimmed.length > length) return undefined;
  const out = new Uint8Array(length);
  out.set(trimmed, length - trimmed.length);
  return out;
}

/**
 * Private keys WebCrypto cannot import (secp256k1, and Ed448 in browsers) as a private JWK, read from their
 * PKCS#8 PrivateKeyInfo with the public key derived by @noble/curves: an ECPrivateKey (RFC 5915 section 3) on
 * secp256k1 (RFC 8812 section 3.1), or an Ed448 CurvePrivateKey (RFC 8410 section 7). Undefined when it is
 * neither, or malformed.
 */
export function privateKeyInfoToJwk(info: PrivateKeyInfo, algorithm: KeyAlgorithm): JWK | undefined {
  try {
    const inner = new Uint8Array(info.privateKey.buffer);
    if (algorithm.kty === 'EC' && algorithm.crv === 'secp256k1') {
      const key = parseDer(inner, ECPrivateKey, 'sec1', false);
      if (!key.ok) return undefined;
      const d = fixedLength(new Uint8Array(key.value.privateKey.buffer), 32);
      if (d === undefined || !secp256k1.utils.isValidSecretKey(d)) return undefined;
      const point = secp256k1.getPublicKey(d, false);
      return {
        kty: 'EC',
        crv: 'secp256k1',
        x: toBase64url(point.subarray(1, 33)),
        y: toBase64url(point.subarray(33)),
        d: toBase64url(d),
      };
    }
    if (algorithm.kty === 'OKP' && algorithm.crv === 'Ed448') {
      // CurvePrivateKey ::= OCTET STRING, of 57 bytes for Ed448 (RFC 8410 section 7).
      if (inner.length !== 59 || inner[0] !== 0x04 || inner[1] !== 57) return undefined;
      const d = inner.subarray(2);
      return { kty: 'OKP', crv: 'Ed448', x: toBase64url(ed448.getPublicKey(d)), d: toBase64url(d) };
    }
    return undefined;
  } catch {
    return undefined;
  }
}
