import { describe, expect, it } from 'vitest';
import { describeSignError, describeSigningChoice, type SignError, type SignErrorCode } from './sign-error';

// One example per code; typed as a Record so that a new code without an example fails the type check.
const EXAMPLES: Record<SignErrorCode, SignError> = {
  ALG_UNKNOWN: { code: 'ALG_UNKNOWN', alg: 'HS1' },
  ALG_NONE_NOT_ASKED: { code: 'ALG_NONE_NOT_ASKED' },
  NO_KEY: { code: 'NO_KEY', alg: 'ES256' },
  KEY_UNREADABLE: { code: 'KEY_UNREADABLE', error: { code: 'PEM_NO_END_LINE', label: 'PRIVATE KEY' } },
  SECRET_ENCODING: { code: 'SECRET_ENCODING', error: { code: 'SECRET_NOT_ENCODED', encoding: 'hex' } },
  SECRET_EMPTY: { code: 'SECRET_EMPTY' },
  KEY_CONFUSION: { code: 'KEY_CONFUSION', alg: 'HS256', key: { kind: 'material', material: 'spki' } },
  KEY_ALG_MISMATCH: {
    code: 'KEY_ALG_MISMATCH',
    mismatch: { reason: 'crv', alg: 'ES384', kty: 'EC', crv: 'P-256' },
  },
  PRIVATE_KEY_NEEDED: { code: 'PRIVATE_KEY_NEEDED', alg: 'RS256', key: { kind: 'pasted', form: 'spki' } },
  NO_KEY_FITS: {
    code: 'NO_KEY_FITS',
    alg: 'ES256',
    candidates: [
      {
        key: { kind: 'jwks', index: 0, kid: 'a' },
        outcome: 'skipped',
        because: 'key-type',
        mismatch: { reason: 'kty', alg: 'ES256', kty: 'RSA' },
      },
    ],
  },
  KEY_TOO_SMALL: { code: 'KEY_TOO_SMALL', alg: 'RS256', bits: 1024, needed: 2048 },
  KEY_UNUSABLE: { code: 'KEY_UNUSABLE', alg: 'ES256K' },
  INTERNAL: { code: 'INTERNAL', name: 'TypeError' },
};

describe('describeSignError', () => {
  it.each(Object.values(EXAMPLES))('$code has a sentence', (error) => {
    const sentence = describeSignError(error);
    expect(sentence).toMatch(/^[A-Z"].*\.$/s);
    expect(sentence).not.toContain('undefined');
  });

  it('says a private key is needed when only a public key was given', () => {
    expect(describeSignError(EXAMPLES.PRIVATE_KEY_NEEDED)).toContain('private key is needed');
  });

  it('names both the key and what the alg needs on a mismatch', () => {
    const sentence = describeSignError(EXAMPLES.KEY_ALG_MISMATCH);
    expect(sentence).toContain('P-256');
    expect(sentence).toContain('ES384');
    expect(
      describeSignError({ code: 'KEY_ALG_MISMATCH', mismatch: { reason: 'kty', alg: 'HS256', kty: 'RSA' } }),
    ).toContain('HMAC secret');
  });

  it('says which key signs and why that one', () => {
    const key = { kind: 'jwks', index: 1, kid: 'b' } as const;
    expect(describeSigningChoice(key, 'kid')).toContain('kid');
    expect(describeSigningChoice(key, 'first')).toContain('first');
    expect(describeSigningChoice(key, 'only')).toContain('key 2 of the JWKS');
  });
});
