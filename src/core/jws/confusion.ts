import { classifyDer } from '../keys/der';
import type { KeyError } from '../keys/errors';
import type { ReadKey } from '../keys/key-material';
import type { Result } from '../result';
import type { ConfusedKey } from './verdict';

/**
 * RFC 8725 section 3.1: key text that is a key in any of its readings (PEM, JWK, or DER without armour in
 * base64 or hex) is never an HMAC secret, even when it cannot be read as a key. Says what was found instead.
 */
export function findConfusedKey(read: Result<ReadKey, KeyError>): ConfusedKey | undefined {
  if (!read.ok) {
    return read.error.material === undefined
      ? undefined
      : { kind: 'material', material: read.error.material };
  }
  const value = read.value;
  if (value.kind === 'secret') {
    // Defence in depth: the bytes of the chosen reading themselves.
    return value.bytes !== undefined && classifyDer(value.bytes) !== undefined
      ? { kind: 'der-secret' }
      : undefined;
  }
  if (value.source === 'jwks') {
    if (value.keys.length === 0 || value.keys.some((k) => k.kty === 'oct')) return undefined;
    return { kind: 'jwks-without-secret' };
  }
  const single = value.keys.length === 1 ? value.keys[0] : undefined;
  if (single === undefined || single.kty === 'oct') return undefined;
  return {
    kind: 'key',
    private: single.fromPrivate,
    kty: single.kty,
    ...(single.crv === undefined ? {} : { crv: single.crv }),
    ...(value.via === undefined ? {} : { via: value.via }),
  };
}
