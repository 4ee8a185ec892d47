import { describe, expect, it } from 'vitest';
import { lintContextFor } from '../../testing/lint-context';
import { checkKidInjection, findKidPattern } from './kid-injection';

const kid = (value: string) => lintContextFor(JSON.stringify({ alg: 'HS256', kid: value }), '{}');

describe('kid-injection', () => {
  it.each([
    ['../../../../dev/null', 'path'],
    ['/dev/null', 'path'],
    ['keys/../../etc/passwd', 'path'],
    ["x' UNION SELECT 'key", 'sql'],
    ["1' OR '1'='1", 'sql'],
    ['a; DROP TABLE keys', 'sql'],
    ['key|whoami', 'command'],
    ['$(curl evil)', 'command'],
    ['key\u0000', 'control'],
  ])('finds %j (%s)', (value, pattern) => {
    expect(checkKidInjection(kid(value))).toEqual([
      { id: 'kid-injection', severity: 'high', kid: value, pattern },
    ]);
  });
  it.each([
    '2024-05-01',
    'a1b2c3',
    'nOp_u7XwWk0RrUq-s3Lmaw',
    'sig/2024',
    "O'Brien key",
    'https://example.com/keys/1',
  ])('finds nothing in %j', (value) => {
    expect(findKidPattern(value)).toBeUndefined();
  });
});
