import { describe, expect, it } from 'vitest';
import { lintContextFor } from '../../testing/lint-context';
import { checkEmbeddedKeyHeader } from './embedded-key-header';

describe('embedded-key-header', () => {
  it('finds jwk and x5c', () => {
    expect(
      checkEmbeddedKeyHeader(lintContextFor('{"alg":"RS256","jwk":{"kty":"RSA"},"x5c":["MII"]}', '{}')),
    ).toEqual([
      { id: 'embedded-key-header', severity: 'medium', parameter: 'jwk' },
      { id: 'embedded-key-header', severity: 'medium', parameter: 'x5c' },
    ]);
  });
  it('finds nothing without them', () => {
    expect(checkEmbeddedKeyHeader(lintContextFor('{"alg":"RS256"}', '{}'))).toEqual([]);
  });
});
