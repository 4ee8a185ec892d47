import { describe, expect, it } from 'vitest';
import {
  describeCandidate,
  describeVerdict,
  type CandidateBecause,
  type CandidateReport,
  type Verdict,
  type VerdictCode,
} from './verdict';

const key = { kind: 'key', source: { kind: 'pasted', form: 'spki' }, fromPrivate: false } as const;
const secret = { kind: 'secret', encoding: 'utf8' } as const;

// One example per code; typed as a Record so that a new code without an example fails the type check.
const EXAMPLES: Record<VerdictCode, Verdict> = {
  NO_KEY: { status: 'idle', code: 'NO_KEY', candidates: [] },
  TOKEN_UNDECODABLE: { status: 'idle', code: 'TOKEN_UNDECODABLE', candidates: [] },
  ENCRYPTED_TOKEN: { status: 'idle', code: 'ENCRYPTED_TOKEN', candidates: [] },
  ALG_NONE: { status: 'unsigned', code: 'ALG_NONE', candidates: [] },
  VERIFIED: {
    status: 'verified',
    code: 'VERIFIED',
    alg: 'RS256',
    key: { ...key, fromPrivate: true },
    kidUnmatched: { kid: 'k9', fromSet: true },
    ignoredHeaderKeys: ['jwk'],
    candidates: [],
  },
  SIGNATURE_MISMATCH: {
    status: 'invalid',
    code: 'SIGNATURE_MISMATCH',
    alg: 'HS256',
    key: secret,
    tried: 1,
    alternateEncoding: 'base64',
    candidates: [],
  },
  SIGNATURE_LENGTH: {
    status: 'invalid',
    code: 'SIGNATURE_LENGTH',
    alg: 'HS256',
    key: secret,
    expected: 32,
    found: 31,
    candidates: [],
  },
  ECDSA_DER_SIGNATURE: {
    status: 'invalid',
    code: 'ECDSA_DER_SIGNATURE',
    alg: 'ES256',
    key,
    expected: 64,
    found: 70,
    candidates: [],
  },
  ECDSA_ZERO: { status: 'invalid', code: 'ECDSA_ZERO', alg: 'ES256', key, candidates: [] },
  ALG_MISSING: { status: 'error', code: 'ALG_MISSING', refusal: { code: 'ALG_MISSING' }, candidates: [] },
  ALG_UNSUPPORTED: {
    status: 'error',
    code: 'ALG_UNSUPPORTED',
    refusal: { code: 'ALG_UNSUPPORTED', alg: 'XY999' },
    candidates: [],
  },
  B64_UNSUPPORTED: {
    status: 'error',
    code: 'B64_UNSUPPORTED',
    refusal: { code: 'B64_UNSUPPORTED' },
    candidates: [],
  },
  CRIT_UNSUPPORTED: {
    status: 'error',
    code: 'CRIT_UNSUPPORTED',
    refusal: { code: 'CRIT_UNSUPPORTED', names: ['exp'] },
    candidates: [],
  },
  HEADER_REJECTED: { status: 'error', code: 'HEADER_REJECTED', failure: 'not-supported', candidates: [] },
  KEY_ALG_MISMATCH: {
    status: 'error',
    code: 'KEY_ALG_MISMATCH',
    mismatch: { reason: 'crv', alg: 'ES384', kty: 'EC', crv: 'P-256' },
    candidates: [],
  },
  KEY_CONFUSION: {
    status: 'error',
    code: 'KEY_CONFUSION',
    alg: 'HS256',
    key: { kind: 'key', private: false, kty: 'RSA', via: 'base64' },
    candidates: [],
  },
  KEY_UNREADABLE: {
    status: 'error',
    code: 'KEY_UNREADABLE',
    error: { code: 'PEM_NO_END_LINE', label: 'PUBLIC KEY' },
    candidates: [],
  },
  KEY_UNUSABLE: {
    status: 'error',
    code: 'KEY_UNUSABLE',
    alg: 'ES256K',
    problem: { code: 'POINT_LENGTH', member: 'x', expected: 32 },
    candidates: [],
  },
  KEY_TOO_SMALL: {
    status: 'error',
    code: 'KEY_TOO_SMALL',
    alg: 'RS256',
    bits: 1024,
    needed: 2048,
    candidates: [],
  },
  SECRET_ENCODING: {
    status: 'error',
    code: 'SECRET_ENCODING',
    error: { code: 'SECRET_NOT_ENCODED', encoding: 'hex' },
    candidates: [],
  },
  SECRET_EMPTY: { status: 'error', code: 'SECRET_EMPTY', candidates: [] },
  NO_KEY_FITS: { status: 'error', code: 'NO_KEY_FITS', alg: 'ES256', fromSet: true, candidates: [] },
  INTERNAL: { status: 'error', code: 'INTERNAL', name: 'TypeError', candidates: [] },
};

const REPORTS: Record<CandidateBecause, CandidateReport> = {
  matched: { key: { kind: 'jwks', index: 0, kid: 'a' }, outcome: 'matched', because: 'matched' },
  'no-match': { key: { kind: 'jwks', index: 0, kid: 'a' }, outcome: 'no-match', because: 'no-match' },
  'signature-length': {
    key: { kind: 'jwks', index: 0, kid: 'a' },
    outcome: 'no-match',
    because: 'signature-length',
    expected: 256,
    found: 255,
  },
  'earlier-match': { key: { kind: 'jwks', index: 1 }, outcome: 'not-tried', because: 'earlier-match' },
  'tried-limit': { key: { kind: 'jwks', index: 100 }, outcome: 'not-tried', because: 'tried-limit' },
  'use-enc': { key: { kind: 'jwks', index: 0, kid: 'a' }, outcome: 'skipped', because: 'use-enc' },
  'kid-differs': {
    key: { kind: 'jwks', index: 0, kid: 'a' },
    outcome: 'skipped',
    because: 'kid-differs',
    kid: 'a',
    tokenKid: 'b',
  },
  'alg-differs': {
    key: { kind: 'jwks', index: 0, kid: 'a' },
    outcome: 'skipped',
    because: 'alg-differs',
    keyAlg: 'ES384',
    alg: 'ES256',
  },
  'key-type': {
    key: { kind: 'jwks', index: 0, kid: 'a' },
    outcome: 'skipped',
    because: 'key-type',
    mismatch: { reason: 'kty', alg: 'ES256', kty: 'RSA' },
  },
  'too-small': {
    key: { kind: 'jwks', index: 0, kid: 'a' },
    outcome: 'skipped',
    because: 'too-small',
    bits: 1024,
    needed: 2048,
  },
  unusable: {
    key: { kind: 'jwks', index: 0, kid: 'a' },
    outcome: 'skipped',
    because: 'unusable',
    alg: 'ES256',
    problem: { code: 'IMPORT_FAILED' },
  },
  unreadable: {
    key: { kind: 'jwks', index: 0, kid: 'a' },
    outcome: 'skipped',
    because: 'unreadable',
    error: { code: 'JWK_MISSING_MEMBER', kty: 'RSA', member: 'n' },
  },
};

describe('describeVerdict', () => {
  it.each(Object.values(EXAMPLES))('$code has a sentence', (verdict) => {
    const sentence = describeVerdict(verdict);
    expect(sentence).toMatch(/^[A-Z].*\.$/s);
    expect(sentence).not.toContain('undefined');
  });

  it('says how long the signature is and how long it should be', () => {
    const sentence = describeVerdict(EXAMPLES.SIGNATURE_LENGTH);
    expect(sentence).toContain('31 bytes');
    expect(sentence).toContain('32 bytes');
  });
});

describe('describeCandidate', () => {
  it.each(Object.values(REPORTS))('$because has words', (report) => {
    const words = describeCandidate(report);
    expect(words).toMatch(/^[a-z].*[^.]$/s);
    expect(words).not.toContain('undefined');
  });
});
