import { describe, expect, it } from 'vitest';
import { decodeToken, type DecodedJwe } from '../token/decode';
import { JWE_ALG_NAMES, JWE_ENC_NAMES } from './algorithms';
import { describeJweAlg, describeJweEnc, explainJweSegments } from './segments';
import { RFC7516_A1, RFC7516_A3, RFC7520_5_5, RFC7520_5_6, RFC7520_5_7 } from './rfc-vectors';

function jwe(compact: string): DecodedJwe {
  const decoded = decodeToken(compact);
  if (decoded.kind !== 'jwe') throw new Error('not a JWE');
  return decoded;
}

describe('explainJweSegments', () => {
  it('sizes and explains each segment of RFC 7516 A.1 (RSA-OAEP, A256GCM)', () => {
    const info = explainJweSegments(jwe(RFC7516_A1.compact));
    expect(info.map((s) => [s.segment, s.bytes, s.problem])).toEqual([
      ['encrypted-key', 256, undefined],
      ['iv', 12, undefined],
      ['ciphertext', 63, undefined],
      ['tag', 16, undefined],
    ]);
    expect(info[0]?.description).toContain('RSAES-OAEP');
    expect(info[1]?.description).toContain('12-byte');
    expect(info[3]?.description).toContain('GCM');
  });

  it('A128KW with A128CBC-HS256: a 40-byte wrapped key, a 16-byte IV, a 16-byte tag (half the MAC key)', () => {
    const info = explainJweSegments(jwe(RFC7516_A3.compact));
    expect(info.map((s) => s.bytes)).toEqual([40, 16, 32, 16]);
    expect(info.every((s) => s.problem === undefined)).toBe(true);
    expect(info[0]?.description).toContain('32 + 8 = 40');
    expect(info[3]?.description).toContain('HMAC-SHA-256');
  });

  it('dir and ECDH-ES have an empty encrypted key; GCMKW a CEK-sized one', () => {
    expect(explainJweSegments(jwe(RFC7520_5_6.compact))[0]).toMatchObject({ bytes: 0 });
    expect(explainJweSegments(jwe(RFC7520_5_5.compact))[0]?.description).toContain('epk');
    expect(explainJweSegments(jwe(RFC7520_5_7.compact))[0]).toMatchObject({ bytes: 32 });
  });

  it('says what is wrong when a size does not fit', () => {
    const parts = RFC7520_5_6.compact.split('.');
    const broken = [parts[0], 'AAAA', 'AAAA', parts[3], 'AAAAAAAA'].join('.');
    const info = explainJweSegments(jwe(broken));
    expect(info.map((s) => s.problem)).toEqual([
      { code: 'NOT_EMPTY' },
      { code: 'LENGTH', expected: 12 },
      undefined,
      { code: 'LENGTH', expected: 16 },
    ]);
    expect(info[0]?.description).toContain('must be empty for dir');
    expect(info[1]?.description).toContain('should be 12 bytes, but it is 3 bytes');
    const cbc = RFC7516_A3.compact.split('.');
    const cut = [cbc[0], cbc[1], cbc[2], 'AAAA', cbc[4]].join('.');
    expect(explainJweSegments(jwe(cut))[2]).toMatchObject({ problem: { code: 'NOT_BLOCKS' } });
  });
});

describe('describeJweAlg and describeJweEnc', () => {
  it.each(JWE_ALG_NAMES)('%s has a sentence naming it and its RFC section', (alg) => {
    expect(describeJweAlg(alg)).toMatch(
      new RegExp(`^${alg.replace('+', '\\+')}.*RFC 7518 section 4\\.\\d\\)\\.$`),
    );
  });
  it.each(JWE_ENC_NAMES)('%s has a sentence naming it', (enc) => {
    expect(describeJweEnc(enc)).toMatch(new RegExp(`^${enc}: .*RFC 7518 section 5\\.\\d\\)\\.$`));
  });
  it('RSA1_5, unknown and missing values', () => {
    expect(describeJweAlg('RSA1_5')).toContain('RFC 8725 section 3.2');
    expect(describeJweAlg('ECDH-1PU')).toContain('not a key management algorithm');
    expect(describeJweAlg(undefined)).toContain('no alg');
    expect(describeJweEnc(undefined)).toContain('no enc');
  });
});
