import { describe, expect, it } from 'vitest';
import { describeGenerateError, generateKey, type GenerateError, type GenerateErrorCode } from './generate';

// One example per code; typed as a Record so that a new code without an example fails the type check.
const EXAMPLES: Record<GenerateErrorCode, GenerateError> = {
  ALG_UNKNOWN: { code: 'ALG_UNKNOWN', alg: 'none' },
  PLATFORM_UNSUPPORTED: { code: 'PLATFORM_UNSUPPORTED', key: 'okp' },
  INTERNAL: { code: 'INTERNAL', name: 'TypeError' },
};

describe('describeGenerateError', () => {
  it.each(Object.values(EXAMPLES))('$code has a sentence', (error) => {
    const sentence = describeGenerateError(error);
    expect(sentence).toMatch(/^[A-Z].*\.$/s);
    expect(sentence).not.toContain('undefined');
  });
});

describe('generateKey', () => {
  it('makes a secret of the length asked for, from the random source, as base64url text', async () => {
    let calls = 0;
    const key = await generateKey({ kind: 'secret', bytes: 32 }, (bytes) => {
      calls++;
      bytes.fill(0xff);
    });
    expect(calls).toBe(1);
    expect(key).toEqual({
      ok: true,
      value: {
        kind: 'secret',
        bytes: new Uint8Array(32).fill(0xff),
        keyText: '_'.repeat(42) + '8',
        encoding: 'base64url',
      },
    });
  });

  it('never throws: a random source that fails is a fault of ours', async () => {
    const key = await generateKey({ kind: 'secret', bytes: 32 }, () => {
      throw new TypeError('no randomness');
    });
    expect(key).toEqual({ ok: false, error: { code: 'INTERNAL', name: 'TypeError' } });
  });
});
