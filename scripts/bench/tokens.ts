// The tokens the bench measures, built with Node's own base64url, independent of the app.
import { randomBytes } from 'node:crypto';

export function b64url(input: string | Uint8Array): string {
  return Buffer.from(input).toString('base64url');
}

/** The four token sizes of the budgets: payload JSON of about these many bytes gives tokens of the labelled size. */
export const SIZES = [
  { id: '400b', label: '400 B', payloadBytes: 250 },
  { id: '10kb', label: '10 KB', payloadBytes: 7_500 },
  { id: '100kb', label: '100 KB', payloadBytes: 75_000 },
  { id: '1mb', label: '1 MB', payloadBytes: 750_000 },
] as const;

export type Size = (typeof SIZES)[number];

/**
 * A realistic claims set grown to about `bytes` of JSON: nested objects, arrays, strings and numbers. `first`
 * members come before the rest (a marker the browser bench looks for at the top of the payload view).
 */
export function payloadOfSize(bytes: number, first: Record<string, string> = {}): string {
  const base = {
    ...first,
    iss: 'https://login.example.com/tenant/v2.0',
    sub: 'a1b2c3d4-e5f6-7890-abcd-ef0123456789',
    aud: ['api://orders', 'api://billing'],
    iat: 1763856000,
    exp: 1763859600,
    name: 'Ada Lovelace',
    roles: [] as unknown[],
  };
  // The length is kept as roles are added (each adds its own JSON and a comma), not measured again each time: the
  // same text as growing until JSON.stringify(base) is long enough, in linear time.
  let length = JSON.stringify(base).length;
  for (let i = 0; length < bytes; i++) {
    const role = {
      id: i,
      name: `role-${i}`,
      scopes: ['read', 'write', `tenant:${i % 97}`],
      weight: i * 0.5,
      on: i % 2 === 0,
    };
    base.roles.push(role);
    length += JSON.stringify(role).length + (i === 0 ? 0 : 1);
  }
  return JSON.stringify(base);
}

/** An HS256-shaped token over `payload` with a dummy signature of the right length (for the decoder only). */
export function hs256Shaped(payload: string): string {
  return `${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url(payload)}.${b64url('x'.repeat(32))}`;
}

/**
 * An RS256-shaped token for the browser: the payload starts with `jti: marker` so the payload view shows it at
 * once, and the signature is 256 random bytes (no key is given, so nothing verifies it). RS256 rather than HS256:
 * an HS256 token also starts the known-secret search, whose progress keeps changing the page.
 */
export function browserToken(payloadBytes: number, marker: string): string {
  const payload = payloadOfSize(payloadBytes, { jti: marker });
  return `${b64url('{"alg":"RS256","typ":"JWT","kid":"bench"}')}.${b64url(payload)}.${b64url(randomBytes(256))}`;
}

/** A marker no other token of the run has: `bench-<what>-<random>`. */
export function marker(what: string): string {
  return `bench-${what}-${randomBytes(6).toString('hex')}`;
}

/**
 * Payloads of shapes that each stress one part of the page (a megabyte string, tens of thousands of members or
 * elements, a long member name, bytes that are not text), each starting with `sub: marker` where it is JSON.
 */
export const PAYLOAD_SHAPES: Readonly<Record<string, (marker: string) => string>> = {
  'long-string': (m) => JSON.stringify({ sub: m, x: 'a'.repeat(750_000) }),
  'many-members': (m) =>
    JSON.stringify(
      Object.fromEntries([['sub', m], ...Array.from({ length: 50_000 }, (_, i) => [`k${i}`, i])]),
    ),
  'long-array': (m) => JSON.stringify({ sub: m, a: Array.from({ length: 150_000 }, (_, i) => i) }),
  'wide-nested': (m) =>
    JSON.stringify({ sub: m, o: Array.from({ length: 20_000 }, (_, i) => ({ [`k${i}`]: { v: [i] } })) }),
  'long-name': (m) => JSON.stringify({ sub: m, ['k'.repeat(500_000)]: 1 }),
  // Small enough (110 KB) that every member reaches the claims table, which listed all of them at once.
  'claims-5000': (m) =>
    JSON.stringify(
      Object.fromEntries([['sub', m], ...Array.from({ length: 5000 }, (_, i) => [`claim${i}`, i])]),
    ),
  binary: (m) => m + String.fromCharCode(...Array.from({ length: 60_000 }, (_, i) => i % 256)),
};

/** An RS256-shaped token over a payload text (no key: nothing verifies it). */
export function rs256Shaped(payload: string): string {
  return `${b64url('{"alg":"RS256","typ":"JWT"}')}.${b64url(payload)}.${b64url(randomBytes(256))}`;
}
