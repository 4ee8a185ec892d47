import { describe, expect, it } from 'vitest';
import { lintContextFor } from '../../testing/lint-context';
import { checkInexactNumber } from './inexact-number';

describe('inexact-number', () => {
  it('finds numbers JavaScript cannot hold', () => {
    expect(
      checkInexactNumber(
        lintContextFor(
          '{"alg":"HS256","typ":"JWT"}',
          '{"id":12345678901234567890,"a":[1,[9007199254740993]]}',
        ),
      ),
    ).toEqual([
      {
        id: 'inexact-number',
        severity: 'low',
        pointer: '/payload/id',
        raw: '12345678901234567890',
        jsText: '12345678901234567000',
      },
      {
        id: 'inexact-number',
        severity: 'low',
        pointer: '/payload/a/1/0',
        raw: '9007199254740993',
        jsText: '9007199254740992',
      },
    ]);
  });
  it('finds nothing in ordinary numbers', () => {
    expect(
      checkInexactNumber(lintContextFor('{"alg":"HS256","typ":"JWT"}', '{"iat":1516239022,"x":3.0}')),
    ).toEqual([]);
  });
});
