import { describe, expect, it } from 'vitest';
import type { DisclosureError, DisclosureErrorCode } from './disclosure';
import {
  describeDisclosureError,
  describeKbProblem,
  describeKeyBinding,
  describeSdProblem,
} from './describe';
import type { KbProblem, KbProblemCode } from './key-binding';
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
});
