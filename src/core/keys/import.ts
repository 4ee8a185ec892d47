import { PrivateKeyInfo } from '@peculiar/asn1-pkcs8';
import type { JWK } from 'jose';
import { toBase64url } from '../encoding/base64url';
import { err, type Result } from '../result';
import { parseDer } from './der';
import type { KeyError } from './errors';
import { readJwk } from './jwk';
import type { KeySource, PublicKeyEntry } from './key-material';
import { readKeyAlgorithm, readSpki, type KeyAlgorithm, type SpkiDescription } from './spki';

// WebCrypto import parameters for each key type; the platform parses the ASN.1 of the key itself.
function importParams(
  algorithm: KeyAlgorithm,
): ReadonlyArray<RsaHashedImportParams | EcKeyImportParams | Algorithm> {
  switch (algorithm.kty) {
    case 'RSA':
      // An id-RSASSA-PSS key imports only as RSA-PSS.
      return [
        { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
        { name: 'RSA-PSS', hash: 'SHA-256' },
      ];
    case 'EC':
      return algorithm.crv === 'secp256k1' ? [] : [{ name: 'ECDSA', namedCurve: algorithm.crv ?? '' }];
    case 'OKP':
      return [{ name: algorithm.crv ?? '' }];
  }
}

async function webCryptoJwk(
  der: Uint8Array,
  format: 'spki' | 'pkcs8',
  algorithm: KeyAlgorithm,
): Promise<JWK | undefined> {
  // X25519 agrees keys (JWE ECDH-ES): a public key takes no usage, a private one derives bits.
  const agreement = algorithm.kty === 'OKP' && algorithm.crv === 'X25519';
  const usages: KeyUsage[] = agreement
    ? format === 'spki'
      ? []
      : ['deriveBits']
    : format === 'spki'
      ? ['verify']
      : ['sign'];
  for (const params of importParams(algorithm)) {
    try {
      const key = await crypto.subtle.importKey(format, der as BufferSource, params, true, usages);
      return await crypto.subtle.exportKey('jwk', key);
    } catch {
      // Not this algorithm, or not on this platform: try the next.
    }
  }
  return undefined;
}

/**
 * Public keys WebCrypto cannot import (secp256k1, Ed448) as a JWK read from their SubjectPublicKeyInfo
 * (RFC 8812 section 3.1, RFC 8037 section 2), for the on-demand verifier.
 */
function spkiToJwk(spki: SpkiDescription): JWK | undefined {
  const raw = spki.publicKey;
  if (raw === undefined) return undefined;
  if (spki.crv === 'secp256k1' && raw.length === 65 && raw[0] === 0x04) {
    return {
      kty: 'EC',
      crv: 'secp256k1',
      x: toBase64url(raw.subarray(1, 33)),
      y: toBase64url(raw.subarray(33)),
    };
  }
  if (spki.crv === 'Ed448' && raw.length === 57) return { kty: 'OKP', crv: 'Ed448', x: toBase64url(raw) };
  return undefined;
}

/** Private keys WebCrypto lacks (secp256k1, Ed448 in browsers), read through @noble, loaded on demand. */
async function privateWithoutWebCrypto(
  info: PrivateKeyInfo,
  algorithm: KeyAlgorithm,
): Promise<JWK | undefined> {
  const wanted =
    (algorithm.kty === 'EC' && algorithm.crv === 'secp256k1') ||
    (algorithm.kty === 'OKP' && algorithm.crv === 'Ed448');
  if (!wanted) return undefined;
  const { privateKeyInfoToJwk } = await import('./private-extra');
  return privateKeyInfoToJwk(info, algorithm);
}

/**
 * Reads DER of a SubjectPublicKeyInfo (RFC 5280 section 4.1.2.7) or a PKCS#8 private key (RFC 5208 section 5):
 * the structure is checked first, so a key cut short or of another algorithm says so, then imported through
 * WebCrypto into a JWK. A private key keeps its private JWK beside the public one, in memory only.
 */
export async function importDer(
  der: Uint8Array,
  format: 'spki' | 'pkcs8',
  source: KeySource,
): Promise<Result<PublicKeyEntry, KeyError>> {
  let algorithm: KeyAlgorithm;
  let spki: SpkiDescription | undefined;
  let info: PrivateKeyInfo | undefined;
  if (format === 'spki') {
    const read = readSpki(der);
    if (!read.ok) return read;
    spki = read.value;
    algorithm = spki;
  } else {
    const parsed = parseDer(der, PrivateKeyInfo, 'pkcs8', false);
    if (!parsed.ok) return parsed;
    info = parsed.value;
    const read = readKeyAlgorithm(info.privateKeyAlgorithm);
    if (!read.ok) return read;
    algorithm = read.value;
  }
  const jwk =
    (await webCryptoJwk(der, format, algorithm)) ??
    (spki === undefined ? undefined : spkiToJwk(spki)) ??
    (info === undefined ? undefined : await privateWithoutWebCrypto(info, algorithm));
  if (jwk === undefined) {
    return err({
      code: 'KEY_NOT_IMPORTABLE',
      format,
      kty: algorithm.kty,
      ...(algorithm.crv === undefined ? {} : { crv: algorithm.crv }),
    });
  }
  // WebCrypto's export names the algorithm it was imported with; that was only our guess, not the key's alg.
  const { alg: _alg, key_ops: _ops, ext: _ext, ...members } = jwk as Record<string, unknown>;
  return readJwk(members, source);
}
