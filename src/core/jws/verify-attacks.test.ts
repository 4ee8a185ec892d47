// Regression tests for the wrong verdicts an attacker found (issue 9), with keys and tokens made by node:crypto,
// openssl and jose: each names the bug it pins.
import { execFileSync } from 'node:child_process';
import { createHmac, generateKeyPairSync, sign as nodeSign, type KeyObject } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompactSign, exportJWK, FlattenedSign, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { readKeyText } from '../keys/read';
import { decodeSecret, SECRET_ENCODINGS, type SecretEncoding } from '../keys/secret';
import { decodeToken } from '../token/decode';
import type { Verdict } from './verdict';
import { verifyToken } from './verify';

async function check(token: string, keyText: string, encoding: SecretEncoding = 'utf8'): Promise<Verdict> {
  return verifyToken(decodeToken(token), await readKeyText(keyText, encoding), keyText);
}

const b64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url');

/** An HS256 token signed with exactly these bytes as the HMAC secret, as an attacker would make it. */
function forgeHs256(secret: Uint8Array, header = '{"alg":"HS256","typ":"JWT"}'): string {
  const input = `${b64url(header)}.${b64url('{"sub":"admin","admin":true}')}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const ed = generateKeyPairSync('ed25519');

const der = (key: KeyObject, type: 'spki' | 'pkcs8' | 'pkcs1' | 'sec1'): Buffer =>
  key.export({ format: 'der', type } as never) as unknown as Buffer;
const pem = (key: KeyObject, type: 'spki' | 'pkcs8' | 'pkcs1' | 'sec1'): string =>
  key.export({ format: 'pem', type } as never).toString();

let certificateDer: Buffer;
beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'jwt-cert-'));
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.der');
  execFileSync('openssl', [
    'genpkey',
    '-algorithm',
    'RSA',
    '-pkeyopt',
    'rsa_keygen_bits:2048',
    '-out',
    keyFile,
  ]);
  execFileSync('openssl', [
    'req',
    '-x509',
    '-key',
    keyFile,
    '-subj',
    '/CN=attack.example',
    '-days',
    '30',
    '-outform',
    'DER',
    '-out',
    certFile,
  ]);
  certificateDer = readFileSync(certFile);
});

/** Every way people copy key material that is not a PEM block with an upper-case label. */
function unarmouredForms(): ReadonlyArray<readonly [string, string]> {
  const spki = der(rsa.publicKey, 'spki');
  const body = spki.toString('base64');
  const lines = body.match(/.{1,64}/g)?.join('\n') ?? body;
  const hex = spki.toString('hex');
  const jwk = JSON.stringify(rsa.publicKey.export({ format: 'jwk' }));
  return [
    ['bare base64 SPKI (Keycloak "Public key")', body],
    ['PEM body lines without armour', lines],
    ['PEM body lines with CRLF and indentation', `  ${lines.replace(/\n/g, '\r\n  ')}  `],
    ['SPKI as base64url', spki.toString('base64url')],
    ['DER as hex', hex],
    ['DER as upper-case hex', hex.toUpperCase()],
    ['DER as colon-separated hex', hex.match(/../g)?.join(':') ?? hex],
    [
      'lower-case PEM label',
      pem(rsa.publicKey, 'spki')
        .replace(/PUBLIC KEY/g, 'public key')
        .replace(/BEGIN|END/g, (m) => m.toLowerCase()),
    ],
    [
      'tab-separated PEM label',
      pem(rsa.publicKey, 'spki')
        .replace(/BEGIN PUBLIC KEY/, 'BEGIN\tPUBLIC KEY')
        .replace(/END PUBLIC KEY/, 'END\tPUBLIC KEY'),
    ],
    ['mixed-case PEM label', pem(rsa.publicKey, 'spki').replace(/PUBLIC KEY/g, 'Public Key')],
    ['PKCS#1 RSA public key as base64', der(rsa.publicKey, 'pkcs1').toString('base64')],
    ['PKCS#8 private key as base64', der(rsa.privateKey, 'pkcs8').toString('base64')],
    ['PKCS#1 RSA private key as base64', der(rsa.privateKey, 'pkcs1').toString('base64')],
    ['SEC1 EC private key as base64', der(ec.privateKey, 'sec1').toString('base64')],
    ['EC P-256 SPKI as base64', der(ec.publicKey, 'spki').toString('base64')],
    ['Ed25519 SPKI as hex', der(ed.publicKey, 'spki').toString('hex')],
    ['x5c certificate entry (base64 DER)', certificateDer.toString('base64')],
    ['PEM as base64 (a Kubernetes secret)', Buffer.from(pem(rsa.publicKey, 'spki')).toString('base64')],
    ['JWK as base64', Buffer.from(jwk).toString('base64')],
    ['a bare array of JWKs', `[${jwk}]`],
  ];
}

describe('RS/HS key confusion through key material without PEM armour', () => {
  it('every form of a public or private key is refused as an HMAC secret, under every encoding', async () => {
    for (const [form, text] of unarmouredForms()) {
      for (const encoding of SECRET_ENCODINGS) {
        // The forgery an attacker makes for a server that reads the text in each way it can be read.
        for (const reading of SECRET_ENCODINGS) {
          const bytes = decodeSecret(text, reading);
          if (!bytes.ok || bytes.value.length === 0) continue;
          const v = await check(forgeHs256(bytes.value), text, encoding);
          expect(v.status, `${form}, forged with its ${reading} reading, checked as ${encoding}`).toBe(
            'error',
          );
          expect(v.code, `${form} (${reading} / ${encoding})`).toBe('KEY_CONFUSION');
          expect(v).not.toHaveProperty('alternateEncoding');
        }
      }
    }
  });

  it('the bare forms read as the public key they are, and verify an RS256 token', async () => {
    const token = await new SignJWT({ sub: 'x' }).setProtectedHeader({ alg: 'RS256' }).sign(rsa.privateKey);
    for (const [form, text] of unarmouredForms()) {
      if (
        form.startsWith('EC') ||
        form.startsWith('SEC1') ||
        form.startsWith('Ed25519') ||
        form.startsWith('x5c')
      )
        continue;
      const v = await check(token, text);
      expect(v.status, form).toBe('verified');
    }
  });

  it('an x5c certificate entry verifies a token signed by its key', async () => {
    const read = await readKeyText(certificateDer.toString('base64'), 'utf8');
    expect(read.ok && read.value.kind === 'keys' && read.value.source).toBe('x509');
  });

  it('an encrypted or unknown key written in PEM is still refused as key confusion, not read as a secret', async () => {
    const encrypted = rsa.privateKey
      .export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: 'pw' })
      .toString();
    for (const text of [encrypted, '-----begin foo bar-----\nAAAA\n-----end foo bar-----']) {
      for (const reading of SECRET_ENCODINGS) {
        const bytes = decodeSecret(text, reading);
        if (!bytes.ok || bytes.value.length === 0) continue;
        const v = await check(forgeHs256(bytes.value), text);
        expect(v.code).toBe('KEY_CONFUSION');
      }
    }
  });

  it('a real HMAC secret that fails is still offered its other reading', async () => {
    const raw = Buffer.alloc(32, 0xfb);
    const v = await check(forgeHs256(raw), raw.toString('base64'));
    expect(v.status).toBe('invalid');
    expect(v).toMatchObject({ alternateEncoding: 'base64' });
  });
});

describe('b64: false (RFC 7797 unencoded payload)', () => {
  const header = { b64: false, crit: ['b64'] };
  // An unencoded payload made of base64url characters decodes like any token: the bytes signed are the same as
  // for b64: true, but under RFC 7797 the payload is that text itself, not the JSON it seems to encode.
  const payload = new TextEncoder().encode(b64url('{"sub":"x"}'));

  it('is an error for every algorithm, with or without a key', async () => {
    const hs = new Uint8Array(32).fill(7);
    const cases: Array<[string, Uint8Array | KeyObject, string]> = [
      ['HS256', hs, Buffer.from(hs).toString('hex')],
      ['RS256', rsa.privateKey, pem(rsa.publicKey, 'spki')],
      ['ES256', ec.privateKey, pem(ec.publicKey, 'spki')],
      ['EdDSA', ed.privateKey, pem(ed.publicKey, 'spki')],
    ];
    for (const [alg, signKey, keyText] of cases) {
      const jws = await new FlattenedSign(payload).setProtectedHeader({ alg, ...header }).sign(signKey);
      const token = `${jws.protected ?? ''}.${jws.payload}.${jws.signature}`;
      const encoding: SecretEncoding = alg === 'HS256' ? 'hex' : 'utf8';
      for (const text of [keyText, '']) {
        const v = await check(token, text, encoding);
        expect(v.status, `${alg} with${text === '' ? 'out' : ''} a key`).toBe('error');
        expect(v.code).toBe('B64_UNSUPPORTED');
      }
    }
  });

  it('ES256K is refused the same way, by the same guard', async () => {
    const k1 = generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
    const input = `${b64url(JSON.stringify({ alg: 'ES256K', ...header }))}.${b64url('{"sub":"x"}')}`;
    const sig = nodeSign('sha256', Buffer.from(input), { key: k1.privateKey, dsaEncoding: 'ieee-p1363' });
    const token = `${input}.${b64url(sig)}`;
    const v = await check(token, pem(k1.publicKey, 'spki'));
    expect(v.code).toBe('B64_UNSUPPORTED');
  });

  it('a duplicated b64 member is judged on its most dangerous reading', async () => {
    const secret = new Uint8Array(32).fill(9);
    const token = forgeHs256(secret, '{"alg":"HS256","b64":false,"b64":true}');
    expect((await check(token, Buffer.from(secret).toString('hex'), 'hex')).code).toBe('B64_UNSUPPORTED');
  });

  it('b64: true is the usual encoding, and an unknown crit extension is refused', async () => {
    const secret = new Uint8Array(32).fill(3);
    const hex = Buffer.from(secret).toString('hex');
    const ok = await new CompactSign(payload)
      .setProtectedHeader({ alg: 'HS256', b64: true, crit: ['b64'] })
      .sign(secret);
    expect((await check(ok, hex, 'hex')).status).toBe('verified');
    const unknown = forgeHs256(secret, '{"alg":"HS256","crit":["exp"],"exp":1}');
    expect((await check(unknown, hex, 'hex')).code).toBe('CRIT_UNSUPPORTED');
    const empty = forgeHs256(secret, '{"alg":"HS256","crit":[]}');
    expect((await check(empty, hex, 'hex')).code).toBe('CRIT_UNSUPPORTED');
  });
});

describe('alg casing (RFC 7515 section 4.1.1: case-sensitive)', () => {
  it('None, NONE and nOnE are unknown algorithms, even with a valid HMAC signature, and quoted', async () => {
    const secret = 'a-secret-long-enough-for-hs256-!!';
    for (const alg of ['None', 'NONE', 'nOnE', 'hs256', 'Hs256']) {
      const token = forgeHs256(new TextEncoder().encode(secret), JSON.stringify({ alg }));
      for (const key of [secret, '']) {
        const v = await check(token, key);
        expect(v.status, `${alg} with${key === '' ? 'out' : ''} a key`).toBe('error');
        expect(v.code).toBe('ALG_UNSUPPORTED');
        expect(v).toMatchObject({ refusal: { alg } });
      }
    }
  });

  it('exactly none is unsigned', async () => {
    const token = `${b64url('{"alg":"none"}')}.${b64url('{}')}.`;
    expect((await check(token, 'whatever')).status).toBe('unsigned');
  });
});

describe('a kid that matches no key of the set', () => {
  it('still verifies, but says a server selecting keys by kid rejects the token', async () => {
    const jwk = await exportJWK(rsa.publicKey);
    const jwks = JSON.stringify({ keys: [{ ...jwk, kid: 'k1' }] });
    const kid = '../../../../dev/null';
    const token = await new SignJWT({}).setProtectedHeader({ alg: 'RS256', kid }).sign(rsa.privateKey);
    const v = await check(token, jwks);
    expect(v.status).toBe('verified');
    expect(v).toMatchObject({ kidUnmatched: { kid, fromSet: true } });
    const matching = await new SignJWT({})
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .sign(rsa.privateKey);
    expect(await check(matching, jwks)).not.toHaveProperty('kidUnmatched');
    // A key without a kid (a PEM) has nothing to compare.
    expect(await check(token, pem(rsa.publicKey, 'spki'))).not.toHaveProperty('kidUnmatched');
  });
});
