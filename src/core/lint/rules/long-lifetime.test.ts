import { describe, expect, it } from 'vitest';
import { lintContextFor, PINNED_NOW_S } from '../../testing/lint-context';
import { checkLongLifetime } from './long-lifetime';

const H = '{"alg":"HS256","typ":"JWT"}';

describe('long-lifetime', () => {
  it('finds exp more than a day after iat, worse past 90 days', () => {
    expect(checkLongLifetime(lintContextFor(H, '{"iat":0,"exp":172800}'))).toEqual([
      { id: 'long-lifetime', severity: 'low', lifetime: 172_800_000, from: 'iat' },
    ]);
    expect(checkLongLifetime(lintContextFor(H, `{"exp":${PINNED_NOW_S + 365 * 86400}}`))).toMatchObject([
      { severity: 'medium', from: 'now' },
    ]);
  });
  it('finds nothing for an hour-long token or without exp', () => {
    expect(checkLongLifetime(lintContextFor(H, '{"iat":0,"exp":3600}'))).toEqual([]);
    expect(checkLongLifetime(lintContextFor(H, '{"iat":0}'))).toEqual([]);
  });
});
