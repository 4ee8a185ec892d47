import { describe, expect, it } from 'vitest';
import { decodeToken } from './decode';
import {
  describeInexactNumber,
  describeProblemCount,
  describeSealedPayload,
  describeSegmentSize,
  describeTokenSummary,
  describeUndecodedPart,
} from './describe';

const b64 = (s: string): string => Buffer.from(s).toString('base64url');

describe('token words', () => {
  it('summarises a token by kind, alg and size', () => {
    const token = `${b64('{"alg":"HS256"}')}.${b64('{}')}.c2ln`;
    expect(describeTokenSummary(decodeToken(token))).toBe(
      `Signed JWT (JWS) · HS256 · ${token.length} characters`,
    );
    expect(describeTokenSummary(decodeToken(''))).toBe('Token · 0 characters');
  });

  it('says sizes, missing parts, sealed payloads and problem counts', () => {
    expect(describeSegmentSize(1)).toBe('1 byte');
    expect(describeSegmentSize(1234)).toBe('1,234 bytes');
    expect(describeSegmentSize(undefined)).toBe('not valid base64url');
    expect(describeUndecodedPart('payload')).toContain('payload');
    expect(describeSealedPayload(2048)).toBe('The payload is encrypted (2,048 bytes of ciphertext).');
    expect(describeSealedPayload(undefined)).toBe('The payload is encrypted.');
    expect(describeProblemCount(1)).toBe('This token cannot be decoded');
    expect(describeProblemCount(3)).toBe('This token has 3 problems');
    expect(describeInexactNumber('12345678901234567000')).toContain('12345678901234567000');
  });
});
