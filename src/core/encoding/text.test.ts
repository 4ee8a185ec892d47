import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8 } from '../testing/build-token';
import { clipEnd, decodeUtf8, hexDumpLength, toHexDump } from './text';

describe('decodeUtf8', () => {
  it('reads UTF-8 text, including four-byte sequences', () => {
    const text = 'a\u00e9\u6771\u{1F600}\u0645';
    expect(decodeUtf8(utf8(text))).toEqual({ ok: true, value: text });
  });

  it('keeps a byte order mark as a character rather than dropping it', () => {
    expect(decodeUtf8(Uint8Array.of(0xef, 0xbb, 0xbf, 0x7b, 0x7d))).toEqual({ ok: true, value: '\ufeff{}' });
  });

  it.each([
    ['a lone continuation byte', [0x80]],
    ['an invalid byte', [0xff]],
    ['a truncated sequence', [0xe6, 0x9d]],
    ['an overlong encoding', [0xc0, 0xaf]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
  ])('refuses %s', (_name, bytes) => {
    expect(decodeUtf8(Uint8Array.from(bytes))).toEqual({ ok: false, error: 'NOT_UTF8' });
  });

  it('reads no bytes as the empty string', () => {
    expect(decodeUtf8(new Uint8Array(0))).toEqual({ ok: true, value: '' });
  });
});

describe('toHexDump', () => {
  it('prints lowercase byte pairs, 16 to a line', () => {
    const bytes = Uint8Array.from({ length: 18 }, (_, i) => i * 15);
    expect(toHexDump(bytes)).toBe('00 0f 1e 2d 3c 4b 5a 69 78 87 96 a5 b4 c3 d2 e1\nf0 ff');
  });

  it('prints nothing for no bytes', () => {
    expect(toHexDump(new Uint8Array(0))).toBe('');
  });

  it('matches a byte-by-byte printing for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const lines: string[] = [];
        for (let i = 0; i < bytes.length; i += 16) {
          lines.push([...bytes.subarray(i, i + 16)].map((b) => b.toString(16).padStart(2, '0')).join(' '));
        }
        expect(toHexDump(bytes)).toBe(lines.join('\n'));
      }),
    );
  });

  it('with a limit, is the start of the whole dump, and its length is known without making it', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), fc.integer({ min: -1, max: 400 }), (bytes, max) => {
        const whole = toHexDump(bytes);
        expect(hexDumpLength(bytes.length)).toBe(whole.length);
        expect(toHexDump(bytes, max)).toBe(whole.slice(0, Math.max(0, max)));
      }),
    );
  });
});

describe('clipEnd', () => {
  it('keeps a text no longer than the limit whole', () => {
    expect(clipEnd('abc', 3)).toBe(3);
    expect(clipEnd('abc', 10)).toBe(3);
    expect(clipEnd('', 0)).toBe(0);
  });

  it('cuts at the limit', () => {
    expect(clipEnd('abcdef', 4)).toBe(4);
    expect(clipEnd('abcdef', 0)).toBe(0);
  });

  it('never splits a surrogate pair', () => {
    // "a😀b": the emoji is two UTF-16 units at 1 and 2.
    expect(clipEnd('a\u{1F600}b', 2)).toBe(1);
    expect(clipEnd('a\u{1F600}b', 3)).toBe(3);
  });

  it('gives a start of the text that is whole characters, at most one unit short of the limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.nat(50), (text, max) => {
        const end = clipEnd(text, max);
        expect(end).toBeLessThanOrEqual(Math.min(max, text.length));
        expect(end).toBeGreaterThanOrEqual(Math.min(max, text.length) - 1);
        if (end < text.length) {
          const before = text.charCodeAt(end - 1);
          const after = text.charCodeAt(end);
          expect(before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff).toBe(false);
        }
      }),
    );
  });
});
