import { describe, expect, it } from 'vitest';
import { lintContextFor, PINNED_NOW, PINNED_NOW_S } from '../../testing/lint-context';
import { checkIatInFuture } from './iat-in-future';

const H = '{"alg":"HS256","typ":"JWT"}';

describe('iat-in-future', () => {
  it('finds iat after now, beyond the leeway', () => {
    expect(checkIatInFuture(lintContextFor(H, `{"iat":${PINNED_NOW_S + 600}}`))).toEqual([
      { id: 'iat-in-future', severity: 'medium', iat: PINNED_NOW + 600_000, ahead: 600_000 },
    ]);
  });
  it('finds nothing for iat now or in the past, or within the leeway', () => {
    expect(checkIatInFuture(lintContextFor(H, `{"iat":${PINNED_NOW_S}}`))).toEqual([]);
    expect(checkIatInFuture(lintContextFor(H, `{"iat":${PINNED_NOW_S + 30}}`, { leeway: 60 }))).toEqual([]);
  });
});
