import type { PublicKeyEntry, ReadKey, UnreadableKey } from './key-material';
import { readJwk } from './jwk';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a JWK Set (RFC 7517 section 5): every key that can be read, and each one that cannot, with why. */
export function readJwks(json: Record<string, unknown> | undefined): ReadKey {
  const list = Array.isArray(json?.keys) ? (json.keys as unknown[]) : [];
  const keys: PublicKeyEntry[] = [];
  const unreadable: UnreadableKey[] = [];
  list.forEach((member, i) => {
    const kid = isRecord(member) && typeof member.kid === 'string' ? { kid: member.kid } : {};
    const source = { kind: 'jwks', index: i, ...kid } as const;
    if (!isRecord(member)) {
      unreadable.push({ source, error: { code: 'JWKS_ENTRY_NOT_OBJECT' } });
      return;
    }
    const entry = readJwk(member, source);
    if (entry.ok) keys.push(entry.value);
    else unreadable.push({ source, error: entry.error });
  });
  return { kind: 'keys', source: 'jwks', keys, unreadable, listed: list.length };
}
