import { describe, expect, it } from 'vitest';
import { lintContextFor } from '../../testing/lint-context';
import { checkDuplicateMember } from './duplicate-member';

describe('duplicate-member', () => {
  it('finds a repeated member in the header or payload, at any depth', () => {
    expect(
      checkDuplicateMember(
        lintContextFor('{"alg":"HS256","alg":"none"}', '{"a":{"b":1,"b":2},"sub":"x","sub":"y"}'),
      ),
    ).toEqual([
      { id: 'duplicate-member', severity: 'high', part: 'header', pointer: '/header/alg', name: 'alg' },
      { id: 'duplicate-member', severity: 'high', part: 'payload', pointer: '/payload/sub', name: 'sub' },
      { id: 'duplicate-member', severity: 'high', part: 'payload', pointer: '/payload/a/b', name: 'b' },
    ]);
  });
  it('finds nothing when every name is once per object', () => {
    expect(
      checkDuplicateMember(lintContextFor('{"alg":"HS256","typ":"JWT"}', '{"a":{"sub":1},"sub":"x"}')),
    ).toEqual([]);
  });
});
