import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { b64u, SIGNATURE, VALID } from '../testing/build-token';
import { extractToken } from './extract';
import { countChar, splitToken } from './split';

const split = (input: string) => splitToken(extractToken(input));

// An SD-JWT (RFC 9901 section 4): issuer-signed JWT, disclosures, and optionally a key-binding JWT.
const DISCLOSURE_1 = b64u('["2GLC42sKQveCfGfryNRN9w","given_name","John"]');
const DISCLOSURE_2 = b64u('["eluV5Og3gSNII8EYnsxA_A","family_name","Doe"]');
const KB_JWT = `${b64u('{"alg":"ES256","typ":"kb+jwt"}')}.${b64u('{"nonce":"n-0S6_WzA2Mj"}')}.${SIGNATURE}`;

describe('splitToken', () => {
  it('splits a JWS into header, payload and signature with offsets into the cleaned token', () => {
    const s = split(VALID);
    const [h = '', p = ''] = VALID.split('.');
    expect(s.kind).toBe('jws');
    expect(s.problem).toBeUndefined();
    expect(s.compact).toBe(VALID);
    expect(s.segments.map((g) => [g.part, g.start, g.end])).toEqual([
      ['header', 0, h.length],
      ['payload', h.length + 1, h.length + 1 + p.length],
      ['signature', h.length + p.length + 2, VALID.length],
    ]);
  });

  it('five segments are a JWE with its named parts', () => {
    const s = split('a..b.c.d');
    expect(s.kind).toBe('jwe');
    expect(s.segments.map((g) => g.part)).toEqual(['header', 'encrypted-key', 'iv', 'ciphertext', 'tag']);
  });

  it.each([
    ['', 'empty'],
    ['{"alg":"HS256"}', 'json'],
    ['a.b', 'segment-count'],
    ['a.b.c.d.e.f', 'segment-count'],
  ])('%j has the problem %s', (input, problem) => {
    expect(split(input).problem?.kind).toBe(problem);
  });

  it('an SD-JWT with disclosures and a key-binding JWT is kind sd-jwt, never a JWE (RFC 9901 section 4)', () => {
    const token = `${VALID}~${DISCLOSURE_1}~${DISCLOSURE_2}~${KB_JWT}`;
    const s = split(token);
    expect(s.kind).toBe('sd-jwt');
    expect(s.compact).toBe(VALID);
    expect(s.segments.map((g) => g.part)).toEqual([
      'header',
      'payload',
      'signature',
      'disclosure',
      'disclosure',
      'key-binding',
    ]);
    expect(s.segments.slice(3).map((g) => g.text)).toEqual([DISCLOSURE_1, DISCLOSURE_2, KB_JWT]);
    // Every segment after the first follows exactly one separator.
    for (const g of s.segments.slice(1)) expect(token.charAt(g.start - 1)).toMatch(/^[.~]$/);
  });

  it('an SD-JWT without key binding ends with "~": an empty key-binding segment', () => {
    const s = split(`${VALID}~${DISCLOSURE_1}~`);
    expect(s.kind).toBe('sd-jwt');
    expect(s.segments.at(-1)).toMatchObject({ part: 'key-binding', text: '' });
  });

  it("a '~' after anything but a three-segment JWS is no SD-JWT", () => {
    expect(split('abc~def').kind).toBe('unknown');
    expect(split(`a.b~${DISCLOSURE_1}~`).kind).not.toBe('sd-jwt');
  });
});

describe('splitToken: a token inside other text (what new users paste whole)', () => {
  const cases: [string, string][] = [
    ['a curl command', `curl -H "Authorization: Bearer ${VALID}" https://api.example.com/orders`],
    ['a curl command, URL first', `curl https://api.example.com/orders -H 'Authorization: Bearer ${VALID}'`],
    ['a log line', `2026-11-26T03:00:00.123Z INFO auth ok user=alice token=${VALID} status=200`],
    ['a Cookie header', `Cookie: session=${VALID}; theme=dark; _ga=GA1.2.3456.7890`],
    [
      'a JWE in a log line',
      `level=debug msg="got token" jwe=${b64u('{"alg":"dir","enc":"A128GCM"}')}..a.b.c`,
    ],
  ];
  it.each(cases)('%s is text around a token, and says where the token is', (_name, input) => {
    const s = split(input);
    const cleaned = extractToken(input).token;
    expect(s.kind).toBe('unknown');
    expect(s.problem?.kind).toBe('text-around');
    if (s.problem?.kind !== 'text-around') return;
    expect(cleaned.slice(s.problem.start, s.problem.start + 3)).toBe('eyJ');
  });

  it.each([
    ['a token wrapped over lines', `${VALID.slice(0, 30)}\n${VALID.slice(30, 70)}\n${VALID.slice(70)}`],
    ['Authorization: Bearer and a token', `Authorization: Bearer ${VALID}`],
    ['a token with a stray character and a line break', `${VALID.slice(0, 40)}*\n${VALID.slice(40)}`],
    ['a URL carrying the token', `https://app.example.com/cb#id_token=${VALID}&state=xyz`],
  ])('%s is not', (_name, input) => {
    expect(split(input).problem?.kind).not.toBe('text-around');
  });

  it('stays linear on text of many "eyJ" without dots', () => {
    const input = `x: ${'eyJ'.repeat(200_000)} y`;
    const start = performance.now();
    split(input);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('countChar', () => {
  it('counts a character in a range as one by one would, few or many', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.constantFrom('.', 'a', '~', '\u{1F600}'), { maxLength: 300 })
          .map((parts) => parts.join('')),
        fc.nat(),
        fc.nat(),
        fc.constantFrom('.', '~'),
        (text, a, b, char) => {
          const from = a % (text.length + 1);
          const to = from + (b % (text.length - from + 1));
          const naive = text.slice(from, to).split(char).length - 1;
          expect(countChar(text, char, from, to)).toBe(naive);
        },
      ),
    );
  });

  it('counts a million dots', () => {
    expect(countChar('.'.repeat(1_000_000), '.', 0, 1_000_000)).toBe(1_000_000);
    expect(countChar(`a${'.'.repeat(100)}b`, '.', 1, 51)).toBe(50);
  });
});
