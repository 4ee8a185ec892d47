import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimalChange } from './minimal-change';

function apply(text: string, change: { from: number; to: number; insert: string }): string {
  return text.slice(0, change.from) + change.insert + text.slice(change.to);
}

describe('minimalChange', () => {
  it('touches only the part that differs', () => {
    expect(minimalChange('{"exp": 1}', '{"exp": 22}')).toEqual({ from: 8, to: 9, insert: '22' });
    expect(minimalChange('abc', 'abc')).toEqual({ from: 3, to: 3, insert: '' });
    expect(minimalChange('', 'x')).toEqual({ from: 0, to: 0, insert: 'x' });
    expect(minimalChange('aaa', 'aa')).toEqual({ from: 2, to: 3, insert: '' });
  });

  it('always turns the old text into the new one', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const change = minimalChange(before, after);
        expect(apply(before, change)).toBe(after);
        expect(change.from).toBeLessThanOrEqual(change.to);
      }),
    );
  });
});
