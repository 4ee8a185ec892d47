import fc from 'fast-check';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';
import { describeError } from './errors';
import { describeNote } from './notes';
import { b64u, compact, SIGNATURE, VALID } from '../testing/build-token';
import { decodeToken, type DecodedPart, type DecodedToken } from './decode';
import { JWE_PARTS, JWS_PARTS, type TokenPart } from './parts';

// Run counts of the decodeToken properties below add up to 13,500.
const PARTS: ReadonlySet<TokenPart> = new Set<TokenPart>(['token', ...JWS_PARTS, ...JWE_PARTS]);
const B64URL_AND_DOTS = Array.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_..');
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const MUTATION_CHARS = [...Array.from('Aa0-_.=+/*"\' \n\t{}'), '\u200b', '\u201c', '\u00e9', '\u{1F600}'];

/** The properties every decode result has, whatever the input. */
function expectSelfExplaining(d: DecodedToken): void {
  const token = d.cleaned.token;
  if (d.errors.length === 0) {
    expect(d.header?.content).toBeDefined();
    expect(['jws', 'unsecured', 'jwe', 'sd-jwt']).toContain(d.kind);
  }
  for (const e of d.errors) {
    expect(e.code).not.toBe('INTERNAL');
    expect(PARTS.has(e.part)).toBe(true);
    expect(describeError(e)).toMatch(/\S/);
    if (e.at !== undefined) {
      expect(e.at).toBeGreaterThanOrEqual(0);
      expect(e.end ?? e.at).toBeGreaterThanOrEqual(e.at);
      expect(e.end ?? e.at).toBeLessThanOrEqual(token.length);
    }
    switch (e.code) {
      case 'BASE64URL_CHAR':
        expect(token.slice(e.at, e.end)).toBe(e.char);
        if (e.fix !== undefined) expect(e.fix.token).toMatch(/^[A-Za-z0-9_.~+/=-]*$/);
        break;
      case 'BASE64URL_STANDARD':
        expect(token.charAt(e.at ?? -1)).toBe(e.char);
        if (e.fix !== undefined) expect(e.fix.token).not.toMatch(/[+/]|=([.~]|$)/);
        break;
      case 'BASE64URL_PADDING':
        expect(token.slice(e.at, e.end)).toMatch(/^=+$/);
        break;
      case 'BASE64URL_NONCANONICAL': {
        // The last character of its segment; the fix changes only such characters, and keeps the length.
        expect(token.slice(e.at, e.end)).toBe(e.char);
        expect(e.end === token.length || /^[.~]$/.test(token.charAt(e.end ?? -1))).toBe(true);
        expect(e.expected).not.toBe(e.char);
        if (e.fix === undefined) break;
        const fixed = e.fix.token;
        expect(fixed).toHaveLength(token.length);
        expect(fixed.charAt(e.at ?? -1)).toBe(e.expected);
        expect(decodeToken(fixed).errors.map((f) => f.code)).not.toContain('BASE64URL_NONCANONICAL');
        break;
      }
      case 'SEGMENT_COUNT':
        expect(e.found).toBe(token.split('.').length);
        break;
      default:
        break;
    }
  }
  for (const n of d.notes) {
    expect(PARTS.has(n.part)).toBe(true);
    expect(describeNote(n)).toMatch(/\S/);
  }
  for (const s of d.segments) expect(token.slice(s.start, s.end)).toBe(s.text);
}

function jsonValue(part: DecodedPart | undefined): unknown {
  const content = part?.content;
  if (content?.kind !== 'json') throw new Error(`expected JSON, got ${content?.kind ?? 'none'}`);
  return JSON.parse(content.text);
}

const mutation = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'replace'),
  position: fc.nat(),
  char: fc.constantFrom(...MUTATION_CHARS),
});

function mutate(token: string, m: { kind: string; position: number; char: string }): string {
  const i = m.position % (token.length + 1);
  switch (m.kind) {
    case 'insert':
      return token.slice(0, i) + m.char + token.slice(i);
    case 'delete':
      return token.slice(0, i) + token.slice(i + 1);
    default:
      return token.slice(0, i) + m.char + token.slice(i + 1);
  }
}

const claims = fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 });
const header = fc.record(
  {
    alg: fc.constantFrom('HS256', 'RS256', 'ES256', 'EdDSA', 'none'),
    typ: fc.constant('JWT'),
    kid: fc.string({ unit: 'binary', maxLength: 10 }),
  },
  { requiredKeys: ['alg'] },
);
const wellFormed = fc.tuple(header, claims).map(([h, c]) => compact(JSON.stringify(h), JSON.stringify(c)));

describe('decodeToken never throws', () => {
  it('on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (input) => {
        expectSelfExplaining(decodeToken(input));
      }),
      { numRuns: 3000 },
    );
  });

  it('on any Unicode string, astral planes included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (input) => {
        expectSelfExplaining(decodeToken(input));
      }),
      { numRuns: 2000 },
    );
  });

  it('on strings of base64url characters and dots', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...B64URL_AND_DOTS), maxLength: 200 }), (input) => {
        expectSelfExplaining(decodeToken(input));
      }),
      { numRuns: 3000 },
    );
  });

  it('on a valid token with one character inserted, deleted or replaced: every outcome explains itself', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constant(VALID), wellFormed),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (token, ms) => {
          const input = ms.reduce(mutate, token);
          expectSelfExplaining(decodeToken(input));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('decodeToken refuses non-canonical base64url (RFC 4648 section 3.5), which jose accepts', () => {
  it('setting unused bits of any segment is an error at that character, whose fix gives the token back', () => {
    fc.assert(
      fc.property(wellFormed, fc.nat(), fc.integer({ min: 1, max: 15 }), (token, which, bits) => {
        const segments = token.split('.');
        const i = which % segments.length;
        const segment = segments[i] ?? '';
        // Unused low bits of the last character, by length % 4.
        const unused = [0, 0, 0b1111, 0b11][segment.length % 4] ?? 0;
        fc.pre((bits & unused) !== 0);
        const last = ALPHABET.indexOf(segment.charAt(segment.length - 1));
        const variant = segments
          .map((s, j) => (j === i ? s.slice(0, -1) + ALPHABET.charAt(last | (bits & unused)) : s))
          .join('.');
        const d = decodeToken(variant);
        const at = segments.slice(0, i + 1).join('.').length - 1;
        expect(d.errors).toEqual([
          expect.objectContaining({ code: 'BASE64URL_NONCANONICAL', part: JWS_PARTS[i], at, end: at + 1 }),
        ]);
        expect(d.errors[0]?.fix?.token).toBe(token);
        expectSelfExplaining(d);
        // jose is lenient: it reads the variant as the same header and payload.
        expect(decodeProtectedHeader(variant)).toEqual(decodeProtectedHeader(token));
        expect(decodeJwt(variant)).toEqual(decodeJwt(token));
        expect(jsonValue(d.header)).toEqual(decodeProtectedHeader(token));
        expect(jsonValue(d.payload)).toEqual(decodeJwt(token));
      }),
      { numRuns: 1000 },
    );
  });
});

// `compact` encodes with btoa, so every token generated below is canonical base64url, as jose's encoder writes.
describe('decodeToken agrees with jose on well-formed tokens', () => {
  it('header, payload and alg match decodeProtectedHeader and decodeJwt', () => {
    fc.assert(
      fc.property(header, claims, (h, c) => {
        const token = compact(JSON.stringify(h), JSON.stringify(c));
        const d = decodeToken(token);
        expect(d.errors).toEqual([]);
        expect(d.kind).toBe(h.alg === 'none' ? 'unsecured' : 'jws');
        expect(d.alg).toBe(decodeProtectedHeader(token).alg);
        expect(jsonValue(d.header)).toEqual(decodeProtectedHeader(token));
        expect(jsonValue(d.payload)).toEqual(decodeJwt(token));
      }),
      { numRuns: 1000 },
    );
  });

  it('the protected header of a five-segment token matches decodeProtectedHeader', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 5 }),
        (h) => {
          const token = `${b64u(JSON.stringify({ alg: 'dir', enc: 'A128GCM', ...h }))}..${SIGNATURE}.${SIGNATURE}.${SIGNATURE}`;
          const d = decodeToken(token);
          expect(d.errors).toEqual([]);
          expect(d.kind).toBe('jwe');
          expect(jsonValue(d.header)).toEqual(decodeProtectedHeader(token));
        },
      ),
      { numRuns: 500 },
    );
  });
});
