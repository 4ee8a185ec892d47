import { describe, expect, it } from 'vitest';
import { describeError, describeFix, type CoreError, type CoreErrorCode, type Fix } from './errors';
import { JWE_PARTS, JWS_PARTS, describePart, type TokenPart } from './parts';

// One example per code; typed as a Record so that a new code without an example fails the type check.
const EXAMPLES: Record<CoreErrorCode, CoreError> = {
  EMPTY: { code: 'EMPTY', part: 'token' },
  TOKEN_TOO_LARGE: { code: 'TOKEN_TOO_LARGE', part: 'token', found: 9_000_000, limit: 8 * 1024 * 1024 },
  NOT_COMPACT: { code: 'NOT_COMPACT', part: 'token', at: 0, end: 1 },
  TEXT_AROUND_TOKEN: { code: 'TEXT_AROUND_TOKEN', part: 'token', at: 32, end: 180 },
  SEGMENT_COUNT: { code: 'SEGMENT_COUNT', part: 'token', found: 2, at: 0, end: 40 },
  SEGMENT_EMPTY: { code: 'SEGMENT_EMPTY', part: 'header', at: 0, end: 0 },
  BASE64URL_CHAR: { code: 'BASE64URL_CHAR', part: 'payload', at: 44, end: 45, char: '*' },
  BASE64URL_STANDARD: { code: 'BASE64URL_STANDARD', part: 'signature', at: 80, end: 81, char: '+' },
  BASE64URL_PADDING: { code: 'BASE64URL_PADDING', part: 'payload', at: 50, end: 52 },
  BASE64URL_LENGTH: { code: 'BASE64URL_LENGTH', part: 'signature', at: 90, end: 91, found: 5 },
  BASE64URL_NONCANONICAL: {
    code: 'BASE64URL_NONCANONICAL',
    part: 'signature',
    at: 341,
    end: 342,
    char: 'x',
    expected: 'w',
    fix: { kind: 'canonical', token: 'a.b.w', count: 1, char: 'x', expected: 'w' },
  },
  NOT_UTF8: { code: 'NOT_UTF8', part: 'header', at: 0, end: 10 },
  JSON_SYNTAX: {
    code: 'JSON_SYNTAX',
    part: 'header',
    at: 0,
    end: 22,
    line: 1,
    column: 16,
    detail: "unexpected '}'",
  },
  JSON_TOO_DEEP: {
    code: 'JSON_TOO_DEEP',
    part: 'payload',
    at: 10,
    end: 900,
    line: 1,
    column: 513,
    found: 512,
  },
  HEADER_NOT_OBJECT: { code: 'HEADER_NOT_OBJECT', part: 'header', at: 0, end: 3, detail: 'an array' },
  INTERNAL: { code: 'INTERNAL', part: 'token', detail: 'TypeError' },
};

const ALL_PARTS: readonly TokenPart[] = ['token', ...JWS_PARTS, ...JWE_PARTS, 'disclosure', 'key-binding'];

describe('describeError', () => {
  it.each(Object.values(EXAMPLES))('$code has a sentence', (error) => {
    const sentence = describeError(error);
    expect(sentence).toMatch(/^\S.*\.$/s);
    expect(sentence).not.toContain('undefined');
  });

  it.each(Object.values(EXAMPLES))('$code has a sentence even without any optional field', (error) => {
    const bare: CoreError = { code: error.code, part: error.part };
    expect(describeError(bare)).toMatch(/^\S.*\.$/s);
    expect(describeError(bare)).not.toContain('undefined');
  });

  it.each(ALL_PARTS)('works for the part %s', (part) => {
    expect(describeError({ code: 'BASE64URL_CHAR', part, char: '\u200e', at: 3 })).toMatch(/^\S.*\.$/);
  });

  it('shows invisible and control characters by code point', () => {
    expect(describeError({ code: 'BASE64URL_CHAR', part: 'payload', char: '\u200e' })).toContain('U+200E');
    expect(describeError({ code: 'BASE64URL_CHAR', part: 'payload', char: '\u0000' })).toContain('U+0000');
  });
});

describe('describePart', () => {
  it.each(ALL_PARTS)('names %s in words', (part) => {
    expect(describePart(part)).toMatch(/^[a-z][a-z ]*(?: JWT)?$/);
  });
});

// One example per fix kind, for the same reason.
const FIXES: Record<Fix['kind'], Fix[]> = {
  'to-base64url': [{ kind: 'to-base64url', token: 'a.b.c' }],
  'remove-stray': [
    { kind: 'remove-stray', token: 'a.b.c', count: 1, char: '*' },
    { kind: 'remove-stray', token: 'a.b.c', count: 2, char: '*' },
  ],
  canonical: [
    { kind: 'canonical', token: 'a.b.w', count: 1, char: 'x', expected: 'w' },
    { kind: 'canonical', token: 'a.b.w', count: 2, char: 'x', expected: 'w' },
  ],
};

describe('describeFix', () => {
  it.each(Object.values(FIXES).flat())('$kind (count $count) has words for its button', (fix) => {
    const label = describeFix(fix);
    expect(label).toMatch(/^[A-Z]\S.*[^.]$/);
    expect(label).not.toContain('undefined');
  });

  it('names the character a single stray character fix removes', () => {
    expect(describeFix({ kind: 'remove-stray', token: '', count: 1, char: '*' })).toContain('"*"');
  });
});
