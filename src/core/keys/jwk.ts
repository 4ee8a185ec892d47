import { decodeBase64url } from '../encoding/base64url';
import { err, ok, type Result } from '../result';
import { integerBits } from './der';
import type { KeyError } from './errors';
import type { KeySource, PublicKeyEntry } from './key-material';
import type { KeyType } from './key-type';

const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'priv'] as const;

/** The members each key type requires, in the order they are checked (RFC 7518 section 6, the ML-DSA draft). */
const REQUIRED: Record<KeyType, readonly string[]> = {
  RSA: ['n', 'e'],
  EC: ['crv', 'x', 'y'],
  OKP: ['crv', 'x'],
  AKP: ['pub', 'alg'],
  oct: ['k'],
};

function isKeyType(value: unknown): value is KeyType {
  return value === 'RSA' || value === 'EC' || value === 'OKP' || value === 'oct' || value === 'AKP';
}

/** Bits of a base64url big-endian integer (an RSA modulus). */
function base64urlBits(b64: string): number | undefined {
  const bytes = decodeBase64url(b64);
  return bytes.ok ? integerBits(bytes.value) : undefined;
}

/**
 * Reads a JWK (RFC 7517 section 4, RFC 7518 section 6): checks its members and returns its public half with what
 * is known about it; a private JWK is kept whole beside it, in memory, for signing.
 */
export function readJwk(raw: Record<string, unknown>, source: KeySource): Result<PublicKeyEntry, KeyError> {
  const kty = raw.kty;
  if (!isKeyType(kty)) return err({ code: 'JWK_BAD_KTY', found: JSON.stringify(kty ?? null) });
  const missing = REQUIRED[kty].find((member) => typeof raw[member] !== 'string');
  if (missing !== undefined) return err({ code: 'JWK_MISSING_MEMBER', kty, member: missing });
  // Private members are dropped (only the public half verifies); usage members of the pasted key would stop a
  // verify-only import, and selection reads them from `raw`.
  const dropped = new Set<string>([
    ...(kty === 'oct' ? [] : PRIVATE_MEMBERS),
    'key_ops',
    'ext',
    'alg',
    'use',
  ]);
  const fromPrivate = kty !== 'oct' && PRIVATE_MEMBERS.some((m) => m in raw);
  const jwk = Object.fromEntries(Object.entries(raw).filter(([name]) => !dropped.has(name)));
  let bits: number | undefined;
  if (kty === 'RSA') bits = base64urlBits(raw.n as string);
  if (kty === 'oct') {
    const k = decodeBase64url(raw.k as string);
    if (!k.ok) return err({ code: 'JWK_BAD_MEMBER', member: 'k' });
    bits = k.value.length * 8;
  }
  const crv = kty === 'EC' || kty === 'OKP' ? (raw.crv as string) : undefined;
  return ok({
    source,
    jwk,
    kty,
    ...(crv === undefined ? {} : { crv }),
    ...(bits === undefined ? {} : { bits }),
    ...(typeof raw.kid === 'string' ? { kid: raw.kid } : {}),
    ...(typeof raw.alg === 'string' ? { alg: raw.alg } : {}),
    ...(typeof raw.use === 'string' ? { use: raw.use } : {}),
    fromPrivate,
    ...(fromPrivate ? { privateJwk: raw } : {}),
  });
}
