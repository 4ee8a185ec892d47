import { ECParameters, ECPrivateKey, id_ecPublicKey } from '@peculiar/asn1-ecc';
import { PrivateKey, PrivateKeyInfo, Version } from '@peculiar/asn1-pkcs8';
import { AlgorithmIdentifier } from '@peculiar/asn1-x509';
import { err, ok, type Result } from '../result';
import { readCurve, type EcCurve } from './curves';
import { parseDer, toArrayBuffer, toDer } from './der';
import type { KeyError } from './errors';

/**
 * RFC 5915 section 3 to RFC 5208 section 5: wraps an EC PRIVATE KEY as a PKCS#8 PrivateKeyInfo, moving the
 * curve named in its parameters [0] into the AlgorithmIdentifier (RFC 5480 section 2.1.1) and keeping the
 * public key [1] when present.
 */
export function sec1ToPkcs8(der: Uint8Array): Result<{ pkcs8: Uint8Array; curve: EcCurve }, KeyError> {
  const key = parseDer(der, ECPrivateKey, 'sec1');
  if (!key.ok) return key;
  const { version, privateKey, parameters, publicKey } = key.value;
  if (version !== 1) return err({ code: 'SEC1_VERSION', found: version });
  if (parameters === undefined) return err({ code: 'CURVE_MISSING' });
  const curve = readCurve(parameters);
  if (!curve.ok) return curve;
  const curveOid = toDer(new ECParameters({ namedCurve: curve.value.oid }));
  if (!curveOid.ok) return curveOid;
  // As OpenSSL writes it: the curve is named once, in the AlgorithmIdentifier.
  const inner = toDer(
    new ECPrivateKey({ version: 1, privateKey, ...(publicKey === undefined ? {} : { publicKey }) }),
  );
  if (!inner.ok) return inner;
  const pkcs8 = toDer(
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
