import type { Result } from '../result';
import { describeKeyError, type KeyError } from './errors';
import type { PublicKeyEntry, ReadKey } from './key-material';
import { describeKeyType } from './key-type';
import { describeEncoding } from './secret';

function describeEntry(entry: PublicKeyEntry, kind: 'public' | 'private'): string {
  if (entry.kty === 'oct') return `HMAC secret (JWK), ${(entry.bits ?? 0) / 8} bytes`;
  if (entry.kty === 'AKP') return `${entry.alg ?? 'ML-DSA'} ${kind} key`;
  const type = entry.kty === 'OKP' ? (entry.crv ?? 'OKP') : describeKeyType(entry.kty, entry.crv);
  const bits = entry.kty === 'RSA' && entry.bits !== undefined ? `, ${entry.bits} bits` : '';
  return `${type} ${kind} key${bits}`;
}

/** Words for what the key input holds: "RSA public key, 2048 bits", "JWKS, 3 keys", "HMAC secret, 32 bytes". */
export function describeReadKey(read: ReadKey): string {
  if (read.kind === 'secret') {
    if (read.bytes === undefined) {
      const hint = read.encoding === 'hex' ? ' (pairs of 0-9, a-f)' : '';
      return `HMAC secret: not valid ${describeEncoding(read.encoding)}${hint} (read as ${describeEncoding(read.encoding)})`;
    }
    const n = read.bytes.length;
    return `HMAC secret, ${n} byte${n === 1 ? '' : 's'} (read as ${describeEncoding(read.encoding)})`;
  }
  if (read.source === 'jwks') {
    const n = read.listed ?? read.keys.length;
    const bad = read.unreadable.length > 0 ? `, ${read.unreadable.length} unreadable` : '';
    return `JWKS, ${n} key${n === 1 ? '' : 's'}${bad}`;
  }
  const entry = read.keys[0];
  if (entry === undefined) return 'no usable key';
  if (read.certificate !== undefined) {
    const name =
      read.certificate.commonName === undefined
        ? read.certificate.subject
        : `CN=${read.certificate.commonName}`;
    const until = read.certificate.notAfter.toISOString().slice(0, 10);
    return `X.509 certificate, ${name}, valid until ${until} (${describeEntry(entry, 'public')})`;
  }
  const jwk = read.source === 'jwk' ? ' (JWK)' : '';
  return entry.fromPrivate
    ? `${describeEntry(entry, 'private')}${jwk}: its public half is used`
    : `${describeEntry(entry, 'public')}${jwk}`;
}

/** Words for the key input whether or not it could be read (the `key-kind` text): what it holds, or why not. */
export function describeKeyReading(reading: Result<ReadKey, KeyError>): string {
  return reading.ok ? describeReadKey(reading.value) : `Unreadable key: ${describeKeyError(reading.error)}`;
}
