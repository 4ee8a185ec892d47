import { describe, expect, it } from 'vitest';
import { b64u, fromB64uText } from '../testing/build-token';
import { decodeToken } from './decode';
import { encodeJsonSegment, encodeToken, signingInput, toCompactJson } from './encode';

const FAITHFUL = `{
  "z": 12345678901234567890,
  "a": 3.0,
  "big": 1e400,
  "neg": -0.0,
  "s": "tab\\there \\u00e9 \\"q\\" \\/ é 🎉",
  "a": "duplicate",
  "nested": { "b": [1, 2.50, { "c" : null }], "t": true }
}`;
const FAITHFUL_COMPACT =
  '{"z":12345678901234567890,"a":3.0,"big":1e400,"neg":-0.0,"s":"tab\\there \\u00e9 \\"q\\" \\/ é 🎉","a":"duplicate","nested":{"b":[1,2.50,{"c":null}],"t":true}}';

describe('encodeJsonSegment', () => {
  it('compacts whitespace outside strings and keeps digits, escapes, order and duplicates', () => {
    expect(toCompactJson(FAITHFUL)).toBe(FAITHFUL_COMPACT);
    const segment = encodeJsonSegment(FAITHFUL, 'compact');
    expect(segment).toEqual({ ok: true, value: b64u(FAITHFUL_COMPACT) });
  });

  it('keeps the text byte for byte in exact mode', () => {
    const segment = encodeJsonSegment(FAITHFUL, 'exact');
    expect(segment.ok && fromB64uText(segment.value)).toBe(FAITHFUL);
  });

  it('keeps whitespace inside strings, including escaped quotes before it', () => {
    expect(toCompactJson('{ "a b" : "x \\" y\\\\" , "c":" " }')).toBe('{"a b":"x \\" y\\\\","c":" "}');
  });

  it('refuses invalid JSON with where it fails', () => {
    const segment = encodeJsonSegment('{\n  "a": 1,\n  "b" 2\n}', 'compact');
    expect(segment.ok).toBe(false);
    if (segment.ok) return;
    expect(segment.error).toMatchObject({ code: 'JSON_SYNTAX', line: 3, column: 7 });
  });

  it('never calls JSON.parse or JSON.stringify on the way', () => {
    const parse = JSON.parse;
    const stringify = JSON.stringify;
    try {
      JSON.parse = () => {
        throw new Error('JSON.parse used');
      };
      JSON.stringify = () => {
        throw new Error('JSON.stringify used');
      };
      // Escapes make the lossless reader unescape names, which it may do with the platform; avoid them here.
      expect(encodeJsonSegment('{ "a": 12345678901234567890, "a": 3.0 }', 'compact').ok).toBe(true);
    } finally {
      JSON.parse = parse;
      JSON.stringify = stringify;
    }
  });
});

describe('encodeToken', () => {
  it('joins the segments into a token that decodes back to the same JSON text', () => {
    const header = encodeJsonSegment('{"alg":"HS256", "typ":"JWT"}', 'compact');
    const payload = encodeJsonSegment(FAITHFUL, 'compact');
    if (!header.ok || !payload.ok) throw new Error('not encoded');
    expect(signingInput(header.value, payload.value)).toBe(`${header.value}.${payload.value}`);
    const token = encodeToken(header.value, payload.value, 'c2ln');
    expect(token).toBe(`${header.value}.${payload.value}.c2ln`);
    const decoded = decodeToken(token);
    expect(decoded.kind).toBe('jws');
    expect(decoded.payload?.content).toMatchObject({ kind: 'json', text: FAITHFUL_COMPACT });
    expect(decoded.header?.content).toMatchObject({ kind: 'json', text: '{"alg":"HS256","typ":"JWT"}' });
  });

  it('makes an unsecured token with an empty signature', () => {
    expect(encodeToken('eyJhbGciOiJub25lIn0', 'e30', '')).toBe('eyJhbGciOiJub25lIn0.e30.');
  });
});
