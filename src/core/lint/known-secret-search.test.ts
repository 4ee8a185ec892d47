import { describe, expect, it } from 'vitest';
import { describeKnownSecretSearch, type KnownSecretSearchState } from './known-secret-search';

describe('describeKnownSecretSearch', () => {
  const examples: Record<string, KnownSecretSearchState> = {
    loading: { status: 'loading' },
    searching: { status: 'searching', tried: 12000, total: 103797 },
    failed: { status: 'failed' },
    found: { status: 'done', outcome: { kind: 'found', secret: 'secret', tried: 5 }, total: 10 },
    'not-found': { status: 'done', outcome: { kind: 'not-found', tried: 10 }, total: 10 },
    cancelled: { status: 'done', outcome: { kind: 'cancelled', tried: 3 }, total: 10 },
    'not-hmac': { status: 'done', outcome: { kind: 'skipped', reason: 'not-hmac' }, total: 0 },
    'no-signature': { status: 'done', outcome: { kind: 'skipped', reason: 'no-signature' }, total: 0 },
    'signature-length': {
      status: 'done',
      outcome: { kind: 'skipped', reason: 'signature-length' },
      total: 0,
    },
    sample: { status: 'done', outcome: { kind: 'skipped', reason: 'sample' }, total: 0 },
  };
  it.each(Object.entries(examples))('has words for %s', (_, state) => {
    expect(describeKnownSecretSearch(state).length).toBeGreaterThan(10);
  });
  it('says why a token was not searched, each reason in its own words', () => {
    const reasons = ['not-hmac', 'no-signature', 'signature-length', 'sample'] as const;
    const words = reasons.map((r) => describeKnownSecretSearch(examples[r]!));
    expect(new Set(words).size).toBe(reasons.length);
    // A token with a signature is never told it has none.
    expect(describeKnownSecretSearch(examples['signature-length']!)).not.toMatch(
      /with a signature|no signature/,
    );
  });
  it('counts with separators', () => {
    expect(describeKnownSecretSearch(examples.searching!)).toContain('12,000 of 103,797');
  });
});
