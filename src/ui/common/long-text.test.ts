import { describe, expect, it } from 'vitest';
import { describeHiddenKey, insertedText, isTooLongToShow, KEY_SHOWN_MAX_CHARS } from './long-text';

describe('key text too long to show', () => {
  it('is what the box would hold after the insertion, not the insertion alone', () => {
    expect(insertedText('abcdef', 2, 4, 'XY')).toBe('abXYef');
    expect(insertedText('', 0, 0, 'key')).toBe('key');
    // Select all and type: the old text goes.
    expect(insertedText('old', 0, 3, 'new')).toBe('new');
  });

  it('holds for a text over the limit of what the box shows, never for a real key or JWKS', () => {
    expect(isTooLongToShow('k'.repeat(KEY_SHOWN_MAX_CHARS))).toBe(false);
    expect(isTooLongToShow('k'.repeat(KEY_SHOWN_MAX_CHARS + 1))).toBe(true);
    expect(isTooLongToShow(insertedText('k'.repeat(KEY_SHOWN_MAX_CHARS), 0, 0, 'k'))).toBe(true);
    const jwks = JSON.stringify({
      keys: Array.from({ length: 8 }, (_, i) => ({
        kty: 'RSA',
        kid: `k${i}`,
        n: 'n'.repeat(684),
        e: 'AQAB',
      })),
    });
    expect(isTooLongToShow(jwks)).toBe(false);
  });

  it('says the size of what is not shown', () => {
    expect(describeHiddenKey(2 * 1024 * 1024)).toContain('2 MB');
  });
});
