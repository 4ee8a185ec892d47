import { CompactEncrypt, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { describeError, type CoreError } from './errors';
import { toPrettyJson, type JsonRun } from '../json/pretty';
import { describeNote } from './notes';
import {
  b64,
  b64u,
  CLAIMS,
  compact,
  fromB64uText,
  HS256_HEADER,
  SIGNATURE,
  utf8,
  VALID,
} from '../testing/build-token';
import { decodeToken, type DecodedBytes, type DecodedPart, type DecodedToken } from './decode';
import { toOriginalOffset } from './extract';

// RFC 7515 Appendix A.1 (HS256) and A.5 (unsecured), as published.
const RFC7515_A1 =
  'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9' +
  '.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ' +
  '.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const RFC7515_A5 =
  'eyJhbGciOiJub25lIn0' +
  '.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ' +
  '.';
const RFC7515_PAYLOAD = '{"iss":"joe",\r\n "exp":1300819380,\r\n "http://example.com/is_root":true}';

const H = b64u(HS256_HEADER);
const P = b64u(CLAIMS);
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** `segment` with the lowest unused bit of its last character set: the same bytes, a text no encoder writes. */
function twin(segment: string): string {
  expect(segment.length % 4).toBeGreaterThanOrEqual(2);
  const last = ALPHABET.indexOf(segment.charAt(segment.length - 1));
  return segment.slice(0, -1) + ALPHABET.charAt(last | 1);
}

function noteCodes(d: DecodedToken): string[] {
  return d.notes.map((n) => n.code);
}

function onlyError(d: DecodedToken): CoreError {
  expect(d.errors).toHaveLength(1);
  const [error] = d.errors;
  if (error === undefined) throw new Error('no error');
  return error;
}

function jsonText(part: DecodedPart | undefined): string {
  const content = part?.content;
  if (content?.kind !== 'json') throw new Error(`expected JSON content, got ${content?.kind ?? 'none'}`);
  return content.text;
}

function prettyOf(part: DecodedPart | undefined): { text: string; runs: readonly JsonRun[] } {
  const content = part?.content;
  if (content?.kind !== 'json') throw new Error(`expected JSON content, got ${content?.kind ?? 'none'}`);
  return toPrettyJson(content.json);
}

function runsOf(part: DecodedPart | undefined, style: JsonRun['style']): { text: string; run: JsonRun }[] {
  const pretty = prettyOf(part);
  return pretty.runs
    .filter((r) => r.style === style)
    .map((run) => ({ text: pretty.text.slice(run.from, run.to), run }));
}

/** The encrypted key, IV, ciphertext and tag of a JWE, in token order. */
function jweParts(d: DecodedToken): DecodedBytes[] {
  if (d.kind !== 'jwe') throw new Error(`expected a JWE, got ${d.kind}`);
  return [d.encryptedKey, d.iv, d.ciphertext, d.tag];
}

/** Every error and note a decode produces has words for people. */
function expectExplained(d: DecodedToken): void {
  for (const e of d.errors) expect(describeError(e)).toMatch(/\S.*\.$/);
  for (const n of d.notes) expect(describeNote(n)).toMatch(/\S.*\.$/);
}

describe('decodeToken: well-formed tokens', () => {
  it('decodes an HS256 JWT signed by jose', async () => {
    const secret = utf8('a-string-secret-at-least-256-bits-long');
    const token = await new SignJWT({ sub: '1234567890', name: 'John Doe', admin: true })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuedAt(1516239022)
      .sign(secret);
    const [h = '', p = '', s = ''] = token.split('.');
    const d = decodeToken(token);
    expect(d.errors).toEqual([]);
    expect(d.notes).toEqual([]);
    expect(d.kind).toBe('jws');
    expect(d.alg).toBe('HS256');
    expect(d.cleaned.token).toBe(token);
    expect(d.header?.content?.kind).toBe('json');
    expect(d.payload?.content?.kind).toBe('json');
    expect(jsonText(d.header)).toBe(fromB64uText(h));
    expect(jsonText(d.payload)).toBe(fromB64uText(p));
    expect(JSON.parse(jsonText(d.payload))).toEqual({
      sub: '1234567890',
      name: 'John Doe',
      admin: true,
      iat: 1516239022,
    });
    expect(d.signature?.bytes).toHaveLength(32);
    expect(d.signature?.segment.text).toBe(s);
    expect(d.headerObject?.members.map((m) => m.name.value)).toEqual(['alg', 'typ']);
    expect(d.kind).toBe('jws');
  });

  it('reports segments with their parts and offsets in the token', () => {
    const d = decodeToken(VALID);
    const dot1 = VALID.indexOf('.');
    const dot2 = VALID.lastIndexOf('.');
    expect(d.segments.map((s) => [s.part, s.start, s.end])).toEqual([
      ['header', 0, dot1],
      ['payload', dot1 + 1, dot2],
      ['signature', dot2 + 1, VALID.length],
    ]);
    for (const s of d.segments) expect(VALID.slice(s.start, s.end)).toBe(s.text);
  });

  it('decodes the RFC 7515 Appendix A.1 example, keeping CR LF and member order', () => {
    const d = decodeToken(RFC7515_A1);
    expect(d.errors).toEqual([]);
    expect(d.kind).toBe('jws');
    expect(d.alg).toBe('HS256');
    expect(jsonText(d.header)).toBe('{"typ":"JWT",\r\n "alg":"HS256"}');
    expect(jsonText(d.payload)).toBe(RFC7515_PAYLOAD);
    expect(prettyOf(d.header).text).toBe('{\n  "typ": "JWT",\n  "alg": "HS256"\n}');
    expect(d.signature?.bytes).toHaveLength(32);
  });

  it('alg none is an unsecured token with an UNSECURED note (RFC 7515 Appendix A.5)', () => {
    const d = decodeToken(RFC7515_A5);
    expect(d.errors).toEqual([]);
    expect(d.kind).toBe('unsecured');
    expect(d.alg).toBe('none');
    expect(d.notes).toEqual([expect.objectContaining({ code: 'UNSECURED', part: 'signature' })]);
    expect(d.signature?.bytes).toHaveLength(0);
    expect(jsonText(d.payload)).toBe(RFC7515_PAYLOAD);
    expectExplained(d);
  });

  it('an empty signature under an alg that needs one gives SIGNATURE_EMPTY, not an error', () => {
    const d = decodeToken(`${H}.${P}.`);
    expect(d.errors).toEqual([]);
    expect(d.kind).toBe('jws');
    expect(noteCodes(d)).toEqual(['SIGNATURE_EMPTY']);
    expect(d.notes[0]?.part).toBe('signature');
  });

  it('with duplicate alg members the last one wins, and the duplicate is noted', () => {
    const d = decodeToken(compact('{"alg":"none","alg":"HS256"}', CLAIMS));
    expect(d.alg).toBe('HS256');
    expect(d.kind).toBe('jws');
    expect(d.notes).toEqual([
      expect.objectContaining({ code: 'DUPLICATE_MEMBER', part: 'header', detail: 'alg' }),
    ]);
  });

  it.each(['None', 'NONE', 'nOnE', 'none ', ' none'])(
    'alg %j is not unsecured: algorithm names are case-sensitive (RFC 7515 section 4.1.1)',
    (alg) => {
      const d = decodeToken(compact(JSON.stringify({ alg }), CLAIMS));
      expect(d.errors).toEqual([]);
      expect(d.kind).toBe('jws');
      expect(d.alg).toBe(alg);
      expect(noteCodes(d)).toEqual([]);
    },
  );

  it("alg 'None' with an empty signature is a JWS missing its signature, not an unsecured token", () => {
    const d = decodeToken(`${b64u('{"alg":"None"}')}.${P}.`);
    expect(d.errors).toEqual([]);
    expect(d.kind).toBe('jws');
    expect(noteCodes(d)).toEqual(['SIGNATURE_EMPTY']);
  });

  it('a non-string alg is not reported as alg', () => {
    const d = decodeToken(compact('{"alg":256}', CLAIMS));
    expect(d.errors).toEqual([]);
    expect(d.alg).toBeUndefined();
    expect(d.headerObject).toBeDefined();
  });
});

describe('decodeToken: JWE (five segments)', () => {
  it('decodes the protected header of a jose A128KW / A256GCM JWE and reports byte lengths', async () => {
    const plaintext = utf8('{"sub":"secret stuff"}');
    const kek = Uint8Array.from({ length: 16 }, (_, i) => i + 1);
    const jwe = await new CompactEncrypt(plaintext)
      .setProtectedHeader({ alg: 'A128KW', enc: 'A256GCM', kid: 'k1' })
      .encrypt(kek);
    const d = decodeToken(jwe);
    expect(d.errors).toEqual([]);
    expect(d.kind).toBe('jwe');
    expect(d.alg).toBe('A128KW');
    expect(JSON.parse(jsonText(d.header))).toEqual({ alg: 'A128KW', enc: 'A256GCM', kid: 'k1' });
    expect(noteCodes(d)).toEqual(['ENCRYPTED']);
    expect(d.segments.map((s) => s.part)).toEqual(['header', 'encrypted-key', 'iv', 'ciphertext', 'tag']);
    // A 256-bit CEK wrapped with AES key wrap is 40 bytes; a GCM IV is 96 bits, its tag 128 bits.
    expect(jweParts(d).map((p) => p.bytes?.length)).toEqual([40, 12, plaintext.length, 16]);
    expect(jweParts(d).map((p) => p.segment.part)).toEqual(['encrypted-key', 'iv', 'ciphertext', 'tag']);
    expect(d.payload).toBeUndefined();
    expect(d.signature).toBeUndefined();
  });

  it('an empty encrypted key (alg dir) is zero bytes, not an error', () => {
    const header = b64u('{"alg":"dir","enc":"A128GCM"}');
    const iv = b64u(new Uint8Array(12));
    const tag = b64u(new Uint8Array(16));
    const d = decodeToken(`${header}..${iv}.${b64u('abc')}.${tag}`);
    expect(d.errors).toEqual([]);
    expect(d.kind).toBe('jwe');
    expect(jweParts(d).map((p) => p.bytes?.length)).toEqual([0, 12, 3, 16]);
  });

  it('a bad ciphertext segment is an error for that part only', () => {
    const header = b64u('{"alg":"dir","enc":"A128GCM"}');
    const token = `${header}..AAAAAAAAAAAAAAAA.ab*c.AAAAAAAAAAAAAAAAAAAAAA`;
    const d = decodeToken(token);
    const error = onlyError(d);
    expect(error).toMatchObject({
      code: 'BASE64URL_CHAR',
      part: 'ciphertext',
      at: token.indexOf('*'),
      char: '*',
    });
    expect(d.headerObject).toBeDefined();
    expect(d.alg).toBe('dir');
  });
});

describe('decodeToken: clean-ups of pasted text', () => {
  const cases: [string, string, string[]][] = [
    ['surrounding whitespace and newlines', `\n\t  ${VALID}  \r\n`, ['TRIMMED_WHITESPACE']],
    ['Bearer prefix', `Bearer ${VALID}`, ['REMOVED_BEARER']],
    ['bearer prefix in lower case', `bearer ${VALID}`, ['REMOVED_BEARER']],
    ['BEARER prefix in upper case', `BEARER ${VALID}`, ['REMOVED_BEARER']],
    ['Authorization header', `Authorization: Bearer ${VALID}`, ['REMOVED_AUTH_HEADER', 'REMOVED_BEARER']],
    ['double quotes', `"${VALID}"`, ['REMOVED_QUOTES']],
    ['single quotes', `'${VALID}'`, ['REMOVED_QUOTES']],
    ['backticks', `\`${VALID}\``, ['REMOVED_QUOTES']],
    ['curly double quotes', `\u201c${VALID}\u201d`, ['REMOVED_QUOTES']],
    ['curly single quotes', `\u2018${VALID}\u2019`, ['REMOVED_QUOTES']],
    ['a trailing comma after a quote', `"${VALID}",`, ['REMOVED_QUOTES']],
    [
      'wrapped lines',
      `${VALID.slice(0, 30)}\n${VALID.slice(30, 60)}\r\n${VALID.slice(60)}`,
      ['REMOVED_INNER_WHITESPACE'],
    ],
    ['zero-width spaces', `${VALID.slice(0, 10)}\u200b${VALID.slice(10)}`, ['REMOVED_INVISIBLE']],
    ['a URL fragment', `https://app.example.com/cb#id_token=${VALID}&state=xyz`, ['TOOK_FROM_URL']],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    const d = decodeToken(input);
    expect(d.errors).toEqual([]);
    expect(d.kind).toBe('jws');
    expect(d.cleaned.token).toBe(VALID);
    expect(noteCodes(d)).toEqual(expected);
    expect(jsonText(d.payload)).toBe(CLAIMS);
    expectExplained(d);
  });
});

describe('decodeToken: errors', () => {
  it.each(['', '   ', '\n\t'])('EMPTY for %j', (input) => {
    const d = decodeToken(input);
    expect(onlyError(d)).toMatchObject({ code: 'EMPTY', part: 'token' });
    expect(d.kind).toBe('unknown');
    expect(d.segments).toEqual([]);
    expect(d.header).toBeUndefined();
  });

  it.each(['{"alg":"HS256"}', '[1,2]'])('NOT_COMPACT for JSON text %s', (input) => {
    const d = decodeToken(input);
    expect(onlyError(d)).toMatchObject({ code: 'NOT_COMPACT', part: 'token', at: 0, end: 1 });
    expect(d.kind).toBe('unknown');
  });

  it('SEGMENT_COUNT for 1 segment; the header is still decoded', () => {
    const d = decodeToken(H);
    expect(onlyError(d)).toEqual({ code: 'SEGMENT_COUNT', part: 'token', found: 1, at: 0, end: H.length });
    expect(d.kind).toBe('unknown');
    expect(jsonText(d.header)).toBe(HS256_HEADER);
    expect(d.alg).toBe('HS256');
    expect(d.payload).toBeUndefined();
    expect(d.signature).toBeUndefined();
  });

  it('SEGMENT_COUNT for 2 segments; header and payload are still decoded', () => {
    const token = `${H}.${P}`;
    const d = decodeToken(token);
    expect(onlyError(d)).toEqual({
      code: 'SEGMENT_COUNT',
      part: 'token',
      found: 2,
      at: 0,
      end: token.length,
    });
    expect(jsonText(d.header)).toBe(HS256_HEADER);
    expect(jsonText(d.payload)).toBe(CLAIMS);
    expect(d.signature).toBeUndefined();
  });

  it('SEGMENT_COUNT for 4 segments; header and payload are still decoded', () => {
    const token = `${VALID}.${SIGNATURE}`;
    const d = decodeToken(token);
    expect(onlyError(d)).toMatchObject({ code: 'SEGMENT_COUNT', part: 'token', found: 4 });
    expect(d.kind).toBe('unknown');
    expect(d.segments).toHaveLength(4);
    expect(d.segments.map((s) => s.part)).toEqual(['header', 'payload', 'signature', 'token']);
    expect(jsonText(d.header)).toBe(HS256_HEADER);
    expect(jsonText(d.payload)).toBe(CLAIMS);
    expect(d.kind).toBe('unknown');
  });

  it('SEGMENT_COUNT for 6 segments; not taken for a JWE', () => {
    const token = `${VALID}.a.b.c`;
    const d = decodeToken(token);
    expect(onlyError(d)).toMatchObject({ code: 'SEGMENT_COUNT', part: 'token', found: 6 });
    expect(d.kind).toBe('unknown');
    expect(d.segments).toHaveLength(6);
    expect(jsonText(d.header)).toBe(HS256_HEADER);
    expect(jsonText(d.payload)).toBe(CLAIMS);
    expect(noteCodes(d)).not.toContain('ENCRYPTED');
  });

  it('SEGMENT_EMPTY for an empty header; the payload is still decoded', () => {
    const token = `.${P}.${SIGNATURE}`;
    const d = decodeToken(token);
    expect(onlyError(d)).toEqual({ code: 'SEGMENT_EMPTY', part: 'header', at: 0, end: 0 });
    expect(jsonText(d.payload)).toBe(CLAIMS);
    expect(d.headerObject).toBeUndefined();
  });

  it("BASE64URL_CHAR for '*' in the payload points at it, and its fix decodes cleanly", () => {
    const at = H.length + 1 + 7;
    const token = `${H}.${P.slice(0, 7)}*${P.slice(7)}.${SIGNATURE}`;
    expect(token.charAt(at)).toBe('*');
    const d = decodeToken(token);
    const error = onlyError(d);
    expect(error).toMatchObject({ code: 'BASE64URL_CHAR', part: 'payload', at, end: at + 1, char: '*' });
    expect(error.fix?.token).toBe(VALID);
    const fixed = decodeToken(error.fix?.token ?? '');
    expect(fixed.errors).toEqual([]);
    expect(jsonText(fixed.payload)).toBe(CLAIMS);
    // The header is not hidden by the payload's problem.
    expect(jsonText(d.header)).toBe(HS256_HEADER);
  });

  it('BASE64URL_CHAR for a character outside the BMP spans both UTF-16 code units', () => {
    const token = `${H}.${P}.${SIGNATURE.slice(0, 4)}\u{1F600}${SIGNATURE.slice(4)}`;
    const at = token.indexOf('\u{1F600}');
    const error = onlyError(decodeToken(token));
    expect(error).toMatchObject({
      code: 'BASE64URL_CHAR',
      part: 'signature',
      at,
      end: at + 2,
      char: '\u{1F600}',
    });
    expect(error.fix?.token).toBe(VALID);
  });

  it("BASE64URL_STANDARD for '+' in the payload; the fix converts to base64url and decodes cleanly", () => {
    const payload = '{"sub":"\u00fc>>>?"}';
    const standard = b64(payload);
    expect(standard).toContain('+');
    const token = `${H}.${standard}.${SIGNATURE}`;
    const d = decodeToken(token);
    const error = onlyError(d);
    const at = H.length + 1 + standard.indexOf('+');
    expect(error).toMatchObject({ code: 'BASE64URL_STANDARD', part: 'payload', at, end: at + 1, char: '+' });
    expect(error.fix?.token).toBe(`${H}.${b64u(payload)}.${SIGNATURE}`);
    const fixed = decodeToken(error.fix?.token ?? '');
    expect(fixed.errors).toEqual([]);
    expect(jsonText(fixed.payload)).toBe(payload);
  });

  it("BASE64URL_STANDARD for '/' in the header; the fix decodes cleanly", () => {
    const header = '{"alg":"HS256","kid":"???"}';
    const standard = b64(header);
    expect(standard).toContain('/');
    const token = `${standard}.${P}.${SIGNATURE}`;
    const error = onlyError(decodeToken(token));
    expect(error).toMatchObject({
      code: 'BASE64URL_STANDARD',
      part: 'header',
      at: standard.indexOf('/'),
      char: '/',
    });
    const fixed = decodeToken(error.fix?.token ?? '');
    expect(fixed.errors).toEqual([]);
    expect(jsonText(fixed.header)).toBe(header);
  });

  it("BASE64URL_PADDING for '=' at the end of a segment; the fix drops it", () => {
    expect(P.length % 4).not.toBe(0);
    const padded = b64(CLAIMS);
    expect(padded).toMatch(/=$/);
    const token = `${H}.${padded}.${SIGNATURE}`;
    const d = decodeToken(token);
    const error = onlyError(d);
    const at = H.length + 1 + padded.indexOf('=');
    expect(error).toMatchObject({
      code: 'BASE64URL_PADDING',
      part: 'payload',
      at,
      end: H.length + 1 + padded.length,
    });
    expect(error.fix?.token).toBe(VALID);
    expect(decodeToken(error.fix?.token ?? '').errors).toEqual([]);
  });

  it('BASE64URL_LENGTH when a segment is 1 more than a multiple of 4; header and payload survive', () => {
    const token = `${H}.${P}.abcde`;
    const d = decodeToken(token);
    expect(onlyError(d)).toEqual({
      code: 'BASE64URL_LENGTH',
      part: 'signature',
      at: token.length - 1,
      end: token.length,
      found: 5,
    });
    expect(d.kind).toBe('jws');
    expect(jsonText(d.header)).toBe(HS256_HEADER);
    expect(jsonText(d.payload)).toBe(CLAIMS);
    expect(d.signature?.bytes).toBeUndefined();
  });

  it('NOT_UTF8 when the header bytes are not UTF-8; the payload is still decoded', () => {
    const header = b64u(Uint8Array.of(0x7b, 0xff, 0xfe, 0x7d));
    const d = decodeToken(`${header}.${P}.${SIGNATURE}`);
    expect(onlyError(d)).toEqual({ code: 'NOT_UTF8', part: 'header', at: 0, end: header.length });
    expect(d.header?.bytes).toEqual(Uint8Array.of(0x7b, 0xff, 0xfe, 0x7d));
    expect(jsonText(d.payload)).toBe(CLAIMS);
  });

  it('JSON_SYNTAX in the header gives the 1-based line and column of the bad character', () => {
    const header = '{"alg":"HS256",}';
    const token = compact(header, CLAIMS);
    const d = decodeToken(token);
    const error = onlyError(d);
    expect(error).toMatchObject({
      code: 'JSON_SYNTAX',
      part: 'header',
      at: 0,
      end: b64u(header).length,
      line: 1,
      column: header.indexOf('}') + 1,
    });
    expect(error.column).toBe(16);
    expect(jsonText(d.payload)).toBe(CLAIMS);
    expect(d.headerObject).toBeUndefined();
  });

  it('JSON_SYNTAX on a later line counts lines and columns from 1', () => {
    const header = '{"alg":"HS256",\n "typ":}';
    const error = onlyError(decodeToken(compact(header, CLAIMS)));
    expect(error).toMatchObject({ code: 'JSON_SYNTAX', part: 'header', line: 2, column: 8 });
  });

  it('JSON_SYNTAX for trailing text after the header object', () => {
    const header = '{"alg":"HS256"} x';
    const error = onlyError(decodeToken(compact(header, CLAIMS)));
    expect(error).toMatchObject({
      code: 'JSON_SYNTAX',
      part: 'header',
      line: 1,
      column: header.indexOf('x') + 1,
    });
  });

  it('JSON_TOO_DEEP for a header nested beyond the limit', () => {
    const header = '['.repeat(600) + ']'.repeat(600);
    const error = onlyError(decodeToken(compact(header, CLAIMS)));
    expect(error).toMatchObject({ code: 'JSON_TOO_DEEP', part: 'header', line: 1, column: 513, found: 512 });
  });

  it('JSON_TOO_DEEP for a payload nested beyond the limit', () => {
    const payload = '{"a":'.repeat(700) + '1' + '}'.repeat(700);
    const d = decodeToken(compact(HS256_HEADER, payload));
    expect(onlyError(d)).toMatchObject({ code: 'JSON_TOO_DEEP', part: 'payload' });
    expect(d.alg).toBe('HS256');
  });

  it.each([
    ['an array', '[]'],
    ['a string', '"HS256"'],
    ['a number', '256'],
    ['null', 'null'],
  ])('HEADER_NOT_OBJECT when the header is %s', (_kind, header) => {
    const token = compact(header, CLAIMS);
    const d = decodeToken(token);
    expect(onlyError(d)).toMatchObject({
      code: 'HEADER_NOT_OBJECT',
      part: 'header',
      at: 0,
      end: b64u(header).length,
    });
    expect(d.header?.content?.kind).toBe('json');
    expect(d.headerObject).toBeUndefined();
    expect(d.alg).toBeUndefined();
    expect(jsonText(d.payload)).toBe(CLAIMS);
  });

  it('BASE64URL_NONCANONICAL for a signature whose last character sets unused bits; the fix restores it', () => {
    expect(SIGNATURE.length % 4).toBe(3);
    const token = `${H}.${P}.${twin(SIGNATURE)}`;
    const at = token.length - 1;
    const d = decodeToken(token);
    const error = onlyError(d);
    expect(error).toMatchObject({
      code: 'BASE64URL_NONCANONICAL',
      part: 'signature',
      at,
      end: at + 1,
      char: token.charAt(at),
      expected: SIGNATURE.charAt(SIGNATURE.length - 1),
    });
    expect(error.fix?.token).toBe(VALID);
    expect(decodeToken(error.fix?.token ?? '').errors).toEqual([]);
    // The bytes are those of the canonical text, and header and payload are shown.
    expect(d.signature?.bytes).toEqual(decodeToken(VALID).signature?.bytes);
    expect(d.kind).toBe('jws');
    expect(jsonText(d.payload)).toBe(CLAIMS);
    expectExplained(d);
  });

  it('BASE64URL_NONCANONICAL for every possible twin of a one-byte final group (15 of them)', () => {
    const signature = b64u(Uint8Array.of(1, 2, 3, 4));
    expect(signature.length % 4).toBe(2);
    const canonical = `${H}.${P}.${signature}`;
    const last = ALPHABET.indexOf(signature.charAt(signature.length - 1));
    for (let bits = 1; bits < 16; bits++) {
      const token = canonical.slice(0, -1) + ALPHABET.charAt(last | bits);
      const error = onlyError(decodeToken(token));
      expect(error).toMatchObject({
        code: 'BASE64URL_NONCANONICAL',
        part: 'signature',
        at: token.length - 1,
      });
      expect(error.fix?.token).toBe(canonical);
    }
  });

  it('BASE64URL_NONCANONICAL in the payload still shows the payload, and the header keeps its alg', () => {
    expect(P.length % 4).toBe(2);
    const token = `${H}.${twin(P)}.${SIGNATURE}`;
    const d = decodeToken(token);
    expect(onlyError(d)).toMatchObject({
      code: 'BASE64URL_NONCANONICAL',
      part: 'payload',
      at: H.length + P.length,
      fix: { token: VALID },
    });
    expect(jsonText(d.payload)).toBe(CLAIMS);
    expect(d.alg).toBe('HS256');
  });

  it('BASE64URL_NONCANONICAL in the header still shows the header', () => {
    const header = '{"alg":"RS256","kid":"k"}';
    const h = b64u(header);
    expect(h.length % 4).not.toBe(0);
    const d = decodeToken(`${twin(h)}.${P}.${SIGNATURE}`);
    expect(onlyError(d)).toMatchObject({ code: 'BASE64URL_NONCANONICAL', part: 'header', at: h.length - 1 });
    expect(jsonText(d.header)).toBe(header);
    expect(d.alg).toBe('RS256');
  });

  it('BASE64URL_NONCANONICAL in several segments: one error each, one fix for all', () => {
    const h = b64u('{"alg":"RS256","kid":"k"}');
    const canonical = `${h}.${P}.${SIGNATURE}`;
    const d = decodeToken(`${twin(h)}.${twin(P)}.${twin(SIGNATURE)}`);
    expect(d.errors.map((e) => [e.code, e.part])).toEqual([
      ['BASE64URL_NONCANONICAL', 'header'],
      ['BASE64URL_NONCANONICAL', 'payload'],
      ['BASE64URL_NONCANONICAL', 'signature'],
    ]);
    expect(new Set(d.errors.map((e) => e.fix?.token))).toEqual(new Set([canonical]));
    expectExplained(d);
  });

  it('BASE64URL_NONCANONICAL in a JWE authentication tag', () => {
    const header = b64u('{"alg":"dir","enc":"A128GCM"}');
    const tag = b64u(new Uint8Array(16).fill(7));
    const canonical = `${header}..${b64u(new Uint8Array(12))}.${b64u('abc')}.${tag}`;
    const token = canonical.slice(0, -tag.length) + twin(tag);
    const d = decodeToken(token);
    expect(onlyError(d)).toMatchObject({
      code: 'BASE64URL_NONCANONICAL',
      part: 'tag',
      at: token.length - 1,
      fix: { token: canonical },
    });
    expect(d.kind).toBe('jwe');
  });

  it('a bad signature segment does not hide the header and payload', () => {
    const token = `${H}.${P}.not*a*sig`;
    const d = decodeToken(token);
    expect(onlyError(d)).toMatchObject({ code: 'BASE64URL_CHAR', part: 'signature', at: token.indexOf('*') });
    expect(d.kind).toBe('jws');
    expect(d.alg).toBe('HS256');
    expect(jsonText(d.header)).toBe(HS256_HEADER);
    expect(jsonText(d.payload)).toBe(CLAIMS);
  });

  it('errors in several segments are all reported, in token order', () => {
    const token = `${H.slice(0, 3)}*${H.slice(3)}.${b64u('{"a":')}.abcde`;
    const d = decodeToken(token);
    expect(d.errors.map((e) => [e.code, e.part])).toEqual([
      ['BASE64URL_CHAR', 'header'],
      ['JSON_SYNTAX', 'payload'],
      ['BASE64URL_LENGTH', 'signature'],
    ]);
    expectExplained(d);
  });

  it('offsets of errors found after clean-ups are offsets in the cleaned token', () => {
    const inner = `${H}.${P}.sig*nature`;
    const d = decodeToken(`  Bearer "${inner}"  `);
    expect(d.cleaned.token).toBe(inner);
    expect(onlyError(d)).toMatchObject({ code: 'BASE64URL_CHAR', at: inner.indexOf('*') });
  });
});

describe('decodeToken: payload content kinds', () => {
  it('plain text: kind text, PAYLOAD_NOT_JSON note, no error', () => {
    const d = decodeToken(compact(HS256_HEADER, 'hello, world'));
    expect(d.errors).toEqual([]);
    expect(d.payload?.content).toEqual({ kind: 'text', text: 'hello, world' });
    expect(d.notes).toEqual([expect.objectContaining({ code: 'PAYLOAD_NOT_JSON', part: 'payload' })]);
  });

  it('not UTF-8: kind binary, its bytes kept, PAYLOAD_BINARY note, no error', () => {
    const d = decodeToken(compact(HS256_HEADER, Uint8Array.of(0xff, 0x00, 0x80, 0x0a)));
    expect(d.errors).toEqual([]);
    expect(d.payload?.content).toEqual({ kind: 'binary' });
    expect(d.payload?.bytes).toEqual(Uint8Array.of(0xff, 0x00, 0x80, 0x0a));
    expect(d.notes).toEqual([expect.objectContaining({ code: 'PAYLOAD_BINARY', part: 'payload' })]);
  });

  it('empty: kind empty, PAYLOAD_EMPTY note, no error', () => {
    const d = decodeToken(`${H}..${SIGNATURE}`);
    expect(d.errors).toEqual([]);
    expect(d.kind).toBe('jws');
    expect(d.payload?.content).toEqual({ kind: 'empty' });
    expect(d.payload?.bytes).toHaveLength(0);
    expect(noteCodes(d)).toEqual(['PAYLOAD_EMPTY']);
  });

  it.each([
    ['an array', '[1,2]'],
    ['a string', '"just a string"'],
    ['a number', '42'],
  ])('JSON that is %s: PAYLOAD_NOT_OBJECT note, no error', (_kind, payload) => {
    const d = decodeToken(compact(HS256_HEADER, payload));
    expect(d.errors).toEqual([]);
    expect(jsonText(d.payload)).toBe(payload);
    expect(d.notes).toEqual([expect.objectContaining({ code: 'PAYLOAD_NOT_OBJECT', part: 'payload' })]);
  });

  it.each([
    ['{"a":', 1, 6],
    ['{"sub":"1",}', 1, 12],
    ['  [1,\n2,]', 2, 3],
  ])("broken JSON starting with '{' or '[' (%j) is JSON_SYNTAX for the payload", (payload, line, column) => {
    const token = compact(HS256_HEADER, payload);
    const d = decodeToken(token);
    const start = H.length + 1;
    expect(onlyError(d)).toEqual({
      code: 'JSON_SYNTAX',
      part: 'payload',
      at: start,
      end: start + b64u(payload).length,
      line,
      column,
      detail: expect.any(String) as unknown,
    });
    expect(noteCodes(d)).not.toContain('PAYLOAD_NOT_JSON');
  });
});

describe('decodeToken: fidelity to the source JSON', () => {
  const payload = '{"big":12345678901234567890,"e":1e400,"z":-0.0,"f":3.0}';
  const d = decodeToken(compact(HS256_HEADER, payload));

  it('prints every number with its digits as written', () => {
    expect(d.errors).toEqual([]);
    expect(jsonText(d.payload)).toBe(payload);
    const pretty = prettyOf(d.payload).text;
    expect(pretty).toBe('{\n  "big": 12345678901234567890,\n  "e": 1e400,\n  "z": -0.0,\n  "f": 3.0\n}');
  });

  it('flags only the numbers JavaScript cannot hold, with what it reads instead', () => {
    const numbers = runsOf(d.payload, 'number').map(({ text, run }) => [text, run.inexact, run.jsText]);
    expect(numbers).toEqual([
      ['12345678901234567890', true, '12345678901234567000'],
      ['1e400', true, 'Infinity'],
      ['-0.0', undefined, undefined],
      ['3.0', undefined, undefined],
    ]);
  });

  it('adds an INEXACT_NUMBER note for each inexact number', () => {
    const notes = d.notes.filter((n) => n.code === 'INEXACT_NUMBER');
    expect(notes.map((n) => [n.part, n.detail, n.jsValue]).sort()).toEqual(
      [
        ['payload', '12345678901234567890', '12345678901234567000'],
        ['payload', '1e400', 'Infinity'],
      ].sort(),
    );
    expect(d.notes).toHaveLength(2);
    expectExplained(d);
  });

  it('finds inexact numbers nested in arrays and objects, once per spelling', () => {
    const nested = decodeToken(compact(HS256_HEADER, '{"a":[{"b":9007199254740993}],"c":9007199254740993}'));
    expect(nested.notes).toEqual([
      expect.objectContaining({
        code: 'INEXACT_NUMBER',
        detail: '9007199254740993',
        jsValue: '9007199254740992',
      }),
    ]);
    expect(runsOf(nested.payload, 'number').every(({ run }) => run.inexact === true)).toBe(true);
  });

  it.each([
    ['{"sub":"a","sub":"b"}', 'sub', ['"sub"', '"sub"']],
    ['{"a":1,"\\u0061":2}', 'a', ['"a"', '"\\u0061"']],
  ])('flags duplicate members (%s) on every copy of the key', (json, name, keys) => {
    const dup = decodeToken(compact(HS256_HEADER, json));
    expect(dup.errors).toEqual([]);
    expect(jsonText(dup.payload)).toBe(json);
    const keyRuns = runsOf(dup.payload, 'key');
    expect(keyRuns.map(({ text }) => text)).toEqual(keys);
    expect(keyRuns.map(({ run }) => run.duplicate)).toEqual([true, true]);
    expect(dup.notes).toEqual([
      expect.objectContaining({ code: 'DUPLICATE_MEMBER', part: 'payload', detail: name }),
    ]);
  });

  it('does not flag keys that are not duplicated', () => {
    const dup = decodeToken(compact(HS256_HEADER, '{"sub":"a","iss":"x","sub":"b"}'));
    expect(runsOf(dup.payload, 'key').map(({ text, run }) => [text, run.duplicate])).toEqual([
      ['"sub"', true],
      ['"iss"', undefined],
      ['"sub"', true],
    ]);
  });

  it('keeps member order, unlike JSON.parse', () => {
    const json = '{"z":1,"a":2,"10":3,"2":4}';
    const ordered = decodeToken(compact(HS256_HEADER, json));
    expect(runsOf(ordered.payload, 'key').map(({ text }) => text)).toEqual(['"z"', '"a"', '"10"', '"2"']);
    expect(Object.keys(JSON.parse(json) as object)).toEqual(['2', '10', 'z', 'a']);
  });

  it('keeps emoji, CJK and right-to-left text byte for byte', () => {
    const name =
      'Jos\u00e9 \u{1F600}\u{1F469}\u200d\u{1F4BB} \u6771\u4eac\u90fd \u0645\u0631\u062d\u0628\u0627 \u05e9\u05dc\u05d5\u05dd';
    const json = `{"name":"${name}","\u540d\u524d":"\u5c71\u7530"}`;
    const uni = decodeToken(compact(HS256_HEADER, json));
    expect(uni.errors).toEqual([]);
    expect(uni.payload?.bytes).toEqual(utf8(json));
    expect(jsonText(uni.payload)).toBe(json);
    expect(runsOf(uni.payload, 'string').map(({ text }) => text)).toEqual([`"${name}"`, '"\u5c71\u7530"']);
    expect(runsOf(uni.payload, 'key').map(({ text }) => text)).toEqual(['"name"', '"\u540d\u524d"']);
  });

  it('keeps string escapes as written', () => {
    const json = '{"s":"\\u00e9\\n\\"\\/\\ud83d\\ude00","t":"\\t"}';
    const esc = decodeToken(compact(HS256_HEADER, json));
    expect(esc.errors).toEqual([]);
    expect(runsOf(esc.payload, 'string').map(({ text }) => text)).toEqual([
      '"\\u00e9\\n\\"\\/\\ud83d\\ude00"',
      '"\\t"',
    ]);
    const root = esc.payload?.content?.kind === 'json' ? esc.payload.content.json : undefined;
    expect(root?.kind === 'object' ? root.members[0]?.value : undefined).toMatchObject({
      kind: 'string',
      value: '\u00e9\n"/\u{1F600}',
    });
  });
});

describe('regressions', () => {
  it('regression: JSON_TOO_DEEP said "more than 0 levels" because the error had no `found`', () => {
    const error = onlyError(decodeToken(compact('['.repeat(600) + ']'.repeat(600), CLAIMS)));
    expect(error.found).toBe(512);
    expect(describeError(error)).toContain('512');
  });

  it('regression: valid JSON nested thousands of levels deep was reported as JSON_SYNTAX', () => {
    const header = '['.repeat(20000) + ']'.repeat(20000);
    const error = onlyError(decodeToken(compact(header, CLAIMS)));
    expect(error).toMatchObject({ code: 'JSON_TOO_DEEP', part: 'header', line: 1, column: 513 });
  });

  it("regression: a zero-width space before 'Bearer ' hid the prefix and broke the token", () => {
    const d = decodeToken(`\u200bBearer ${VALID}`);
    expect(d.errors).toEqual([]);
    expect(d.cleaned.token).toBe(VALID);
    expect(noteCodes(d)).toEqual(['REMOVED_BEARER', 'REMOVED_INVISIBLE']);
  });

  it('regression: curly quotes followed by a trailing comma were not removed', () => {
    const d = decodeToken(`\u201c${VALID}\u201d,`);
    expect(d.errors).toEqual([]);
    expect(d.cleaned.token).toBe(VALID);
    expect(noteCodes(d)).toEqual(['REMOVED_QUOTES']);
  });
});

describe('decodeToken: SD-JWT (RFC 9901 section 4)', () => {
  const disclosure = b64u('["2GLC42sKQveCfGfryNRN9w","given_name","John"]');
  const kbJwt = `${b64u('{"alg":"ES256","typ":"kb+jwt"}')}.${b64u('{"nonce":"n"}')}.${SIGNATURE}`;

  it('regression: an SD-JWT with a key-binding JWT was labelled a JWE', () => {
    const token = `${VALID}~${disclosure}~${kbJwt}`;
    const d = decodeToken(token);
    expect(d.errors).toEqual([]);
    expect(d.kind).toBe('sd-jwt');
    expect(noteCodes(d)).not.toContain('ENCRYPTED');
    if (d.kind !== 'sd-jwt') return;
    // The issuer-signed JWT decodes as usual, and is what a verifier checks.
    expect(d.compact).toBe(VALID);
    expect(jsonText(d.header)).toBe(HS256_HEADER);
    expect(jsonText(d.payload)).toBe(CLAIMS);
    expect(d.signature.segment.text).toBe(SIGNATURE);
    expect(d.alg).toBe('HS256');
    expect(d.disclosures).toEqual([disclosure]);
    expect(d.keyBinding).toBe(kbJwt);
    expect(d.notes).toContainEqual(
      expect.objectContaining({ code: 'SD_JWT', count: 1, detail: 'key-binding' }),
    );
    expectExplained(d);
  });

  it('regression: a plain SD-JWT decoded under "invalid character \'~\'"', () => {
    const d = decodeToken(`${VALID}~${disclosure}~${disclosure}~`);
    expect(d.errors).toEqual([]);
    expect(d.kind).toBe('sd-jwt');
    if (d.kind !== 'sd-jwt') return;
    expect(d.disclosures).toHaveLength(2);
    expect(d.keyBinding).toBeUndefined();
    expect(d.notes).toContainEqual(expect.objectContaining({ code: 'SD_JWT', count: 2 }));
  });

  it('an SD-JWT pasted with Bearer and line breaks is cleaned up like any token', () => {
    const token = `${VALID}~${disclosure}~`;
    const d = decodeToken(`Bearer ${token.slice(0, 50)}\n${token.slice(50)}`);
    expect(d.kind).toBe('sd-jwt');
    expect(d.compact).toBe(VALID);
  });

  it('a broken issuer-signed JWT reports its errors at their place in the SD-JWT', () => {
    const token = `${H}.${P}*.${SIGNATURE}~${disclosure}~`;
    const d = decodeToken(token);
    expect(d.kind).toBe('sd-jwt');
    expect(onlyError(d)).toMatchObject({ code: 'BASE64URL_CHAR', part: 'payload', at: token.indexOf('*') });
  });
});

describe('decodeToken: text around a token', () => {
  it.each([
    ['a curl command', `curl -H "Authorization: Bearer ${VALID}" https://api.example.com/orders`],
    ['a log line', `2026-11-26 03:00:00 INFO token=${VALID} status=200`],
    ['a Cookie header', `Cookie: session=${VALID}; theme=dark`],
  ])('%s: the token inside is found and decoded in place, never a JWE or a segment count', (_n, input) => {
    const d = decodeToken(input);
    expect(d.kind).toBe('jws');
    expect(d.errors).toEqual([]);
    expect(d.found?.tokens.map((t) => t.token)).toEqual([VALID]);
    expect(d.found?.chosen).toBe(0);
    expect(d.cleaned.token).toBe(VALID);
    // Offsets in the decoded token map to the token's place in the pasted text.
    expect(toOriginalOffset(d.cleaned, 0)).toBe(input.indexOf(VALID));
  });
});

describe('decodeToken: tokens found in pasted text', () => {
  const OTHER = `${b64u('{"alg":"RS256","kid":"k"}')}.${b64u('{"sub":"other"}')}.${SIGNATURE}`;

  it('a JSON token response decodes its first token, and the choice decodes another', () => {
    const body = JSON.stringify({ access_token: VALID, id_token: OTHER, token_type: 'Bearer' });
    const first = decodeToken(body);
    expect(first.found?.tokens.map((t) => t.where)).toEqual([
      { kind: 'json', name: 'access_token' },
      { kind: 'json', name: 'id_token' },
    ]);
    expect(first.compact).toBe(VALID);
    const second = decodeToken(body, undefined, 1);
    expect(second.found?.chosen).toBe(1);
    expect(second.alg).toBe('RS256');
    expect(toOriginalOffset(second.cleaned, 0)).toBe(body.indexOf(OTHER));
    // A choice past the list is the last token.
    expect(decodeToken(body, undefined, 9).found?.chosen).toBe(1);
  });

  it('two tokens on two lines are two tokens, not one five-segment JWE', () => {
    const d = decodeToken(`${VALID}\n${OTHER}`);
    expect(d.kind).toBe('jws');
    expect(d.found?.tokens.map((t) => t.token)).toEqual([VALID, OTHER]);
  });

  it('a plain token, and a token with clean-ups, decode as before: nothing is "found"', () => {
    expect(decodeToken(VALID).found).toBeUndefined();
    expect(decodeToken(`Bearer ${VALID}`).found).toBeUndefined();
    expect(decodeToken(`  "${VALID}"\n`).found).toBeUndefined();
  });

  it('a broken token keeps its errors and fixes, never a token found inside it', () => {
    const broken = `${VALID.slice(0, -5)}*${VALID.slice(-5)}`;
    const d = decodeToken(broken);
    expect(d.found).toBeUndefined();
    expect(d.errors[0]?.code).toBe('BASE64URL_CHAR');
  });

  it('text with no token keeps its error', () => {
    expect(decodeToken('{"error":"invalid_grant"}').errors[0]?.code).toBe('NOT_COMPACT');
  });
});
