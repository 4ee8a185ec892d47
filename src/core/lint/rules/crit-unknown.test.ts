import { describe, expect, it } from 'vitest';
import { lintContextFor } from '../../testing/lint-context';
import { checkCritUnknown } from './crit-unknown';

describe('crit-unknown', () => {
  it('finds a critical extension nobody here understands', () => {
    expect(checkCritUnknown(lintContextFor('{"alg":"HS256","crit":["exp"],"exp":1}', '{}'))).toEqual([
      { id: 'crit-unknown', severity: 'medium', problem: 'unknown', names: ['exp'] },
    ]);
  });
  it('finds a malformed crit, a registered name in it, or a name the header lacks', () => {
    expect(checkCritUnknown(lintContextFor('{"alg":"HS256","crit":[]}', '{}'))).toMatchObject([
      { problem: 'malformed' },
    ]);
    expect(checkCritUnknown(lintContextFor('{"alg":"HS256","crit":["alg"]}', '{}'))).toMatchObject([
      { problem: 'registered', names: ['alg'] },
    ]);
    expect(checkCritUnknown(lintContextFor('{"alg":"HS256","crit":["b64"]}', '{}'))).toMatchObject([
      { problem: 'absent', names: ['b64'] },
    ]);
  });
  it('finds nothing without crit, or for an understood b64', () => {
    expect(checkCritUnknown(lintContextFor('{"alg":"HS256"}', '{}'))).toEqual([]);
    expect(checkCritUnknown(lintContextFor('{"alg":"HS256","b64":false,"crit":["b64"]}', '{}'))).toEqual([]);
  });
});
