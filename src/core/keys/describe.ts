import { describeKeyType } from '../jws/algorithms';
import { describeEncoding } from './secret';
import type { PublicKeyEntry, ReadKey } from './read';

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
      return `HMAC secret: ${read.encodingError ?? 'unreadable'} (read as ${describeEncoding(read.encoding)})`;
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
