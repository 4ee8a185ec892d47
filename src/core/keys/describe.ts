import type { Result } from '../result';
import { describeKeyError, type KeyError } from './errors';
import type { KeySource, PublicKeyEntry, ReadKey } from './key-material';
import { describeKeyType } from './key-type';
import { describeEncoding } from './secret';

function describeEntry(entry: PublicKeyEntry, kind: 'public' | 'private'): string {
  if (entry.kty === 'oct') return `HMAC secret (JWK), ${(entry.bits ?? 0) / 8} bytes`;
  if (entry.kty === 'AKP') return `${entry.alg ?? 'ML-DSA'} ${kind} key`;
  const type = entry.kty === 'OKP' ? (entry.crv ?? 'OKP') : describeKeyType(entry.kty, entry.crv);
  const bits = entry.kty === 'RSA' && entry.bits !== undefined ? `, ${entry.bits} bits` : '';
  return `${type} ${kind} key${bits}`;
}

/**
 * What the key is for: verifying and signing a JWS, or decrypting a JWE (where a private key is used itself, and a
 * secret is a shared key or a password).
 */
export type KeyPurpose = 'verify' | 'decrypt';

/** Words for what the key input holds: "RSA public key, 2048 bits", "JWKS, 3 keys", "HMAC secret, 32 bytes". */
export function describeReadKey(read: ReadKey, purpose: KeyPurpose = 'verify'): string {
  if (read.kind === 'secret' && purpose === 'decrypt') {
    const n = read.bytes?.length;
    return n === undefined
      ? `Shared key or password: not valid ${describeEncoding(read.encoding)}`
      : `Shared key or password, ${n} byte${n === 1 ? '' : 's'} (read as ${describeEncoding(read.encoding)})`;
  }
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
  if (purpose === 'decrypt') {
    return entry.fromPrivate
      ? `${describeEntry(entry, 'private')}${jwk}`
      : `${describeEntry(entry, 'public')}${jwk}: a public key encrypts, only its private key decrypts`;
  }
  return entry.fromPrivate
    ? `${describeEntry(entry, 'private')}${jwk}: its public half is used`
    : `${describeEntry(entry, 'public')}${jwk}`;
}

const PASTED: Record<Extract<KeySource, { kind: 'pasted' }>['form'], string> = {
  spki: 'the pasted public key',
  'pkcs1-public': 'the pasted RSA public key',
  x509: "the certificate's public key",
  pkcs8: 'the public half of the pasted private key',
  'pkcs1-private': 'the public half of the pasted RSA private key',
  sec1: 'the public half of the pasted EC private key',
  jwk: 'the pasted JWK',
};

/** Words for where a key came from: "the pasted public key", "key 2 of the JWKS (kid "a")". */
export function describeKeySource(source: KeySource): string {
  if (source.kind === 'pasted') return PASTED[source.form];
  const kid = source.kid === undefined ? '' : ` (kid ${JSON.stringify(source.kid)})`;
  return `key ${source.index + 1} of the JWKS${kid}`;
}

/** Words for the key input whether or not it could be read (the `key-kind` text): what it holds, or why not. */
export function describeKeyReading(
  reading: Result<ReadKey, KeyError>,
  purpose: KeyPurpose = 'verify',
): string {
  return reading.ok
    ? describeReadKey(reading.value, purpose)
    : `Unreadable key: ${describeKeyError(reading.error)}`;
}
