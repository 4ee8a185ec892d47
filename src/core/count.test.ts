import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount } from './count';

describe('formatCount', () => {
  it('groups thousands with commas', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(1_048_576)).toBe('1,048,576');
    expect(formatCount(-12_345)).toBe('-12,345');
  });

  it('says what toLocaleString("en-US") says for every whole number it is given', () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(formatCount(n)).toBe(n.toLocaleString('en-US', { maximumFractionDigits: 0 }));
      }),
    );
  });

  it('cuts fractions rather than rounding them', () => {
    expect(formatCount(1999.9)).toBe('1,999');
  });
});
