import { describe, expect, it } from 'vitest';
import { RAISED_LIMITS } from '../limits';
import { describeKeyError, type KeyError, type KeyErrorCode } from './errors';

// One example per code; typed as a Record so that a new code without an example fails the type check.
const EXAMPLES: Record<KeyErrorCode, KeyError> = {
  KEY_EMPTY: { code: 'KEY_EMPTY' },
  KEY_TOO_LARGE: { code: 'KEY_TOO_LARGE', found: 16 * 1024 * 1024, limit: 1024 * 1024 },
  PEM_NOT_FOUND: { code: 'PEM_NOT_FOUND' },
  PEM_NO_END_LINE: { code: 'PEM_NO_END_LINE', label: 'PUBLIC KEY', material: 'spki' },
  PEM_LABEL_MISMATCH: { code: 'PEM_LABEL_MISMATCH', label: 'PUBLIC KEY', found: 'RSA PUBLIC KEY' },
  PEM_BAD_BASE64: { code: 'PEM_BAD_BASE64', label: 'PUBLIC KEY', char: '*', at: 31 },
  PEM_BAD_PADDING: { code: 'PEM_BAD_PADDING', label: 'PUBLIC KEY' },
  PEM_EMPTY: { code: 'PEM_EMPTY', label: 'PUBLIC KEY' },
  PEM_CUT_SHORT: { code: 'PEM_CUT_SHORT', label: 'PUBLIC KEY', found: 361 },
  PEM_NOT_KEY: { code: 'PEM_NOT_KEY', label: 'X9.42 DH PARAMETERS', material: 'pem-unknown' },
  KEY_ENCRYPTED: { code: 'KEY_ENCRYPTED', material: 'encrypted-private' },
  ASN1_EMPTY: { code: 'ASN1_EMPTY', expected: 'spki' },
  ASN1_CUT_SHORT: { code: 'ASN1_CUT_SHORT', expected: 'spki', found: 200, needed: 294 },
  ASN1_TRAILING_BYTES: { code: 'ASN1_TRAILING_BYTES', expected: 'pkcs1-public', found: 2 },
  ASN1_INVALID: { code: 'ASN1_INVALID', expected: 'x509' },
  ASN1_WRONG_STRUCTURE: { code: 'ASN1_WRONG_STRUCTURE', expected: 'pkcs1-public', found: 'pkcs1-private' },
  SEC1_VERSION: { code: 'SEC1_VERSION', found: 2 },
  CURVE_MISSING: { code: 'CURVE_MISSING' },
  CURVE_EXPLICIT: { code: 'CURVE_EXPLICIT' },
  CURVE_UNSUPPORTED: { code: 'CURVE_UNSUPPORTED', curve: '1.3.132.0.33' },
  KEY_UNSUPPORTED: { code: 'KEY_UNSUPPORTED', algorithm: '1.3.101.110', known: 'x25519' },
  KEY_NOT_IMPORTABLE: { code: 'KEY_NOT_IMPORTABLE', format: 'pkcs8', kty: 'OKP', crv: 'Ed448' },
  CERT_BAD_TIME: { code: 'CERT_BAD_TIME' },
  JSON_INVALID: { code: 'JSON_INVALID', material: 'json-unknown' },
  JSON_NOT_KEY: { code: 'JSON_NOT_KEY' },
  JWK_BAD_KTY: { code: 'JWK_BAD_KTY', found: '"DSA"' },
  JWK_MISSING_MEMBER: { code: 'JWK_MISSING_MEMBER', kty: 'EC', member: 'y' },
  JWK_BAD_MEMBER: { code: 'JWK_BAD_MEMBER', member: 'k' },
  JWKS_ENTRY_NOT_OBJECT: { code: 'JWKS_ENTRY_NOT_OBJECT' },
  INTERNAL: { code: 'INTERNAL', name: 'TypeError' },
};

describe('describeKeyError', () => {
  it.each(Object.values(EXAMPLES))('$code has a sentence', (error) => {
    const sentence = describeKeyError(error);
    expect(sentence).toMatch(/^[A-Z].*\.$/s);
    expect(sentence).not.toContain('undefined');
  });

  it('key text over the limit: within the raised limit the words say a key set can be read by raising it', () => {
    const MiB = 1024 * 1024;
    const raisable = describeKeyError({ code: 'KEY_TOO_LARGE', found: 1.5 * MiB, limit: MiB });
    expect(raisable).toContain('over the 1 MB limit');
    expect(raisable).toContain('can be read by raising the limit');
    expect(raisable).not.toContain('No secret');
    for (const error of [
      { code: 'KEY_TOO_LARGE', found: 16 * MiB, limit: MiB },
      { code: 'KEY_TOO_LARGE', found: RAISED_LIMITS.keyChars + 1, limit: RAISED_LIMITS.keyChars },
    ] as const) {
      expect(describeKeyError(error)).toContain('No secret, key, certificate chain or key set is this large');
      expect(describeKeyError(error)).not.toContain('raising');
    }
  });

  it('says a PEM cut short is cut short, and what was expected', () => {
    expect(describeKeyError(EXAMPLES.PEM_NO_END_LINE)).toContain('cut short');
    expect(describeKeyError(EXAMPLES.ASN1_CUT_SHORT)).toContain('cut short');
    expect(describeKeyError(EXAMPLES.ASN1_CUT_SHORT)).toContain('294');
  });

  it('names both structures when one was pasted for another', () => {
    const sentence = describeKeyError(EXAMPLES.ASN1_WRONG_STRUCTURE);
    expect(sentence).toContain('RSA public key');
    expect(sentence).toContain('RSA private key');
  });
});
