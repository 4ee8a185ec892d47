import { PrivateKey, PrivateKeyInfo, Version } from '@peculiar/asn1-pkcs8';
import { id_rsaEncryption, RSAPrivateKey, RSAPublicKey } from '@peculiar/asn1-rsa';
import { AlgorithmIdentifier, SubjectPublicKeyInfo } from '@peculiar/asn1-x509';
import type { Result } from '../result';
import { parseDer, toArrayBuffer, toDer } from './der';
import type { KeyError } from './errors';

function rsaAlgorithm(): AlgorithmIdentifier {
  // RFC 8017 appendix A.1: rsaEncryption takes NULL parameters.
  return new AlgorithmIdentifier({ algorithm: id_rsaEncryption, parameters: null });
}

/** RFC 8017 appendix A.1.1 to RFC 5280 section 4.1.2.7: wraps an RSA PUBLIC KEY as a SubjectPublicKeyInfo. */
export function pkcs1PublicToSpki(der: Uint8Array): Result<Uint8Array, KeyError> {
  const key = parseDer(der, RSAPublicKey, 'pkcs1-public');
  if (!key.ok) return key;
  const inner = toDer(key.value);
  if (!inner.ok) return inner;
  return toDer(
    new SubjectPublicKeyInfo({ algorithm: rsaAlgorithm(), subjectPublicKey: toArrayBuffer(inner.value) }),
  );
}

/** RFC 8017 appendix A.1.2 to RFC 5208 section 5: wraps an RSA PRIVATE KEY as a PKCS#8 PrivateKeyInfo. */
export function pkcs1PrivateToPkcs8(der: Uint8Array): Result<Uint8Array, KeyError> {
  const key = parseDer(der, RSAPrivateKey, 'pkcs1-private');
  if (!key.ok) return key;
  const inner = toDer(key.value);
  if (!inner.ok) return inner;
  return toDer(
    new PrivateKeyInfo({
      version: Version.v1,
      privateKeyAlgorithm: rsaAlgorithm(),
      privateKey: new PrivateKey(toArrayBuffer(inner.value)),
    }),
  );
}
