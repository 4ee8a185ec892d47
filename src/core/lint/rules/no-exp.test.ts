import { describe, expect, it } from 'vitest';
import { lintContextFor } from '../../testing/lint-context';
import { checkNoExp } from './no-exp';

const H = '{"alg":"HS256","typ":"JWT"}';

describe('no-exp', () => {
  it('finds a token without exp, or with an unreadable one', () => {
    expect(checkNoExp(lintContextFor(H, '{"sub":"a"}'))).toEqual([{ id: 'no-exp', severity: 'medium' }]);
    expect(checkNoExp(lintContextFor(H, '{"exp":"soon"}'))).toEqual([
      { id: 'no-exp', severity: 'medium', unreadable: true },
    ]);
  });
  it('finds nothing with an exp, in a DPoP proof, or in a JWE', () => {
    expect(checkNoExp(lintContextFor(H, '{"exp":1}'))).toEqual([]);
    expect(
      checkNoExp(lintContextFor('{"alg":"ES256","typ":"dpop+jwt"}', '{"htm":"GET","htu":"https://a"}')),
    ).toEqual([]);
  });
});
