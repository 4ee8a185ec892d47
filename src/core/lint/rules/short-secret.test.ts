import { describe, expect, it } from 'vitest';
import { lintContextFor } from '../../testing/lint-context';
import { checkShortSecret } from './short-secret';

describe('short-secret', () => {
  it('finds an HMAC secret shorter than the hash', () => {
    expect(
      checkShortSecret(lintContextFor('{"alg":"HS256"}', '{}', { key: { kind: 'secret', bytes: 6 } })),
    ).toEqual([{ id: 'short-secret', severity: 'high', alg: 'HS256', bytes: 6, needed: 32 }]);
    expect(
      checkShortSecret(lintContextFor('{"alg":"HS512"}', '{}', { key: { kind: 'secret', bytes: 32 } })),
    ).toMatchObject([{ needed: 64 }]);
  });
  it('finds nothing for a long enough secret, without a key, or for another alg', () => {
    expect(
      checkShortSecret(lintContextFor('{"alg":"HS256"}', '{}', { key: { kind: 'secret', bytes: 32 } })),
    ).toEqual([]);
    expect(checkShortSecret(lintContextFor('{"alg":"HS256"}', '{}'))).toEqual([]);
    expect(
      checkShortSecret(lintContextFor('{"alg":"RS256"}', '{}', { key: { kind: 'secret', bytes: 3 } })),
    ).toEqual([]);
  });
});
