import { describe, expect, it } from 'vitest';
import { lintContextFor } from '../../testing/lint-context';
import { checkAlgNone } from './alg-none';

describe('alg-none', () => {
  it('finds alg none, in any letter case', () => {
    expect(checkAlgNone(lintContextFor('{"alg":"none"}', '{}'))).toEqual([
      { id: 'alg-none', severity: 'high', alg: 'none' },
    ]);
    expect(checkAlgNone(lintContextFor('{"alg":"nOnE"}', '{}'))).toMatchObject([{ alg: 'nOnE' }]);
  });
  it('finds nothing in a signed token', () => {
    expect(checkAlgNone(lintContextFor('{"alg":"HS256"}', '{}'))).toEqual([]);
  });
});
