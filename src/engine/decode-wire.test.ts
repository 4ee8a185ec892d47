import { describe, expect, it } from 'vitest';
import { compact, HS256_HEADER } from '../core/testing/build-token';
import { decodeToken } from '../core/token/decode';
import { toViewDecoded } from '../core/token/for-view';
import { fromWire, toWire } from './decode-wire';

function bigToken(): string {
  const roles = Array.from({ length: 2000 }, (_, i) => `role-${i}`);
  return compact(HS256_HEADER, JSON.stringify({ sub: 'a', roles }));
}

/** The sizes of the strings in a value, walked whole (what a structured clone copies). */
function stringChars(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return 0;
  return Object.values(value).reduce<number>((sum, child) => sum + stringChars(child), 0);
}

describe('the decode worker’s answer on the wire', () => {
  it.each([
    ['a big token', bigToken()],
    ['a big token inside an Authorization header', `Authorization: Bearer ${bigToken()}\n`],
    ['a big token with line breaks in it', bigToken().replace(/(.{500})/g, '$1\n')],
    ['a small token', compact(HS256_HEADER, '{"sub":"a"}')],
    ['text that is no token', 'x'.repeat(10_000)],
  ])('%s: comes back as it was decoded, through a structured clone', (_, text) => {
    const decoded = toViewDecoded(decodeToken(text));
    const wire = structuredClone(toWire(decoded, text));
    expect(fromWire(wire, text)).toEqual(decoded);
  });

  it('leaves out every copy of the token: the answer for a big token carries it at most once, as its JSON', () => {
    const text = bigToken();
    const decoded = toViewDecoded(decodeToken(text));
    const wire = toWire(decoded, text);
    expect(stringChars(decoded)).toBeGreaterThan(5 * text.length);
    expect(stringChars(wire.decoded)).toBeLessThan(stringChars(decoded) - 5 * text.length);
    expect(wire.refs.map((r) => r.path.join('.'))).toEqual(
      expect.arrayContaining(['input', 'compact', 'cleaned.token', 'payload.segment.text']),
    );
  });

  it('does not change the decoded token it reads', () => {
    const text = bigToken();
    const decoded = toViewDecoded(decodeToken(text));
    const before = structuredClone(decoded);
    toWire(decoded, text);
    expect(decoded).toEqual(before);
  });
});
