import { describe, expect, it } from 'vitest';
import { readNumber } from './number';

describe('readNumber', () => {
  it.each([
    ['12345678901234567890', false, '12345678901234567000'],
    ['1e400', false, 'Infinity'],
    ['-1e400', false, '-Infinity'],
    ['1e-400', false, '0'],
    ['9007199254740993', false, '9007199254740992'],
    ['9007199254740991', true, '9007199254740991'],
    ['3.0', true, '3'],
    ['-0.0', true, '-0'],
    ['-0', true, '-0'],
    ['0.1', true, '0.1'],
    ['1000000000000000000000', true, '1e+21'],
    ['1.00000000000000000001', false, '1'],
    ['1516239022', true, '1516239022'],
    ['2.5E3', true, '2500'],
  ])('%s: exact %s, reads as %s', (raw, exact, jsText) => {
    const reading = readNumber(raw);
    expect(reading.exact).toBe(exact);
    expect(reading.jsText).toBe(jsText);
  });
});
