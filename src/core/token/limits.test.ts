import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, MAX_SEGMENTS, RAISED_LIMITS, describeSize } from '../limits';
import { compact, HS256_HEADER } from '../testing/build-token';
import { decodeToken } from './decode';
import { describeError } from './errors';

describe('limits: hostile input is refused whole, before anything parses it', () => {
  it('a text over the token size limit is TOKEN_TOO_LARGE, naming its size and the limit', () => {
    const limits = { ...DEFAULT_LIMITS, tokenChars: 1000 };
    const text = 'a'.repeat(1001);
    const decoded = decodeToken(text, limits);
    expect(decoded.kind).toBe('unknown');
    expect(decoded.segments).toEqual([]);
    expect(decoded.errors).toEqual([{ code: 'TOKEN_TOO_LARGE', part: 'token', found: 1001, limit: 1000 }]);
    expect(describeError(decoded.errors[0]!)).toContain('over the 1000 bytes limit');
    expect(describeError(decoded.errors[0]!)).toContain(
      `raise the limit to ${describeSize(RAISED_LIMITS.tokenChars)}`,
    );
  });

  it('a token at the limit decodes as usual, and a raised limit decodes a bigger one', () => {
    const token = compact(HS256_HEADER, JSON.stringify({ sub: 'x'.repeat(2000) }));
    expect(decodeToken(token, { ...DEFAULT_LIMITS, tokenChars: token.length }).errors).toEqual([]);
    expect(decodeToken(token, { ...DEFAULT_LIMITS, tokenChars: token.length - 1 }).errors[0]?.code).toBe(
      'TOKEN_TOO_LARGE',
    );
  });

  it('at the raised limit, the words do not offer to raise it again', () => {
    const words = describeError({
      code: 'TOKEN_TOO_LARGE',
      part: 'token',
      found: RAISED_LIMITS.tokenChars + 1,
      limit: RAISED_LIMITS.tokenChars,
    });
    expect(words).not.toContain('raise');
  });

  it('the default limit is 8 MB', () => {
    expect(DEFAULT_LIMITS.tokenChars).toBe(8 * 1024 * 1024);
    expect(decodeToken('.'.repeat(DEFAULT_LIMITS.tokenChars + 1)).errors[0]?.code).toBe('TOKEN_TOO_LARGE');
  });

  it('a million dots is one segment and SEGMENT_COUNT with the count, not a million segments', () => {
    const decoded = decodeToken('.'.repeat(1_000_000));
    expect(decoded.segments).toHaveLength(1);
    expect(decoded.errors).toEqual([expect.objectContaining({ code: 'SEGMENT_COUNT', found: 1_000_001 })]);
    expect(describeError(decoded.errors[0]!)).toContain('1,000,001 segments');
  });

  it('a million tildes after a JWS is refused the same way, not a million disclosures', () => {
    const token = compact(HS256_HEADER, '{"sub":"a"}') + '~'.repeat(1_000_000);
    const decoded = decodeToken(token);
    expect(decoded.kind).toBe('unknown');
    expect(decoded.segments).toHaveLength(1);
    expect(decoded.errors[0]).toMatchObject({ code: 'SEGMENT_COUNT', found: 1_000_003 });
    // The words name the kind of token that has many segments: an SD-JWT, one per disclosure.
    expect(describeError(decoded.errors[0]!)).toContain('one per disclosure (an SD-JWT');
  });

  it(`an SD-JWT with ${MAX_SEGMENTS - 10} disclosures is still an SD-JWT`, () => {
    const token = compact(HS256_HEADER, '{"sub":"a"}') + '~WyJhIiwiYiIsMV0'.repeat(MAX_SEGMENTS - 10) + '~';
    expect(decodeToken(token).kind).toBe('sd-jwt');
  });

  it('a payload of 100,000 brackets is JSON_TOO_DEEP at the 513th, read no further', () => {
    const token = compact(HS256_HEADER, '['.repeat(100_000));
    expect(decodeToken(token).errors).toEqual([
      expect.objectContaining({ code: 'JSON_TOO_DEEP', part: 'payload', column: 513 }),
    ]);
  });
});
