import { describe, expect, it } from 'vitest';
import { lintContextFor } from '../../testing/lint-context';
import { checkTypMismatch } from './typ-mismatch';

describe('typ-mismatch', () => {
  it('finds an ID token typed as an access token', () => {
    expect(checkTypMismatch(lintContextFor('{"alg":"RS256","typ":"at+jwt"}', '{"nonce":"n"}'))).toEqual([
      { id: 'typ-mismatch', severity: 'medium', typ: 'at+jwt', use: 'id-token', expected: 'JWT' },
    ]);
  });
  it('finds a DPoP proof typed JWT, and an access token typed JWT (info)', () => {
    expect(
      checkTypMismatch(lintContextFor('{"alg":"ES256","typ":"JWT"}', '{"htm":"POST","htu":"https://a/t"}')),
    ).toMatchObject([{ severity: 'medium', use: 'dpop-proof', expected: 'dpop+jwt' }]);
    expect(checkTypMismatch(lintContextFor('{"alg":"RS256","typ":"JWT"}', '{"scp":"read"}'))).toMatchObject([
      { severity: 'info', use: 'access-token', expected: 'at+jwt' },
    ]);
  });
  it('finds nothing when typ fits (letter case and application/ prefix aside)', () => {
    expect(
      checkTypMismatch(lintContextFor('{"alg":"RS256","typ":"application/AT+JWT"}', '{"scope":"a"}')),
    ).toEqual([]);
    expect(
      checkTypMismatch(lintContextFor('{"alg":"ES256","typ":"dpop+jwt"}', '{"htm":"GET","htu":"https://a"}')),
    ).toEqual([]);
    expect(checkTypMismatch(lintContextFor('{"alg":"RS256","typ":"JWT"}', '{"nonce":"n"}'))).toEqual([]);
    expect(checkTypMismatch(lintContextFor('{"alg":"RS256"}', '{"sub":"a"}'))).toEqual([]);
  });
});
