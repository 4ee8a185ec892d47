import { describe, expect, it } from 'vitest';
import type { DisclosureError, DisclosureErrorCode } from './disclosure';
import {
  describeDisclosureError,
  describeKbProblem,
  describeKbTyp,
  describeKeyBinding,
  describeSdHashComparison,
  describeSdProblem,
} from './describe';
import {
  toSdHashComparison,
  type KbProblem,
  type KbProblemCode,
  type SdHashComparison,
  type SdHashComparisonStatus,
} from './key-binding';
import type { SdProblem, SdProblemCode } from './problems';

const VERDICT = { status: 'error', code: 'INTERNAL', name: 'TypeError', candidates: [] } as const;

const DISCLOSURE_ERRORS: Record<DisclosureErrorCode, DisclosureError> = {
  NOT_BASE64URL: { code: 'NOT_BASE64URL', index: 3 },
  NOT_UTF8: { code: 'NOT_UTF8' },
  NOT_JSON: { code: 'NOT_JSON', detail: "unexpected '}'" },
  NOT_ARRAY: { code: 'NOT_ARRAY', found: 4 },
  SALT_NOT_STRING: { code: 'SALT_NOT_STRING' },
  NAME_NOT_STRING: { code: 'NAME_NOT_STRING' },
  NAME_FORBIDDEN: { code: 'NAME_FORBIDDEN', name: '_sd' },
};

const SD_PROBLEMS: Record<SdProblemCode, SdProblem> = {
  PAYLOAD_NOT_OBJECT: { code: 'PAYLOAD_NOT_OBJECT' },
  SD_ALG_UNSUPPORTED: { code: 'SD_ALG_UNSUPPORTED', alg: 'md5' },
  DISCLOSURE_UNREADABLE: { code: 'DISCLOSURE_UNREADABLE', index: 0, error: { code: 'NOT_UTF8' } },
  DISCLOSURE_UNMATCHED: { code: 'DISCLOSURE_UNMATCHED', index: 1 },
  DISCLOSURE_REPEATED: { code: 'DISCLOSURE_REPEATED', index: 2, first: 0 },
  DIGEST_REPEATED: { code: 'DIGEST_REPEATED', digest: 'abc', path: '/a/_sd' },
  DISCLOSURE_WRONG_PLACE: { code: 'DISCLOSURE_WRONG_PLACE', index: 0, path: '/list', expected: 'property' },
  CLAIM_EXISTS: { code: 'CLAIM_EXISTS', index: 0, name: 'sub', path: '/sub' },
  SD_NOT_DIGESTS: { code: 'SD_NOT_DIGESTS', path: '/_sd' },
  TOO_DEEP: { code: 'TOO_DEEP', path: '/a/b' },
};

const KB_PROBLEMS: Record<KbProblemCode, KbProblem> = {
  KB_UNDECODABLE: { code: 'KB_UNDECODABLE' },
  KB_UNSIGNED: { code: 'KB_UNSIGNED' },
  KB_TYP: { code: 'KB_TYP', typ: 'JWT' },
  KB_SD_HASH_MISSING: { code: 'KB_SD_HASH_MISSING' },
  KB_SD_HASH_MISMATCH: { code: 'KB_SD_HASH_MISMATCH', expected: 'abc', found: 'def' },
  KB_IAT_MISSING: { code: 'KB_IAT_MISSING' },
  KB_SIGNATURE_MISMATCH: { code: 'KB_SIGNATURE_MISMATCH', verdict: VERDICT },
  KB_NO_CNF_JWK: { code: 'KB_NO_CNF_JWK' },
  KB_KEY_UNUSABLE: { code: 'KB_KEY_UNUSABLE', verdict: VERDICT },
  KB_SD_ALG_UNSUPPORTED: { code: 'KB_SD_ALG_UNSUPPORTED', alg: 'md5' },
};

const SD_HASH_COMPARISONS: Record<SdHashComparisonStatus, SdHashComparison> = {
  equal: { status: 'equal', hashName: 'sha-256' },
  different: { status: 'different', hashName: 'sha-256' },
  missing: { status: 'missing' },
  'not-computed': { status: 'not-computed', hashName: 'md5' },
};

describe('SD-JWT words', () => {
  it.each(Object.values(DISCLOSURE_ERRORS))('disclosure error $code has words', (e) => {
    expect(describeDisclosureError(e)).toMatch(/^[A-Z].*\.$/);
  });
  it.each(Object.values(SD_PROBLEMS))('problem $code has words', (p) => {
    expect(describeSdProblem(p)).toMatch(/^[A-Z_/].*\.$/);
  });
  it.each(Object.values(KB_PROBLEMS))('key-binding problem $code has words', (p) => {
    expect(describeKbProblem(p)).toMatch(/^[A-Z].*\.$/);
  });
  it('each key-binding status has words', () => {
    expect(describeKeyBinding({ status: 'absent', problems: [] })).toMatch(/^No key-binding JWT/);
    expect(
      describeKeyBinding({ status: 'verified', problems: [], facts: { alg: 'ES256', nonce: 'n' } }),
    ).toMatch(/verified.*ES256.*nonce "n"/);
    expect(describeKeyBinding({ status: 'invalid', problems: [KB_PROBLEMS.KB_TYP] })).toMatch(
      /invalid.*"JWT"/,
    );
    expect(describeKeyBinding({ status: 'error', problems: [KB_PROBLEMS.KB_NO_CNF_JWK] })).toMatch(
      /not checked.*cnf\.jwk/,
    );
  });
  it.each(Object.values(SD_HASH_COMPARISONS))('sd_hash comparison $status has words', (c) => {
    expect(describeSdHashComparison(c)).toMatch(/^[A-Z].*\.$/);
  });
  it('the sd_hash comparison says equal or different, and names the hash', () => {
    expect(describeSdHashComparison(SD_HASH_COMPARISONS.equal)).toMatch(/^Equal: .*sha-256/);
    expect(describeSdHashComparison(SD_HASH_COMPARISONS.different)).toMatch(/^Different: .*sha-256/);
    expect(describeSdHashComparison(SD_HASH_COMPARISONS['not-computed'])).toContain('"md5"');
    expect(describeSdHashComparison({ status: 'not-computed' })).toMatch(/^Not compared/);
  });
  it('typ kb+jwt is as required; any other typ, or none, says what it must be', () => {
    expect(describeKbTyp('kb+jwt')).toMatch(/^kb\+jwt, as/);
    expect(describeKbTyp('JWT')).toMatch(/^"JWT": .*must say "kb\+jwt"\.$/);
    expect(describeKbTyp(undefined)).toMatch(/^Missing: .*"kb\+jwt"\.$/);
  });
});

describe('toSdHashComparison (RFC 9901 section 4.3.1)', () => {
  it('equal when sd_hash is the computed digest, different when not', () => {
    expect(toSdHashComparison({ sdHash: 'a', expectedSdHash: 'a', hashName: 'sha-256' })).toEqual({
      status: 'equal',
      hashName: 'sha-256',
    });
    expect(toSdHashComparison({ sdHash: 'a', expectedSdHash: 'b', hashName: 'sha-384' })).toEqual({
      status: 'different',
      hashName: 'sha-384',
    });
  });
  it('missing without sd_hash; not computed when the hash is not one the page computes', () => {
    expect(toSdHashComparison({ expectedSdHash: 'a', hashName: 'sha-256' })).toEqual({ status: 'missing' });
    expect(toSdHashComparison({ sdHash: 'a', hashName: 'md5' })).toEqual({
      status: 'not-computed',
      hashName: 'md5',
    });
    expect(toSdHashComparison({ sdHash: 'a' })).toEqual({ status: 'not-computed' });
  });
});
