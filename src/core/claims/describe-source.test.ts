import { describe, expect, it } from 'vitest';
import { describeClaimSource } from './describe-source';

describe('describeClaimSource', () => {
  it('names a standard with its section when there is one', () => {
    expect(describeClaimSource('RFC 7519', '4.1.4', false)).toBe('RFC 7519 §4.1.4');
    expect(describeClaimSource('RFC 7800', undefined, false)).toBe('RFC 7800');
  });

  it('says a vendor claim is one', () => {
    expect(describeClaimSource('Microsoft Entra ID', undefined, true)).toBe(
      'Microsoft Entra ID · vendor claim',
    );
  });
});
