import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readKeyText } from '../keys/read';
import type { SecretEncoding } from '../keys/secret';
import { readSharedSecret, sharedSecretLengths } from './keys';

const ENCODINGS: readonly SecretEncoding[] = ['utf8', 'hex', 'base64url', 'base64'];

/** Key texts as people paste them: random bytes in each encoding (with stray spaces and line breaks), or words. */
const keyText = fc.oneof(
  fc
    .tuple(fc.uint8Array({ minLength: 0, maxLength: 70 }), fc.constantFrom('hex', 'base64url', 'base64'))
    .map(([bytes, encoding]) => Buffer.from(bytes).toString(encoding as BufferEncoding)),
  fc
    .tuple(fc.uint8Array({ minLength: 1, maxLength: 70 }), fc.integer({ min: 1, max: 40 }))
    .map(([bytes, at]) => {
      const text = Buffer.from(bytes).toString('hex');
      return `${text.slice(0, at)} \n${text.slice(at)}`;
    }),
  fc.string({ minLength: 0, maxLength: 90 }),
);

describe('sharedSecretLengths', () => {
  it('has a length exactly when readSharedSecret reads the key text at that length, in any reading', async () => {
    await fc.assert(
      fc.asyncProperty(keyText, fc.constantFrom(...ENCODINGS), async (text, encoding) => {
        const read = await readKeyText(text, encoding);
        if (!read.ok || read.value.kind !== 'secret') return;
        const lengths = sharedSecretLengths(read.value, text);
        for (let needed = 1; needed <= 72; needed++) {
          expect(lengths.has(needed), `${needed} bytes`).toBe(readSharedSecret(read.value, text, needed).ok);
        }
      }),
      { numRuns: 400 },
    );
  });
});
