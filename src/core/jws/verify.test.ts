import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { exportJWK, exportPKCS8, exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { MAX_KEYS_TRIED } from '../limits';
import { readKeyText } from '../keys/read';
import type { SecretEncoding } from '../keys/secret';
import { decodeToken } from '../token/decode';
import { ALGORITHMS } from './algorithms';
import { describeVerdict, type Verdict } from './verdict';
import { verifyToken } from './verify';

async function check(token: string, keyText: string, encoding: SecretEncoding = 'utf8'): Promise<Verdict> {
  return verifyToken(decodeToken(token), await readKeyText(keyText, encoding), keyText);
}

function flipLastSignatureChar(token: string): string {
  const last = token.at(-2) === 'A' ? 'B' : 'A';
  return token.slice(0, -2) + last + token.slice(-1);
}

const RFC7515_A1 =
  'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const RFC7515_A1_KEY =
  '{"kty":"oct","k":"AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow"}';
// RFC 7515 A.2 and A.3: the published tokens, with their public keys (A.2 as SPKI PEM, A.3 as a JWK from the RFC).
const RFC7515_PAYLOAD =
  'eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ';
const RFC7515_A2 = `eyJhbGciOiJSUzI1NiJ9.${RFC7515_PAYLOAD}.cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YKt_O8W2Fp5jujGbds9uJdbF9CUAr7t1dnZcAcQjbKBYNX4BAynRFdiuB--f_nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K0GarZRmB_eSN9383LcOLn6_dO--xi12jzDwusC-eOkHWEsqtFZESc6BfI7noOPqvhJ1phCnvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igcN_IoypGlUPQGe77Rw`;
const RFC7515_A2_KEY = [
  '-----BEGIN PUBLIC KEY-----',
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAofgWCuLjybRlzo0tZWJj',
  'NiuSfb4p4fAkd/wWJcyQoTbji9k0l8W26mPddxHmfHQp+Vaw+4qPCJrcS2mJPMEz',
  'P1Pt0Bm4d4QlL+yRT+SFd2lZS+pCgNMsD1W/YpRPEwOWvG6b32690r2jZ47soMZo',
  '9wGzjb/7OMg0LOL+bSf63kpaSHSXndS5z5rexMdbBYUsLA9e+KXBdQOS+UTo7WTB',
  'EMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6/I5IhlJH7aGhyxX',
  'FvUK+DWNmoudF8NAco9/h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXp',
  'oQIDAQAB',
  '-----END PUBLIC KEY-----',
].join('\n');
const RFC7515_A3 = `eyJhbGciOiJFUzI1NiJ9.${RFC7515_PAYLOAD}.DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q`;
const RFC7515_A3_KEY =
  '{"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0","d":"jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI"}';
const RFC8037_A4 =
  'eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc.hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg';
const RFC8037_A4_KEY = '{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}';

describe('published vectors', () => {
  it('RFC 7515 A.1 (HS256, JWK oct key) verifies, and its secret as base64url too', async () => {
    expect((await check(RFC7515_A1, RFC7515_A1_KEY)).status).toBe('verified');
    const k = (JSON.parse(RFC7515_A1_KEY) as { k: string }).k;
    expect((await check(RFC7515_A1, k, 'base64url')).status).toBe('verified');
    expect((await check(flipLastSignatureChar(RFC7515_A1), RFC7515_A1_KEY)).status).toBe('invalid');
  });

  it('RFC 7515 A.2 (RS256, SPKI PEM) and A.3 (ES256, private JWK) verify; tampered copies do not', async () => {
    expect((await check(RFC7515_A2, RFC7515_A2_KEY)).status).toBe('verified');
    expect((await check(RFC7515_A3, RFC7515_A3_KEY)).status).toBe('verified');
    expect((await check(flipLastSignatureChar(RFC7515_A2), RFC7515_A2_KEY)).status).toBe('invalid');
    expect((await check(flipLastSignatureChar(RFC7515_A3), RFC7515_A3_KEY)).status).toBe('invalid');
    // Each key refuses the other's algorithm.
    expect((await check(RFC7515_A2, RFC7515_A3_KEY)).status).toBe('error');
    expect((await check(RFC7515_A3, RFC7515_A2_KEY)).status).toBe('error');
  });

  it('RFC 8037 A.4 (EdDSA, Ed25519 JWK) verifies', async () => {
    expect((await check(RFC8037_A4, RFC8037_A4_KEY)).status).toBe('verified');
    expect((await check(flipLastSignatureChar(RFC8037_A4), RFC8037_A4_KEY)).status).toBe('invalid');
  });
});

const ASYMMETRIC = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
  'Ed25519',
];

describe('every algorithm, every key format', () => {
  for (const alg of ASYMMETRIC) {
    it(`${alg}: SPKI, PKCS#8, JWK (public and private) and JWKS verify; tampered and wrong keys do not`, async () => {
      const keyAlg = alg === 'Ed25519' ? 'Ed25519' : alg;
      const { publicKey, privateKey } = await generateKeyPair(keyAlg, { extractable: true });
      const other = await generateKeyPair(keyAlg, { extractable: true });
      const token = await new SignJWT({ sub: 'x' }).setProtectedHeader({ alg, kid: 'k1' }).sign(privateKey);
      const formats = {
        spki: await exportSPKI(publicKey),
        pkcs8: await exportPKCS8(privateKey),
        jwk: JSON.stringify(await exportJWK(publicKey)),
        privateJwk: JSON.stringify(await exportJWK(privateKey)),
        jwks: JSON.stringify({
          keys: [
            { ...(await exportJWK(other.publicKey)), kid: 'k0' },
            { ...(await exportJWK(publicKey)), kid: 'k1' },
          ],
        }),
      };
      for (const [format, keyText] of Object.entries(formats)) {
        const v = await check(token, keyText);
        expect(v.status, `${alg} ${format}: ${describeVerdict(v)}`).toBe('verified');
      }
      const [h, , sig] = token.split('.');
      const tampered = `${h ?? ''}.${Buffer.from('{"sub":"y"}').toString('base64url')}.${sig ?? ''}`;
      expect((await check(tampered, formats.spki)).status).toBe('invalid');
      expect((await check(token, await exportSPKI(other.publicKey))).status).toBe('invalid');
    });
  }

  it('HS256/384/512 verify with the secret in each encoding', async () => {
    for (const alg of ['HS256', 'HS384', 'HS512']) {
      const secret = new Uint8Array(64).map((_, i) => (i * 37 + 11) % 256);
      const token = await new SignJWT({ sub: 'x' }).setProtectedHeader({ alg }).sign(secret);
      const texts: Record<SecretEncoding, string> = {
        utf8: '',
        base64url: Buffer.from(secret).toString('base64url'),
        base64: Buffer.from(secret).toString('base64'),
        hex: Buffer.from(secret).toString('hex'),
      };
      for (const encoding of ['base64url', 'base64', 'hex'] as const) {
        expect((await check(token, texts[encoding], encoding)).status, `${alg} ${encoding}`).toBe('verified');
      }
    }
  });

  it('every algorithm in the table round-trips somewhere in these tests', () => {
    // ES256K, Ed448 (under EdDSA) and ML-DSA are covered in extra.test.ts.
    const covered = [
      ...ASYMMETRIC,
      'HS256',
      'HS384',
      'HS512',
      'ES256K',
      'Ed448',
      'ML-DSA-44',
      'ML-DSA-65',
      'ML-DSA-87',
    ];
    expect(Object.keys(ALGORITHMS).sort()).toEqual([...covered].sort());
  });

  it('an algorithm outside the table is refused cleanly, naming it', async () => {
    for (const alg of ['ES256X', 'RS1', 'HS128', 'none2', 'ML-DSA-99']) {
      const token = `${Buffer.from(JSON.stringify({ alg })).toString('base64url')}.e30.c2ln`;
      const v = await check(token, 'secret');
      expect(v.status).toBe('error');
      expect(v).toMatchObject({ code: 'ALG_UNSUPPORTED', refusal: { alg } });
    }
  });
});

describe('honest verdicts', () => {
  it('an RSA public key never verifies an HS256 token signed with its PEM text (key confusion)', async () => {
    const { publicKey } = await generateKeyPair('RS256', { extractable: true });
    const pem = await exportSPKI(publicKey);
    const forged = await new SignJWT({ admin: true })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode(pem));
    const v = await check(forged, pem);
    expect(v.status).toBe('error');
    expect(v.code).toBe('KEY_CONFUSION');
  });

  it('a P-256 key verifies only ES256', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
    const jwk = JSON.stringify(await exportJWK(publicKey));
    const es384 = await new SignJWT({})
      .setProtectedHeader({ alg: 'ES384' })
      .sign((await generateKeyPair('ES384')).privateKey);
    const v = await check(es384, jwk);
    expect(v.status).toBe('error');
    expect(v).toMatchObject({
      code: 'KEY_ALG_MISMATCH',
      mismatch: { reason: 'crv', alg: 'ES384', kty: 'EC', crv: 'P-256' },
    });
    expect(
      (await check(await new SignJWT({}).setProtectedHeader({ alg: 'ES256' }).sign(privateKey), jwk)).status,
    ).toBe('verified');
  });

  it('an HMAC secret for an RS256 token is an error that names both', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const token = await new SignJWT({}).setProtectedHeader({ alg: 'RS256' }).sign(privateKey);
    const v = await check(token, 'some secret');
    expect(v.status).toBe('error');
    expect(v.code).toBe('KEY_ALG_MISMATCH');
    expect(v).toMatchObject({ mismatch: { reason: 'kty', alg: 'RS256', kty: 'oct' } });
  });

  it('DER-encoded and zero ECDSA signatures never verify', async () => {
    const { publicKey } = await generateKeyPair('ES256', { extractable: true });
    const jwk = JSON.stringify(await exportJWK(publicKey));
    const head = `${Buffer.from('{"alg":"ES256"}').toString('base64url')}.${Buffer.from('{}').toString('base64url')}`;
    const der = Buffer.concat([
      Buffer.from([0x30, 0x44, 0x02, 0x20]),
      Buffer.alloc(32, 1),
      Buffer.from([0x02, 0x20]),
      Buffer.alloc(32, 2),
    ]);
    expect((await check(`${head}.${der.toString('base64url')}`, jwk)).code).toBe('ECDSA_DER_SIGNATURE');
    const psychic = await check(`${head}.${Buffer.alloc(64).toString('base64url')}`, jwk);
    expect(psychic.status).toBe('invalid');
    expect(psychic.code).toBe('ECDSA_ZERO');
  });

  it('alg none is unsigned, an unknown alg is an error naming it', async () => {
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.e30.`;
    expect((await check(none, 'secret')).status).toBe('unsigned');
    const odd = `${Buffer.from('{"alg":"XY999"}').toString('base64url')}.e30.c2ln`;
    const v = await check(odd, 'secret');
    expect(v.status).toBe('error');
    expect(v).toMatchObject({ code: 'ALG_UNSUPPORTED', refusal: { alg: 'XY999' } });
  });

  it('an expired token with a matching signature is verified', async () => {
    const secret = new TextEncoder().encode('a-secret-of-at-least-thirty-two-bytes!');
    const token = await new SignJWT({ exp: 1000 }).setProtectedHeader({ alg: 'HS256' }).sign(secret);
    expect((await check(token, 'a-secret-of-at-least-thirty-two-bytes!')).status).toBe('verified');
  });

  it('a failed HMAC check says which other reading of the secret verifies, but stays invalid', async () => {
    const secret = new Uint8Array(32).map((_, i) => i + 100);
    const token = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).sign(secret);
    const v = await check(token, Buffer.from(secret).toString('base64'), 'utf8');
    expect(v.status).toBe('invalid');
    expect(v).toMatchObject({ code: 'SIGNATURE_MISMATCH', alternateEncoding: 'base64' });
  });

  it('a short HMAC secret is still checked (its risk is the short-secret finding, not part of the verdict)', async () => {
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode('short'));
    const v = await check(token, 'short');
    expect(v.status).toBe('verified');
    expect(v).not.toHaveProperty('shortSecret');
  });

  it('JWKS: chosen by kid; without a kid match every fitting key is tried; each skip has a reason', async () => {
    const a = await generateKeyPair('ES256', { extractable: true });
    const b = await generateKeyPair('ES256', { extractable: true });
    const rsa = await generateKeyPair('RS256', { extractable: true });
    const jwks = JSON.stringify({
      keys: [
        { ...(await exportJWK(rsa.publicKey)), kid: 'r' },
        { ...(await exportJWK(a.publicKey)), kid: 'a', use: 'enc' },
        { ...(await exportJWK(a.publicKey)), kid: 'a2', alg: 'ES384' },
        { ...(await exportJWK(b.publicKey)), kid: 'b' },
      ],
    });
    const byB = await new SignJWT({}).setProtectedHeader({ alg: 'ES256', kid: 'nope' }).sign(b.privateKey);
    const v = await check(byB, jwks);
    expect(v.status).toBe('verified');
    expect(v).toMatchObject({ key: { kind: 'key', source: { kind: 'jwks', index: 3, kid: 'b' } } });
    const outcomes: Record<string, string> = {};
    for (const c of v.candidates) outcomes[c.key.kind === 'jwks' ? (c.key.kid ?? '') : ''] = c.outcome;
    expect(outcomes).toEqual({ r: 'skipped', a: 'skipped', a2: 'skipped', b: 'matched' });
    const byKid = await new SignJWT({}).setProtectedHeader({ alg: 'ES256', kid: 'b' }).sign(a.privateKey);
    const w = await check(byKid, jwks);
    expect(w.status).toBe('invalid');
    expect(w.candidates.find((c) => c.key.kind === 'jwks' && c.key.kid === 'r')).toMatchObject({
      because: 'kid-differs',
      kid: 'r',
      tokenKid: 'b',
    });
  });

  it(`JWKS: at most ${MAX_KEYS_TRIED} keys are tried against one token; the rest are counted, never a wrong verdict`, async () => {
    const other = await generateKeyPair('ES256', { extractable: true });
    const signer = await generateKeyPair('ES256', { extractable: true });
    const otherJwk = await exportJWK(other.publicKey);
    const signerJwk = await exportJWK(signer.publicKey);
    const setWith = (at: number) =>
      JSON.stringify({
        keys: Array.from({ length: MAX_KEYS_TRIED + 50 }, (_, i) => ({
          ...(i === at ? signerJwk : otherJwk),
          kid: `k${i}`,
        })),
      });
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'ES256', kid: 'none-of-them' })
      .sign(signer.privateKey);
    const late = await check(token, setWith(MAX_KEYS_TRIED + 20));
    expect(late).toMatchObject({
      status: 'invalid',
      code: 'SIGNATURE_MISMATCH',
      tried: MAX_KEYS_TRIED,
      untried: 50,
    });
    expect(late.candidates.filter((c) => c.because === 'tried-limit')).toHaveLength(50);
    expect(describeVerdict(late)).toContain('50 more keys of the set that fit were not tried');
    // With keys left untried, the words never say the token was changed: one of those may have signed it.
    expect(describeVerdict(late)).toMatch(/^None of the first 100 keys of the set that fit ES256 matches/);
    expect(describeVerdict(late)).not.toContain('was changed');
    const early = await check(token, setWith(5));
    expect(early.status).toBe('verified');
  });

  it('keys named or carried by the token are never used', async () => {
    const attacker = await generateKeyPair('RS256', { extractable: true });
    const victim = await generateKeyPair('RS256', { extractable: true });
    const token = await new SignJWT({ admin: true })
      .setProtectedHeader({
        alg: 'RS256',
        jwk: await exportJWK(attacker.publicKey),
        jku: 'https://attacker.example/jwks',
      })
      .sign(attacker.privateKey);
    const v = await check(token, await exportSPKI(victim.publicKey));
    expect(v.status).toBe('invalid');
    expect(v).toMatchObject({ ignoredHeaderKeys: ['jwk', 'jku'] });
  });

  it('PKCS#1 and SEC1 PEM keys verify (the public half of private keys)', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const signWith = (alg: string, key: KeyObject) => new SignJWT({}).setProtectedHeader({ alg }).sign(key);
    const rsToken = await signWith('RS256', rsa.privateKey);
    const esToken = await signWith('ES256', ec.privateKey);
    const pem = (k: KeyObject, type: 'pkcs1' | 'sec1' | 'spki'): string =>
      k.export({ format: 'pem', type }).toString();
    expect((await check(rsToken, pem(rsa.publicKey, 'pkcs1'))).status).toBe('verified');
    expect((await check(rsToken, pem(rsa.privateKey, 'pkcs1'))).status).toBe('verified');
    expect((await check(esToken, pem(ec.privateKey, 'sec1'))).status).toBe('verified');
    // Missing line breaks are tolerated.
    expect((await check(rsToken, pem(rsa.publicKey, 'spki').replace(/\n/g, ''))).status).toBe('verified');
  });

  it('unreadable keys are errors that say what was expected', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const token = await new SignJWT({}).setProtectedHeader({ alg: 'RS256' }).sign(privateKey);
    for (const [text, error] of [
      [
        '-----BEGIN PUBLIC KEY-----\nnot base64!\n-----END PUBLIC KEY-----',
        { code: 'PEM_BAD_BASE64', label: 'PUBLIC KEY', char: '!' },
      ],
      ['{"foo":1}', { code: 'JSON_NOT_KEY' }],
      ['{"kty":"RSA"}', { code: 'JWK_MISSING_MEMBER', kty: 'RSA', member: 'n' }],
    ] as const) {
      const v = await check(token, text);
      expect(v, text).toMatchObject({ status: 'error', code: 'KEY_UNREADABLE', error });
    }
  });
});

describe('regressions', () => {
  it('an HS256 signature one byte short says it is 31 bytes where 32 belong, not "changed or another key"', async () => {
    const secret = 'a-secret-of-at-least-thirty-two-bytes!';
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode(secret));
    const [h, p, s] = token.split('.');
    const short = Buffer.from(s ?? '', 'base64url')
      .subarray(0, 31)
      .toString('base64url');
    expect(await check(`${h ?? ''}.${p ?? ''}.${short}`, secret)).toMatchObject({
      status: 'invalid',
      code: 'SIGNATURE_LENGTH',
      alg: 'HS256',
      expected: 32,
      found: 31,
    });
  });

  it('Ed448 (RFC 9864) is an algorithm, verified with an Ed448 key and refused with an Ed25519 one', async () => {
    const ed448 = generateKeyPairSync('ed448');
    const input = `${Buffer.from('{"alg":"Ed448"}').toString('base64url')}.${Buffer.from('{}').toString('base64url')}`;
    const token = `${input}.${sign(null, Buffer.from(input), ed448.privateKey).toString('base64url')}`;
    const pem = (k: KeyObject): string => k.export({ format: 'pem', type: 'spki' }).toString();
    expect((await check(token, pem(ed448.publicKey))).status).toBe('verified');
    expect(await check(token, pem(generateKeyPairSync('ed25519').publicKey))).toMatchObject({
      code: 'KEY_ALG_MISMATCH',
      mismatch: { reason: 'crv', alg: 'Ed448', crv: 'Ed25519' },
    });
  });
});
