import { describe, expect, it } from 'vitest';
import { b64u, utf8 } from '../testing/build-token';
import {
  decodeBase64url,
  decodeBase64urlLenient,
  findBase64urlProblem,
  toBase64url,
  toCanonicalBase64url,
} from './base64url';

// RFC 4648 section 10 test vectors, without padding.
const RFC4648: [string, string][] = [
  ['', ''],
  ['f', 'Zg'],
  ['fo', 'Zm8'],
  ['foo', 'Zm9v'],
  ['foob', 'Zm9vYg'],
  ['fooba', 'Zm9vYmE'],
  ['foobar', 'Zm9vYmFy'],
];

describe('decodeBase64url', () => {
  it.each(RFC4648)('decodes the RFC 4648 vector %j from %j', (text, encoded) => {
    expect(decodeBase64url(encoded)).toEqual({ ok: true, value: utf8(text) });
  });

  it("uses '-' and '_' for the last two letters of the alphabet", () => {
    expect(decodeBase64url('-_8')).toEqual({ ok: true, value: Uint8Array.of(0xfb, 0xff) });
    expect(decodeBase64url('AAEC_-8')).toEqual({ ok: true, value: Uint8Array.of(0, 1, 2, 0xff, 0xef) });
  });

  it('decodes a segment of the RFC 7515 Appendix A.1 example', () => {
    const result = decodeBase64url('eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9');
    expect(result.ok && new TextDecoder().decode(result.value)).toBe('{"typ":"JWT",\r\n "alg":"HS256"}');
  });

  it.each([
    ['a standard-base64 plus', 'ab+c', { kind: 'standard', index: 2, char: '+' }],
    ['a standard-base64 slash', '/abc', { kind: 'standard', index: 0, char: '/' }],
    ['one padding character', 'Zm8=', { kind: 'padding', index: 3 }],
    ['two padding characters', 'Zg==', { kind: 'padding', index: 2 }],
    ['three padding characters', 'Zg===', { kind: 'char', index: 2, char: '=' }],
    ["an '=' inside", 'Zg=a', { kind: 'char', index: 2, char: '=' }],
    ['a space', 'Zm 9v', { kind: 'char', index: 2, char: ' ' }],
    ['a dot', 'Zm.9v', { kind: 'char', index: 2, char: '.' }],
    ['a non-ASCII letter', 'Zm\u00e99v', { kind: 'char', index: 2, char: '\u00e9' }],
    ['an emoji, whole', 'Zm\u{1F600}9v', { kind: 'char', index: 2, char: '\u{1F600}' }],
    ['a length of 1', 'A', { kind: 'length', length: 1 }],
    ['a length of 5', 'AAAAA', { kind: 'length', length: 5 }],
  ])('refuses %s', (_name, text, problem) => {
    expect(findBase64urlProblem(text)).toEqual(problem);
    expect(decodeBase64url(text)).toEqual({ ok: false, error: problem });
  });

  it('reports the first problem when there are several', () => {
    expect(findBase64urlProblem('ab*c+d')).toEqual({ kind: 'char', index: 2, char: '*' });
    expect(findBase64urlProblem('a+b*')).toEqual({ kind: 'standard', index: 1, char: '+' });
  });

  it.each(['', 'AA', 'AAA', 'AAAA', 'AAAAAA'])('accepts the length of %j', (text) => {
    expect(findBase64urlProblem(text)).toBeUndefined();
    expect(decodeBase64url(text).ok).toBe(true);
  });
});

describe('non-canonical base64url (RFC 4648 section 3.5)', () => {
  // 'f' is 0x66: 'Zg' carries 011001 100110, and the last 4 bits of 'g' (100000) are unused.
  it.each([
    ['Zh', 'one spare bit set, 4 unused bits', 1, 'g'],
    ['Zv', 'all 4 unused bits set', 1, 'g'],
    ['Zm9', 'one of 2 unused bits set', 2, '8'],
    ['Zm-', 'both unused bits set', 2, '8'],
    ['AAAAAB', 'after a full group', 5, 'A'],
    ['AAAAAAB', 'after a full group, 2 unused bits', 6, 'A'],
  ])('refuses %j (%s) at its last character, naming the canonical one', (text, _name, index, canonical) => {
    const problem = { kind: 'noncanonical', index, char: text.charAt(index), canonical };
    expect(findBase64urlProblem(text)).toEqual(problem);
    expect(decodeBase64url(text)).toEqual({ ok: false, error: problem });
    expect(toCanonicalBase64url(text)).toBe(text.slice(0, index) + canonical);
  });

  it('the lenient decoder reads a non-canonical text as the bytes of its canonical twin', () => {
    expect(decodeBase64urlLenient('Zh')).toEqual({ ok: true, value: utf8('f') });
    expect(decodeBase64urlLenient('Zm-')).toEqual({ ok: true, value: utf8('fo') });
    expect(decodeBase64urlLenient('Zm9v')).toEqual({ ok: true, value: utf8('foo') });
  });

  it('the lenient decoder refuses everything else the strict one refuses', () => {
    for (const text of ['ab+c', 'Zm8=', 'Zm 9v', 'A', 'AAAAA']) {
      expect(decodeBase64urlLenient(text)).toEqual(decodeBase64url(text));
    }
  });

  it('a text of a multiple of 4 characters has no unused bits', () => {
    expect(findBase64urlProblem('Zm9v')).toBeUndefined();
    expect(findBase64urlProblem('____')).toBeUndefined();
  });

  it('a problem with the alphabet or the length comes first', () => {
    expect(findBase64urlProblem('Z*h')).toEqual({ kind: 'char', index: 1, char: '*' });
    expect(findBase64urlProblem('Zh=')).toEqual({ kind: 'padding', index: 2 });
    expect(findBase64urlProblem('ZhAAB')).toEqual({ kind: 'length', length: 5 });
  });

  it('toCanonicalBase64url leaves canonical and broken text alone', () => {
    for (const text of ['', 'Zg', 'Zm8', 'Zm9v', 'Zh=', 'Z*h', 'A']) {
      expect(toCanonicalBase64url(text)).toBe(text);
    }
  });
});

describe('toBase64url', () => {
  it.each(RFC4648)('encodes the RFC 4648 vector %j as %j', (text, encoded) => {
    expect(toBase64url(text)).toBe(encoded);
    expect(toBase64url(utf8(text))).toBe(encoded);
  });

  it('encodes text as UTF-8, agreeing with an independent encoder', () => {
    const text = '{"name":"\u00e9\u6771\u{1F600}"}';
    expect(toBase64url(text)).toBe(b64u(text));
    expect(toBase64url(Uint8Array.of(0xfb, 0xff))).toBe('-_8');
  });
});
