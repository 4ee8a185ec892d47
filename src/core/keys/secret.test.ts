import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSecret, SECRET_ENCODINGS } from './secret';

const bytesOf = (result: ReturnType<typeof decodeSecret>): number[] | undefined =>
  result.ok ? [...result.value] : undefined;

describe('decodeSecret: the four readings of a secret', () => {
  it.each([
    ['utf8', 'héllo', [0x68, 0xc3, 0xa9, 0x6c, 0x6c, 0x6f]],
    ['utf8', ' spaced ', [0x20, 0x73, 0x70, 0x61, 0x63, 0x65, 0x64, 0x20]],
    ['base64url', '-_8', [0xfb, 0xff]],
    ['base64url', ' AQID== ', [1, 2, 3]],
    ['base64', '+/8=', [0xfb, 0xff]],
    ['base64', 'AQ\nID', [1, 2, 3]],
    ['hex', 'DEADbeef', [0xde, 0xad, 0xbe, 0xef]],
    ['hex', '0xde:ad be\nef', [0xde, 0xad, 0xbe, 0xef]],
    ['hex', '', []],
  ] as const)('%s reads %j', (encoding, text, expected) => {
    expect(bytesOf(decodeSecret(text, encoding))).toEqual(expected);
  });

  it.each([
    ['base64url', 'a+b'],
    ['base64url', 'abcde'],
    ['base64', 'a-b_'],
    ['base64', 'ab=c'],
    ['hex', 'abc'],
    ['hex', 'zz'],
  ] as const)('%s refuses %j with a code', (encoding, text) => {
    expect(decodeSecret(text, encoding)).toEqual({
      ok: false,
      error: { code: 'SECRET_NOT_ENCODED', encoding },
    });
  });

  it('reads back the bytes Node encodes, in every encoding', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (raw) => {
        const buffer = Buffer.from(raw);
        const texts = {
          utf8: undefined,
          base64url: buffer.toString('base64url'),
          base64: buffer.toString('base64'),
          hex: buffer.toString('hex'),
        } as const;
        for (const encoding of SECRET_ENCODINGS) {
          const text = texts[encoding];
          if (text !== undefined) expect(bytesOf(decodeSecret(text, encoding))).toEqual([...raw]);
        }
      }),
    );
  });
});
