import { describe, expect, it } from 'vitest';
import { lintContextFor, PINNED_NOW, PINNED_NOW_S } from '../../testing/lint-context';
import { checkExpInMilliseconds } from './exp-in-milliseconds';

const H = '{"alg":"HS256","typ":"JWT"}';

describe('exp-in-milliseconds', () => {
  it('finds exp (and other time claims) in milliseconds', () => {
    expect(checkExpInMilliseconds(lintContextFor(H, `{"exp":${PINNED_NOW}}`))).toEqual([
      { id: 'exp-in-milliseconds', severity: 'medium', claim: 'exp', value: PINNED_NOW },
    ]);
    expect(checkExpInMilliseconds(lintContextFor(H, `{"iat":${PINNED_NOW}}`))).toMatchObject([
      { claim: 'iat' },
    ]);
  });
  it('finds nothing for seconds', () => {
    expect(checkExpInMilliseconds(lintContextFor(H, `{"exp":${PINNED_NOW_S}}`))).toEqual([]);
  });
});
