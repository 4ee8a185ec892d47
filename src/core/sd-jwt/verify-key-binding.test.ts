import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeToken, type DecodedSdJwt } from '../token/decode';
import { describeKeyBinding } from './describe';
import { toSdHashComparison } from './key-binding';
import { readSdJwt } from './read';
import { verifyKeyBinding } from './verify-key-binding';

// SD-JWTs built here with node:crypto: an issuer key signs the issuer JWT, a holder key (in cnf.jwk) the KB-JWT.
const b64u = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');
const sdDigest = (text: string, alg = 'sha256'): string =>
  createHash(alg).update(text, 'ascii').digest('base64url');

function es256(header: object, payload: object, key: KeyObject): string {
  const input = `${b64u(JSON.stringify(header))}.${b64u(JSON.stringify(payload))}`;
  const signature = sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' });
  return `${input}.${signature.toString('base64url')}`;
}

const issuer = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const holder = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const other = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const holderJwk = holder.publicKey.export({ format: 'jwk' });

const given = b64u(JSON.stringify(['salt-1', 'given_name', 'Ada']));

interface Build {
  readonly cnf?: boolean;
  readonly sdAlg?: 'sha-256' | 'sha-384';
  readonly typ?: string;
  readonly sdHash?: (presentation: string) => string;
  readonly holderKey?: KeyObject;
  readonly kb?: boolean;
}

function build(options: Build = {}): DecodedSdJwt {
  const alg = options.sdAlg === 'sha-384' ? 'sha384' : 'sha256';
  const payload = {
    iss: 'https://issuer.example',
    _sd: [sdDigest(given, alg)],
    ...(options.sdAlg === undefined ? {} : { _sd_alg: options.sdAlg }),
    ...(options.cnf === false ? {} : { cnf: { jwk: holderJwk } }),
  };
  const presentation = `${es256({ alg: 'ES256', typ: 'dc+sd-jwt' }, payload, issuer.privateKey)}~${given}~`;
  if (options.kb === false) return decodeSdJwt(presentation);
  const kb = es256(
    { alg: 'ES256', typ: options.typ ?? 'kb+jwt' },
    {
      iat: 1764064800,
      aud: 'https://verifier.example',
      nonce: 'n-0S6_WzA2Mj',
      sd_hash: (options.sdHash ?? ((p: string) => sdDigest(p, alg)))(presentation),
    },
    options.holderKey ?? holder.privateKey,
  );
  return decodeSdJwt(presentation + kb);
}

function decodeSdJwt(text: string): DecodedSdJwt {
  const decoded = decodeToken(text);
  if (decoded.kind !== 'sd-jwt') throw new Error(`not an SD-JWT: ${decoded.kind}`);
  return decoded;
}

const check = (decoded: DecodedSdJwt) => verifyKeyBinding(decoded, readSdJwt(decoded));

describe('verifyKeyBinding (RFC 9901 section 7.3)', () => {
  it('a KB-JWT signed by the holder key, with typ kb+jwt and the right sd_hash, is verified', async () => {
    const result = await check(build());
    expect(result.problems).toEqual([]);
    expect(result.status).toBe('verified');
    expect(result.facts).toMatchObject({
      alg: 'ES256',
      typ: 'kb+jwt',
      nonce: 'n-0S6_WzA2Mj',
      aud: 'https://verifier.example',
      iat: 1764064800,
      hashName: 'sha-256',
    });
    expect(result.facts?.sdHash).toBe(result.facts?.expectedSdHash);
    expect(JSON.parse(result.facts?.header ?? '')).toEqual({ alg: 'ES256', typ: 'kb+jwt' });
    expect(JSON.parse(result.facts?.payload ?? '')).toMatchObject({ nonce: 'n-0S6_WzA2Mj' });
    expect(toSdHashComparison(result.facts ?? {})).toEqual({ status: 'equal', hashName: 'sha-256' });
    expect(describeKeyBinding(result)).toContain('2025-11-25T10:00:00Z');
  });

  it('with _sd_alg sha-384, sd_hash is a SHA-384 digest', async () => {
    expect((await check(build({ sdAlg: 'sha-384' }))).status).toBe('verified');
    const sha256Hash = await check(build({ sdAlg: 'sha-384', sdHash: (p) => sdDigest(p) }));
    expect(sha256Hash.problems.map((p) => p.code)).toEqual(['KB_SD_HASH_MISMATCH']);
  });

  it('no KB-JWT is absent', async () => {
    expect(await check(build({ kb: false }))).toEqual({ status: 'absent', problems: [] });
  });

  it('a KB-JWT signed by another key is invalid', async () => {
    const result = await check(build({ holderKey: other.privateKey }));
    expect(result.status).toBe('invalid');
    expect(result.problems.map((p) => p.code)).toEqual(['KB_SIGNATURE_MISMATCH']);
  });

  it('an sd_hash of another presentation is invalid', async () => {
    const result = await check(build({ sdHash: (p) => sdDigest(`${p}${given}~`) }));
    expect(result.status).toBe('invalid');
    expect(result.problems.map((p) => p.code)).toEqual(['KB_SD_HASH_MISMATCH']);
    expect(result.facts?.sdHash).not.toBe(result.facts?.expectedSdHash);
    expect(toSdHashComparison(result.facts ?? {})).toEqual({ status: 'different', hashName: 'sha-256' });
  });

  it('an sd_hash over the presentation without its last "~" is invalid (the "~" is hashed)', async () => {
    const result = await check(build({ sdHash: (p) => sdDigest(p.slice(0, -1)) }));
    expect(result.problems.map((p) => p.code)).toEqual(['KB_SD_HASH_MISMATCH']);
  });

  it('typ other than kb+jwt is invalid', async () => {
    const result = await check(build({ typ: 'JWT' }));
    expect(result.status).toBe('invalid');
    expect(result.problems).toEqual([{ code: 'KB_TYP', typ: 'JWT' }]);
  });

  it('no cnf.jwk in the issuer payload is an error: the signature cannot be checked', async () => {
    const result = await check(build({ cnf: false }));
    expect(result.status).toBe('error');
    expect(result.problems.map((p) => p.code)).toEqual(['KB_NO_CNF_JWK']);
  });

  it('a tampered KB-JWT signature is invalid', async () => {
    const decoded = build();
    const kb = decoded.keyBinding ?? '';
    const tampered = `${kb.slice(0, -4)}${kb.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
    const result = await check(decodeSdJwt(decoded.cleaned.token.replace(kb, tampered)));
    expect(result.status).toBe('invalid');
  });
});

describe('the SD-JWT draft example (draft-ietf-oauth-selective-disclosure-jwt, presentation with key binding)', () => {
  // Published as the specification draft's example; its KB-JWT predates sd_hash, which RFC 9901 requires.
  const ISSUER_JWT =
    'eyJhbGciOiAiRVMyNTYifQ.eyJfc2QiOiBbIkNyUWU3UzVrcUJBSHQtbk1ZWGdjNmJkdDJTSDVhVFkxc1VfTS1QZ2tqUEkiLCAiSnpZakg0c3ZsaUgwUjNQeUVNZmVadTZKdDY5dTVxZWhabzdGN0VQWWxTRSIsICJQb3JGYnBLdVZ1Nnh5bUphZ3ZrRnNGWEFiUm9jMkpHbEFVQTJCQTRvN2NJIiwgIlRHZjRvTGJnd2Q1SlFhSHlLVlFaVTlVZEdFMHc1cnREc3JaemZVYW9tTG8iLCAiWFFfM2tQS3QxWHlYN0tBTmtxVlI2eVoyVmE1TnJQSXZQWWJ5TXZSS0JNTSIsICJYekZyendzY002R242Q0pEYzZ2Vks4QmtNbmZHOHZPU0tmcFBJWmRBZmRFIiwgImdiT3NJNEVkcTJ4Mkt3LXc1d1BFemFrb2I5aFYxY1JEMEFUTjNvUUw5Sk0iLCAianN1OXlWdWx3UVFsaEZsTV8zSmx6TWFTRnpnbGhRRzBEcGZheVF3TFVLNCJdLCAiaXNzIjogImh0dHBzOi8vZXhhbXBsZS5jb20vaXNzdWVyIiwgImlhdCI6IDE2ODMwMDAwMDAsICJleHAiOiAxODgzMDAwMDAwLCAic3ViIjogInVzZXJfNDIiLCAibmF0aW9uYWxpdGllcyI6IFt7Ii4uLiI6ICJwRm5kamtaX1ZDem15VGE2VWpsWm8zZGgta284YUlLUWM5RGxHemhhVllvIn0sIHsiLi4uIjogIjdDZjZKa1B1ZHJ5M2xjYndIZ2VaOGtoQXYxVTFPU2xlclAwVmtCSnJXWjAifV0sICJfc2RfYWxnIjogInNoYS0yNTYiLCAiY25mIjogeyJqd2siOiB7Imt0eSI6ICJFQyIsICJjcnYiOiAiUC0yNTYiLCAieCI6ICJUQ0FFUjE5WnZ1M09IRjRqNFc0dmZTVm9ISVAxSUxpbERsczd2Q2VHZW1jIiwgInkiOiAiWnhqaVdXYlpNUUdIVldLVlE0aGJTSWlyc1ZmdWVjQ0U2dDRqVDlGMkhaUSJ9fX0.kmx687kUBiIDvKWgo2Dub-TpdCCRLZwtD7TOj4RoLsUbtFBI8sMrtH2BejXtm_P6fOAjKAVc_7LRNJFgm3PJhg';
  const DISCLOSURES = [
    'WyJlbHVWNU9nM2dTTklJOEVZbnN4QV9BIiwgImZhbWlseV9uYW1lIiwgIkRvZSJd',
    'WyJBSngtMDk1VlBycFR0TjRRTU9xUk9BIiwgImFkZHJlc3MiLCB7InN0cmVldF9hZGRyZXNzIjogIjEyMyBNYWluIFN0IiwgImxvY2FsaXR5IjogIkFueXRvd24iLCAicmVnaW9uIjogIkFueXN0YXRlIiwgImNvdW50cnkiOiAiVVMifV0',
    'WyIyR0xDNDJzS1F2ZUNmR2ZyeU5STjl3IiwgImdpdmVuX25hbWUiLCAiSm9obiJd',
    'WyJsa2x4RjVqTVlsR1RQVW92TU5JdkNBIiwgIlVTIl0',
  ];
  const KB_JWT =
    'eyJhbGciOiAiRVMyNTYiLCAidHlwIjogImtiK2p3dCJ9.eyJub25jZSI6ICIxMjM0NTY3ODkwIiwgImF1ZCI6ICJodHRwczovL2V4YW1wbGUuY29tL3ZlcmlmaWVyIiwgImlhdCI6IDE2ODgxNjA0ODN9.tKnLymr8fQfupOgvMgBK3GCEIDEzhgta4MgnxYm9fWGMkqrz2R5PSkv0I-AXKXtIF6bdZRbjL-t43vC87jVoZQ';
  const decoded = decodeSdJwt(`${ISSUER_JWT}~${DISCLOSURES.join('~')}~${KB_JWT}`);

  it('every disclosure matches its published digest and the payload is the published one', () => {
    const view = readSdJwt(decoded);
    expect(view.disclosures.map((d) => [d.status, d.path])).toEqual([
      ['matched', '/family_name'],
      ['matched', '/address'],
      ['matched', '/given_name'],
      ['matched', '/nationalities/0'],
    ]);
    expect(view.undisclosed).toBe(6);
    expect(JSON.parse(view.payloadText ?? 'null')).toEqual({
      iss: 'https://example.com/issuer',
      iat: 1683000000,
      exp: 1883000000,
      sub: 'user_42',
      nationalities: ['US'],
      cnf: {
        jwk: {
          kty: 'EC',
          crv: 'P-256',
          x: 'TCAER19Zvu3OHF4j4W4vfSVoHIP1ILilDls7vCeGemc',
          y: 'ZxjiWWbZMQGHVWKVQ4hbSIirsVfuecCE6t4jT9F2HZQ',
        },
      },
      family_name: 'Doe',
      address: { street_address: '123 Main St', locality: 'Anytown', region: 'Anystate', country: 'US' },
      given_name: 'John',
    });
  });

  it("the holder's signature matches cnf.jwk, but without sd_hash the key binding is invalid", async () => {
    const result = await check(decoded);
    expect(result.problems.map((p) => p.code)).toEqual(['KB_SD_HASH_MISSING']);
    expect(result.status).toBe('invalid');
  });
});

describe('readSdJwt', () => {
  it('a payload that is not JSON is a problem, and the disclosures are still decoded', () => {
    const view = readSdJwt(decodeSdJwt(`${b64u('{"alg":"ES256"}')}.${b64u('not json')}.AAAA~${given}~`));
    expect(view.problems[0]).toEqual({ code: 'PAYLOAD_NOT_OBJECT' });
    expect(view.payloadText).toBeUndefined();
    expect(view.disclosures.map((d) => [d.decoded.ok, d.status])).toEqual([[true, 'unmatched']]);
  });
});
