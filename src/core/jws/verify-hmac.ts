import { classifyDer } from '../keys/der';
import type { ReadKey } from '../keys/key-material';
import { decodeSecret, SECRET_ENCODINGS } from '../keys/secret';
import { expectedSignatureBytes, type AlgorithmSpec } from './algorithms';
import { verifyCompact } from './jose';
import type { Verdict } from './verdict';

/**
 * Checks an HS256/384/512 signature (RFC 7518 section 3.2) with the secret in the reading the user chose. When it
 * does not match, quietly tries the other readings of the same text and names one that matches; the verdict stays
 * invalid until the user switches. A reading whose bytes are a key is never offered.
 */
export async function verifyHmac(
  token: string,
  spec: AlgorithmSpec,
  read: Extract<ReadKey, { kind: 'secret' }>,
  keyText: string,
  signature: Uint8Array,
): Promise<Verdict> {
  if (spec.family !== 'hmac') {
    return {
      status: 'error',
      code: 'KEY_ALG_MISMATCH',
      mismatch: { reason: 'kty', alg: spec.alg, kty: 'oct' },
      candidates: [],
    };
  }
  if (read.bytes === undefined) {
    return read.encodingError === undefined
      ? { status: 'error', code: 'INTERNAL', name: 'secret without bytes', candidates: [] }
      : { status: 'error', code: 'SECRET_ENCODING', error: read.encodingError, candidates: [] };
  }
  if (read.bytes.length === 0) return { status: 'error', code: 'SECRET_EMPTY', candidates: [] };
  // A secret shorter than the hash is still checked; its risk is the short-secret finding (core/lint).
  const checked = {
    alg: spec.alg,
    key: { kind: 'secret', encoding: read.encoding } as const,
    candidates: [],
  };
  const expected = expectedSignatureBytes(spec);
  if (expected !== undefined && signature.length !== expected) {
    return { status: 'invalid', code: 'SIGNATURE_LENGTH', expected, found: signature.length, ...checked };
  }
  const result = await verifyCompact(token, read.bytes, spec.alg);
  if (result === 'match') return { status: 'verified', code: 'VERIFIED', ...checked };
  if (result !== 'no-match')
    return { status: 'error', code: 'HEADER_REJECTED', failure: result, candidates: [] };
  for (const other of SECRET_ENCODINGS) {
    if (other === read.encoding) continue;
    const bytes = decodeSecret(keyText, other);
    // A reading that is a key is never offered: that one click would complete a key-confusion forgery.
    if (!bytes.ok || bytes.value.length === 0 || classifyDer(bytes.value) !== undefined) continue;
    if ((await verifyCompact(token, bytes.value, spec.alg)) === 'match') {
      return {
        status: 'invalid',
        code: 'SIGNATURE_MISMATCH',
        tried: 1,
        alternateEncoding: other,
        ...checked,
      };
    }
  }
  return { status: 'invalid', code: 'SIGNATURE_MISMATCH', tried: 1, ...checked };
}
