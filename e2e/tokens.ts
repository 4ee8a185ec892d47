import { execFileSync } from 'node:child_process';
import { createHmac, createSign, randomBytes, X509Certificate, type KeyObject } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CompactEncrypt } from 'jose';

/** Tokens for the browser tests, built here with Node's own base64url and HMAC, independent of the app. */
export function b64url(input: string | Uint8Array): string {
  return Buffer.from(input).toString('base64url');
}

/** A compact JWS from the exact header and payload text given (so tests control every byte of the JSON). */
export function rawToken(headerJson: string, payloadJson: string, signature = 'c2lnbmF0dXJl'): string {
  return `${b64url(headerJson)}.${b64url(payloadJson)}.${signature}`;
}

/** An HS256 token over the exact header and payload text, signed with `secret`. */
export function hs256(headerJson: string, payloadJson: string, secret: string): string {
  const input = `${b64url(headerJson)}.${b64url(payloadJson)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

/** An RS256 token over the exact header and payload text, signed by Node with `key`. */
export function rs256(headerJson: string, payloadJson: string, key: KeyObject): string {
  const input = `${b64url(headerJson)}.${b64url(payloadJson)}`;
  return `${input}.${b64url(createSign('RSA-SHA256').update(input).sign(key))}`;
}

/** A self-signed certificate (CN=`cn`) for a private key, made by OpenSSL in `dir` (a test's output folder). */
export function selfSignedCertificate(key: KeyObject, dir: string, cn: string): X509Certificate {
  mkdirSync(dir, { recursive: true });
  const keyFile = join(dir, 'key.pem');
  const out = join(dir, 'cert.der');
  writeFileSync(keyFile, key.export({ type: 'pkcs8', format: 'pem' }));
  execFileSync(
    'openssl',
    ['req', '-x509', '-key', keyFile, '-subj', `/CN=${cn}`, '-days', '30', '-outform', 'DER', '-out', out],
    {
      stdio: 'ignore',
    },
  );
  return new X509Certificate(readFileSync(out));
}

export const SECRET = 'e2e-test-secret-that-is-long-enough!';

export const TYPICAL = hs256(
  '{"alg":"HS256","typ":"JWT"}',
  '{"sub":"user-42","name":"Grace Hopper","iat":1700000000,"exp":4102444800}',
  SECRET,
);

export const BIG_NUMBERS_PAYLOAD =
  '{"id":12345678901234567890,"huge":1e400,"negzero":-0.0,"three":3.0,"small":42,"exp":4102444800}';

export const UNICODE_PAYLOAD =
  '{"emoji":"🔐🎉","cjk":"認証トークン","rtl":"مرحبا بالعالم","mixed":"a\\u00e9b"}';

export const DUPLICATE_PAYLOAD = '{"sub":"alice","admin":false,"admin":true}';

/** A real compact JWE (dir, A256GCM), made with jose in Node. */
export async function makeJwe(): Promise<string> {
  return new CompactEncrypt(new TextEncoder().encode('{"sub":"secret-user"}'))
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM', kid: 'enc-key-1' })
    .encrypt(new Uint8Array(randomBytes(32)));
}

const BASE64URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * `token` with the last character of its last segment changed to a twin that sets unused low bits (RFC 4648
 * section 3.5): the same bytes under a lenient decoder, but a text no encoder writes. Needs a last segment whose
 * length is not a multiple of 4 (RS256 and ES256 signatures qualify).
 */
export function nonCanonicalTwin(token: string, bits = 1): string {
  const segment = token.slice(token.lastIndexOf('.') + 1);
  const unused = [0, 0, 0b1111, 0b11][segment.length % 4] ?? 0;
  if ((bits & unused) === 0)
    throw new Error(`no unused bits ${bits} in a segment of ${segment.length} characters`);
  const last = BASE64URL_ALPHABET.indexOf(token.charAt(token.length - 1));
  return token.slice(0, -1) + BASE64URL_ALPHABET.charAt(last | (bits & unused));
}

/** A disclosure of an SD-JWT (RFC 9901 section 4.2.1): base64url of the JSON array [salt, name, value]. */
export function disclosure(name: string, value: unknown): string {
  return b64url(JSON.stringify(['2GLC42sKQveCfGfryNRN9w', name, value]));
}

/** An SD-JWT (RFC 9901 section 4) whose issuer-signed JWT is TYPICAL (signed with SECRET), with a key-binding JWT or not. */
export function sdJwt(keyBinding: boolean): string {
  const disclosures = [disclosure('given_name', 'Grace'), disclosure('family_name', 'Hopper')];
  const kb = keyBinding ? rawToken('{"alg":"ES256","typ":"kb+jwt"}', '{"nonce":"n-0S6_WzA2Mj"}') : '';
  return `${TYPICAL}~${disclosures.join('~')}~${kb}`;
}
