import { describe, expect, it } from 'vitest';
import { lintContextFor } from '../../testing/lint-context';
import { checkKeyUrlHeader } from './key-url-header';

describe('key-url-header', () => {
  it('finds jku and x5u', () => {
    expect(
      checkKeyUrlHeader(
        lintContextFor('{"alg":"RS256","jku":"https://evil.example/jwks","x5u":"https://x"}', '{}'),
      ),
    ).toEqual([
      { id: 'key-url-header', severity: 'medium', parameter: 'jku', url: 'https://evil.example/jwks' },
      { id: 'key-url-header', severity: 'medium', parameter: 'x5u', url: 'https://x' },
    ]);
  });
  it('finds nothing without them', () => {
    expect(checkKeyUrlHeader(lintContextFor('{"alg":"RS256","kid":"a"}', '{}'))).toEqual([]);
  });
});
