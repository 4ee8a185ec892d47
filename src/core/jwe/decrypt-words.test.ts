import { describe, expect, it } from 'vitest';
import type { DecryptErrorCode, DecryptResult } from './decrypt-result';
import { describeDecrypt } from './decrypt-words';

const pasted = { kind: 'pasted', form: 'jwk' } as const;

const ERRORS: Record<DecryptErrorCode, DecryptResult> = {
  NO_KEY: { status: 'error', code: 'NO_KEY' },
  TOKEN_UNDECODABLE: { status: 'error', code: 'TOKEN_UNDECODABLE' },
  ALG_MISSING: { status: 'error', code: 'ALG_MISSING' },
  ENC_MISSING: { status: 'error', code: 'ENC_MISSING', alg: 'A128KW' },
  ALG_UNSUPPORTED: { status: 'error', code: 'ALG_UNSUPPORTED', alg: 'ECDH-1PU' },
  ENC_UNSUPPORTED: { status: 'error', code: 'ENC_UNSUPPORTED', enc: 'XC20P' },
  ZIP_UNSUPPORTED: { status: 'error', code: 'ZIP_UNSUPPORTED', zip: 'GZIP' },
  CRIT_UNSUPPORTED: { status: 'error', code: 'CRIT_UNSUPPORTED', names: ['exp'] },
  P2C_INVALID: { status: 'error', code: 'P2C_INVALID', alg: 'PBES2-HS256+A128KW' },
  P2S_INVALID: { status: 'error', code: 'P2S_INVALID', alg: 'PBES2-HS256+A128KW' },
  GCMKW_PARAMS_INVALID: { status: 'error', code: 'GCMKW_PARAMS_INVALID', alg: 'A128GCMKW', member: 'iv' },
  EPK_INVALID: { status: 'error', code: 'EPK_INVALID', alg: 'ECDH-ES', problem: 'point', crv: 'P-256' },
  SEGMENT_SIZE: {
    status: 'error',
    code: 'SEGMENT_SIZE',
    segment: 'iv',
    problem: { code: 'LENGTH', expected: 12 },
    found: 3,
    alg: 'A128KW',
  },
  KEY_UNREADABLE: { status: 'error', code: 'KEY_UNREADABLE', error: { code: 'JSON_NOT_KEY' } },
  SECRET_ENCODING: {
    status: 'error',
    code: 'SECRET_ENCODING',
    error: { code: 'SECRET_NOT_ENCODED', encoding: 'hex' },
  },
  SECRET_EMPTY: { status: 'error', code: 'SECRET_EMPTY' },
  PRIVATE_KEY_NEEDED: {
    status: 'error',
    code: 'PRIVATE_KEY_NEEDED',
    alg: 'RSA-OAEP',
    kty: 'RSA',
    fromSet: false,
  },
  KEY_KIND_MISMATCH: {
    status: 'error',
    code: 'KEY_KIND_MISMATCH',
    alg: 'A128KW',
    enc: 'A128GCM',
    found: { kind: 'key', kty: 'RSA', private: true },
  },
  KEY_LENGTH: {
    status: 'error',
    code: 'KEY_LENGTH',
    alg: 'dir',
    enc: 'A128GCM',
    needed: 16,
    found: 9,
    encoding: 'utf8',
  },
  EPK_CURVE_MISMATCH: {
    status: 'error',
    code: 'EPK_CURVE_MISMATCH',
    alg: 'ECDH-ES',
    keyCrv: 'P-256',
    epkCrv: 'P-384',
  },
  KEY_TOO_SMALL: { status: 'error', code: 'KEY_TOO_SMALL', alg: 'RSA-OAEP', bits: 1024, needed: 2048 },
  NO_KEY_FITS: { status: 'error', code: 'NO_KEY_FITS', alg: 'ECDH-ES', enc: 'A128GCM', crv: 'X25519' },
  KEY_UNUSABLE: { status: 'error', code: 'KEY_UNUSABLE', alg: 'ECDH-ES' },
  PLATFORM_UNSUPPORTED: { status: 'error', code: 'PLATFORM_UNSUPPORTED', alg: 'A192KW', enc: 'A192GCM' },
  TOKEN_INVALID: { status: 'error', code: 'TOKEN_INVALID', alg: 'A128KW', enc: 'A128GCM' },
  DECOMPRESS_FAILED: { status: 'error', code: 'DECOMPRESS_FAILED' },
  INTERNAL: { status: 'error', code: 'INTERNAL', name: 'TypeError' },
};

const OTHERS: DecryptResult[] = [
  {
    status: 'decrypted',
    alg: 'ECDH-ES',
    enc: 'A128GCM',
    plaintext: new Uint8Array(),
    key: { kind: 'key', source: pasted, kty: 'OKP', crv: 'X25519' },
    nested: true,
  },
  {
    status: 'decrypted',
    alg: 'A128KW',
    enc: 'A128GCM',
    plaintext: new Uint8Array(),
    key: { kind: 'secret', encoding: 'base64url', chosen: 'utf8', bytes: 16 },
    nested: false,
    kidUnmatched: 'k1',
  },
  {
    status: 'failed',
    code: 'DECRYPTION_FAILED',
    alg: 'A128KW',
    enc: 'A128GCM',
    tried: 1,
    key: { kind: 'password', encoding: 'utf8' },
  },
  { status: 'failed', code: 'DECRYPTION_FAILED', alg: 'RSA-OAEP', enc: 'A128GCM', tried: 100, untried: 5 },
  { status: 'refused', code: 'RSA1_5', raisable: false },
  { status: 'refused', code: 'P2C_TOO_HIGH', found: 20_000, limit: 10_000, raisable: true },
  { status: 'refused', code: 'P2C_TOO_HIGH', found: 2_000_000, limit: 10_000, raisable: false },
  { status: 'refused', code: 'ZIP_TOO_LARGE', limit: 256_000, raisable: false },
];

describe('describeDecrypt', () => {
  it.each([...Object.values(ERRORS), ...OTHERS].map((r) => [r.status, r] as const))(
    '%s: whole sentences, nothing undefined',
    (_status, result) => {
      const words = describeDecrypt(result);
      expect(words).toMatch(/^[A-Z].*[.)]$/s);
      expect(words).not.toMatch(/undefined|NaN|\[object/);
    },
  );

  it('decrypted says not verified; nested says to check the inner signature', () => {
    const [pair, shared] = OTHERS;
    if (pair === undefined || shared === undefined) throw new Error('examples');
    expect(describeDecrypt(pair)).toMatch(/Decrypted, not verified/);
    expect(describeDecrypt(pair)).toContain('nested JWT');
    expect(describeDecrypt(shared)).toContain('read as base64url');
  });
});
