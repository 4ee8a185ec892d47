import { id_secp256r1, id_secp384r1, id_secp521r1, type ECParameters } from '@peculiar/asn1-ecc';
import { err, ok, type Result } from '../result';
import type { KeyError } from './errors';

/** The elliptic curves a SEC1 key or an EC SubjectPublicKeyInfo may name, by their JOSE names. */
export type EcCurve = 'P-256' | 'P-384' | 'P-521' | 'secp256k1';

// RFC 5480 section 2.1.1.1 and SEC 2 (secp256k1).
const ID_SECP256K1 = '1.3.132.0.10';

const CURVES: Readonly<Record<string, EcCurve>> = {
  [id_secp256r1]: 'P-256',
  [id_secp384r1]: 'P-384',
  [id_secp521r1]: 'P-521',
  [ID_SECP256K1]: 'secp256k1',
};

/** RFC 5480 section 2.1.1: the named curve of EC parameters, by its JOSE name, with its OID. */
export function readCurve(params: ECParameters): Result<{ curve: EcCurve; oid: string }, KeyError> {
  const oid = params.namedCurve;
  if (oid === undefined) return err({ code: 'CURVE_EXPLICIT' });
  const curve = CURVES[oid];
  if (curve === undefined) return err({ code: 'CURVE_UNSUPPORTED', curve: oid });
  return ok({ curve, oid });
}
