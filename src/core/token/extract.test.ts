import { describe, expect, it } from 'vitest';
import { describeNote, isCleanupNote } from './notes';
import { VALID } from '../testing/build-token';
import { extractToken, toOriginalOffset, type CleanedToken } from './extract';

function noteCodes(c: CleanedToken): string[] {
  return c.notes.map((n) => n.code);
}

/** Every character of the cleaned token is the character its mapped offset points at in the original. */
function expectMapsBack(c: CleanedToken): void {
  for (let i = 0; i < c.token.length; i++) {
    expect(c.original.charAt(toOriginalOffset(c, i))).toBe(c.token.charAt(i));
  }
}

describe('extractToken', () => {
  it('leaves a clean token alone, with no notes and an identity map', () => {
    const c = extractToken(VALID);
    expect(c.token).toBe(VALID);
    expect(c.original).toBe(VALID);
    expect(c.notes).toEqual([]);
    expect(toOriginalOffset(c, 0)).toBe(0);
    expect(toOriginalOffset(c, 40)).toBe(40);
    expect(toOriginalOffset(c, VALID.length)).toBe(VALID.length);
  });

  // [name, prefix, suffix, note codes]: the token sits between prefix and suffix, unchanged.
  const wrappers: [string, string, string, string[]][] = [
    ['spaces and newlines around', ' \n\t ', '\r\n  ', ['TRIMMED_WHITESPACE']],
    ['Bearer', 'Bearer ', '', ['REMOVED_BEARER']],
    ['bearer, several spaces', 'bearer   ', '', ['REMOVED_BEARER']],
    ['bEaReR, tab', 'bEaReR\t', '', ['REMOVED_BEARER']],
    ['JWT prefix', 'JWT ', '', ['REMOVED_BEARER']],
    ['Authorization: Bearer', 'Authorization: Bearer ', '', ['REMOVED_AUTH_HEADER', 'REMOVED_BEARER']],
    ['authorization:bearer', 'authorization:bearer ', '', ['REMOVED_AUTH_HEADER', 'REMOVED_BEARER']],
    ['double quotes', '"', '"', ['REMOVED_QUOTES']],
    ['single quotes', "'", "'", ['REMOVED_QUOTES']],
    ['backticks', '`', '`', ['REMOVED_QUOTES']],
    ['curly double quotes', '\u201c', '\u201d', ['REMOVED_QUOTES']],
    ['curly single quotes', '\u2018', '\u2019', ['REMOVED_QUOTES']],
    ['quotes and a trailing comma', '"', '",', ['REMOVED_QUOTES']],
    ['quotes and a trailing semicolon', "'", "';", ['REMOVED_QUOTES']],
    ['curly quotes and a trailing comma', '\u201c', '\u201d,', ['REMOVED_QUOTES']],
    ['Bearer inside quotes', '"Bearer ', '"', ['REMOVED_QUOTES', 'REMOVED_BEARER']],
    ['quotes after Bearer', 'Bearer "', '"', ['REMOVED_BEARER', 'REMOVED_QUOTES']],
    ['a JSON value with spaces', '  "', '",\n', ['TRIMMED_WHITESPACE', 'REMOVED_QUOTES']],
    [
      'Authorization header with quotes',
      'Authorization: "Bearer ',
      '"',
      ['REMOVED_AUTH_HEADER', 'REMOVED_QUOTES', 'REMOVED_BEARER'],
    ],
    ['URL fragment id_token', 'https://rp.example.com/cb#id_token=', '&state=af0ifjsldkj', ['TOOK_FROM_URL']],
    [
      'URL fragment access_token',
      'https://rp.example.com/cb#state=s&access_token=',
      '&token_type=Bearer',
      ['TOOK_FROM_URL'],
    ],
    ['URL query token', 'http://localhost:8080/?token=', '', ['TOOK_FROM_URL']],
    ['URL query then fragment', 'https://a.example/x?id_token=', '#frag', ['TOOK_FROM_URL']],
    ['URL with whitespace around', '  https://a.example/#token=', '  \n', ['TOOK_FROM_URL']],
  ];

  it.each(wrappers)('%s: takes the token and maps its offsets back', (_name, prefix, suffix, expected) => {
    const input = `${prefix}${VALID}${suffix}`;
    const c = extractToken(input);
    expect(c.token).toBe(VALID);
    expect([...noteCodes(c)].sort()).toEqual([...expected].sort());
    expect(c.notes.every(isCleanupNote)).toBe(true);
    // A character at a known place: the first dot of the token.
    const dot = VALID.indexOf('.');
    expect(toOriginalOffset(c, dot)).toBe(prefix.length + dot);
    expect(toOriginalOffset(c, 0)).toBe(prefix.length);
    expectMapsBack(c);
    for (const n of c.notes) expect(describeNote(n)).toMatch(/\S.*\.$/);
  });

  it('records which prefix was removed', () => {
    expect(extractToken(`bearer ${VALID}`).notes).toEqual([
      expect.objectContaining({ code: 'REMOVED_BEARER', detail: 'bearer' }),
    ]);
  });

  it('records which URL parameter held the token', () => {
    const c = extractToken(`https://rp.example.com/cb#id_token=${VALID}&state=xyz`);
    expect(c.notes).toEqual([expect.objectContaining({ code: 'TOOK_FROM_URL', detail: 'id_token' })]);
  });

  it('joins a token wrapped over lines and maps each piece back', () => {
    const input = `${VALID.slice(0, 20)}\n  ${VALID.slice(20, 50)}\r\n${VALID.slice(50)}`;
    const c = extractToken(input);
    expect(c.token).toBe(VALID);
    expect(c.notes).toEqual([expect.objectContaining({ code: 'REMOVED_INNER_WHITESPACE', count: 5 })]);
    expect(toOriginalOffset(c, 19)).toBe(19);
    expect(toOriginalOffset(c, 20)).toBe(23);
    expect(toOriginalOffset(c, 49)).toBe(52);
    expect(toOriginalOffset(c, 50)).toBe(55);
    expect(toOriginalOffset(c, VALID.length - 1)).toBe(input.length - 1);
    expectMapsBack(c);
  });

  it('drops zero-width spaces, joiners, word joiners and BOMs inside the token', () => {
    const input = `${VALID.slice(0, 10)}\u200b${VALID.slice(10, 20)}\u200c\u200d${VALID.slice(20, 30)}\u2060${VALID.slice(30, 40)}\ufeff${VALID.slice(40)}`;
    const c = extractToken(input);
    expect(c.token).toBe(VALID);
    expect(c.notes).toEqual([expect.objectContaining({ code: 'REMOVED_INVISIBLE', count: 5 })]);
    expect(toOriginalOffset(c, 10)).toBe(11);
    expect(toOriginalOffset(c, 20)).toBe(23);
    expect(toOriginalOffset(c, 45)).toBe(50);
    expectMapsBack(c);
  });

  it('counts whitespace and invisible characters separately', () => {
    const c = extractToken(`${VALID.slice(0, 10)} \u200b\n${VALID.slice(10)}`);
    expect(c.token).toBe(VALID);
    expect(c.notes).toEqual([
      expect.objectContaining({ code: 'REMOVED_INNER_WHITESPACE', count: 2 }),
      expect.objectContaining({ code: 'REMOVED_INVISIBLE', count: 1 }),
    ]);
  });

  it('combines clean-ups: Authorization header, quotes, wrapped lines and a zero-width space', () => {
    const body = `${VALID.slice(0, 25)}\n${VALID.slice(25, 60)}\u200b${VALID.slice(60)}`;
    const input = `  Authorization: Bearer "${body}"\n`;
    const c = extractToken(input);
    expect(c.token).toBe(VALID);
    expect([...noteCodes(c)].sort()).toEqual(
      [
        'TRIMMED_WHITESPACE',
        'REMOVED_AUTH_HEADER',
        'REMOVED_BEARER',
        'REMOVED_QUOTES',
        'REMOVED_INNER_WHITESPACE',
        'REMOVED_INVISIBLE',
      ].sort(),
    );
    const start = input.indexOf('"') + 1;
    expect(toOriginalOffset(c, 0)).toBe(start);
    expect(toOriginalOffset(c, 30)).toBe(start + 31);
    expect(toOriginalOffset(c, 70)).toBe(start + 72);
    expectMapsBack(c);
  });

  it('does not remove a lone "Bearer" that has no token after it', () => {
    const c = extractToken('Bearer ');
    expect(c.token).toBe('Bearer');
    expect(noteCodes(c)).toEqual(['TRIMMED_WHITESPACE']);
  });

  it('does not remove unmatched quotes', () => {
    expect(extractToken(`"${VALID}'`).token).toBe(`"${VALID}'`);
    expect(extractToken(`"${VALID}`).notes).toEqual([]);
  });

  it('does not take a URL without a token parameter apart', () => {
    const input = 'https://example.com/#state=1&code=abc';
    const c = extractToken(input);
    expect(c.token).toBe(input);
    expect(c.notes).toEqual([]);
  });

  it('gives an empty token for whitespace and invisible characters only', () => {
    expect(extractToken('').token).toBe('');
    expect(extractToken(' \n\t').token).toBe('');
    expect(extractToken('\u200b\u200b').token).toBe('');
  });

  it('maps an offset past the end to the end of the kept text', () => {
    const c = extractToken(`"${VALID}"`);
    expect(toOriginalOffset(c, VALID.length)).toBe(VALID.length + 1);
    expect(toOriginalOffset(c, VALID.length + 100)).toBe(VALID.length + 1);
  });

  it('regression: a zero-width space before "Bearer " hid the prefix', () => {
    const input = `\u200bBearer ${VALID}`;
    const c = extractToken(input);
    expect(c.token).toBe(VALID);
    expect([...noteCodes(c)].sort()).toEqual(['REMOVED_BEARER', 'REMOVED_INVISIBLE']);
    expect(toOriginalOffset(c, 0)).toBe(8);
    expectMapsBack(c);
  });

  it('regression: a zero-width space outside quotes kept the quotes in the token', () => {
    const c = extractToken(`\u200b"${VALID}"\u200b`);
    expect(c.token).toBe(VALID);
    expect(c.notes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'REMOVED_QUOTES' }),
        expect.objectContaining({ code: 'REMOVED_INVISIBLE', count: 2 }),
      ]),
    );
  });

  it('regression: curly quotes followed by a trailing comma were not removed', () => {
    const c = extractToken(`\u201c${VALID}\u201d,`);
    expect(c.token).toBe(VALID);
    expect(noteCodes(c)).toEqual(['REMOVED_QUOTES']);
    expectMapsBack(c);
  });
});

describe('extractToken: URL regressions', () => {
  it('regression: a URL pasted with a trailing newline was not taken apart', () => {
    const input = `https://rp.example.com/cb#id_token=${VALID}\n`;
    const c = extractToken(input);
    expect(c.token).toBe(VALID);
    expect(noteCodes(c)).toEqual(['TOOK_FROM_URL']);
    expect(toOriginalOffset(c, 0)).toBe(input.indexOf('=') + 1);
    expectMapsBack(c);
  });
});
