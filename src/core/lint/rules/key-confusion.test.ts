import { describe, expect, it } from 'vitest';
import { lintContextFor } from '../../testing/lint-context';
import { checkKeyConfusion } from './key-confusion';

describe('key-confusion', () => {
  it('finds key material given as the secret of an HS* token', () => {
    expect(
      checkKeyConfusion(
        lintContextFor('{"alg":"HS256"}', '{}', { key: { kind: 'key-material', private: false } }),
      ),
    ).toEqual([{ id: 'key-confusion', severity: 'high', alg: 'HS256', private: false }]);
  });
  it('finds nothing for a secret, or key material with an RS* token', () => {
    expect(
      checkKeyConfusion(lintContextFor('{"alg":"HS256"}', '{}', { key: { kind: 'secret', bytes: 32 } })),
    ).toEqual([]);
    expect(
      checkKeyConfusion(
        lintContextFor('{"alg":"RS256"}', '{}', { key: { kind: 'key-material', private: false } }),
      ),
    ).toEqual([]);
  });
});
