import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  verify as nodeVerify,
  webcrypto,
} from 'node:crypto';
import { ECParameters, ECPrivateKey } from '@peculiar/asn1-ecc';
import { AsnConvert } from '@peculiar/asn1-schema';
import { AlgorithmIdentifier, SubjectPublicKeyInfo } from '@peculiar/asn1-x509';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Result } from '../result';
import type { KeyError, KeyErrorCode } from './errors';
import { parsePem, toCertificatePem } from './pem';
import { pkcs1PrivateToPkcs8, pkcs1PublicToSpki } from './pkcs1';
import { sec1ToPkcs8 } from './sec1';
import { readSpki } from './spki';

// Expectations are built with Node (OpenSSL) and Buffer's base64, never with the code under test.
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = {
  'P-256': generateKeyPairSync('ec', { namedCurve: 'prime256v1' }),
  'P-384': generateKeyPairSync('ec', { namedCurve: 'secp384r1' }),
  'P-521': generateKeyPairSync('ec', { namedCurve: 'secp521r1' }),
  secp256k1: generateKeyPairSync('ec', { namedCurve: 'secp256k1' }),
} as const;
const CURVES = Object.keys(ec) as Array<keyof typeof ec>;
const ed25519 = generateKeyPairSync('ed25519');

const spkiPem = (key: KeyObject): string => key.export({ type: 'spki', format: 'pem' }).toString();
const pemOf = (key: KeyObject, type: 'pkcs1' | 'sec1' | 'pkcs8', passphrase?: string): string =>
  (passphrase === undefined
    ? key.export({ type, format: 'pem' })
    : key.export({ type, format: 'pem', cipher: 'aes-128-cbc', passphrase })
  ).toString();
const spkiDer = (key: KeyObject): Buffer => key.export({ type: 'spki', format: 'der' });
const der = (key: KeyObject, type: 'pkcs1' | 'sec1' | 'pkcs8'): Buffer => key.export({ type, format: 'der' });

function value<T, E>(result: Result<T, E>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

function errorCode<T, E extends { code: string }>(result: Result<T, E>): string {
  return result.ok ? 'ok' : result.error.code;
}

function expectSameBytes(actual: Uint8Array, expected: Uint8Array): void {
  expect(Buffer.from(actual).toString('hex')).toBe(Buffer.from(expected).toString('hex'));
}

/** The one block of a PEM text, as its label and DER. */
function onlyBlock(text: string): { label: string; der: Uint8Array } {
  const blocks = value(parsePem(text));
  expect(blocks).toHaveLength(1);
  return blocks[0]!;
}

describe('parsePem', () => {
  const pem = spkiPem(ed25519.publicKey);
  const expected = spkiDer(ed25519.publicKey);
  const body = pem.split('\n')[1]!;

  it('reads a PEM block as Node writes it', () => {
    const block = onlyBlock(pem);
    expect(block.label).toBe('PUBLIC KEY');
    expectSameBytes(block.der, expected);
  });

  it.each([
    ['on one line', pem.replaceAll('\n', '')],
    ['with CRLF line breaks', pem.replaceAll('\n', '\r\n')],
    ['with old Mac CR line breaks', pem.replaceAll('\n', '\r')],
    [
      'with spaces and tabs in the base64',
      `-----BEGIN PUBLIC KEY-----\n ${body.slice(0, 10)} \t${body.slice(10)}  \n-----END PUBLIC KEY-----`,
    ],
    ['indented, as in YAML', pem.replace(/^/gm, '    ')],
    ['with leading and trailing whitespace', `\n\n  \t${pem}\n\n   `],
    ['with text around it', `Here is my key:\n${pem}Thanks!`],
    ['with literal \\n, as copied from JSON', pem.replaceAll('\n', '\\n')],
    ['with literal \\r\\n', pem.replaceAll('\n', '\\r\\n')],
    [
      'with spaces inside the BEGIN and END lines',
      pem.replace('-----BEGIN PUBLIC KEY-----', '----- BEGIN  PUBLIC KEY -----'),
    ],
    ['without "=" padding', `-----BEGIN PUBLIC KEY-----${body.replace(/=+$/, '')}-----END PUBLIC KEY-----`],
    ['with a header that is not encryption', pem.replace('-----\n', '-----\nComment: made by a test\n\n')],
  ])('tolerates a block %s', (_name, text) => {
    const block = onlyBlock(text);
    expect(block.label).toBe('PUBLIC KEY');
    expectSameBytes(block.der, expected);
  });

  it('reads two blocks in order, with text between them', () => {
    const second = spkiPem(rsa.publicKey);
    const keyPem = pemOf(rsa.privateKey, 'pkcs1');
    const blocks = value(parsePem(`${pem}\nand then\n${second}\r\n${keyPem}`));
    expect(blocks.map((b) => b.label)).toEqual(['PUBLIC KEY', 'PUBLIC KEY', 'RSA PRIVATE KEY']);
    expectSameBytes(blocks[1]!.der, spkiDer(rsa.publicKey));
    expectSameBytes(blocks[2]!.der, der(rsa.privateKey, 'pkcs1'));
  });

  it('reads a label with single hyphens in it', () => {
    const block = onlyBlock(`-----BEGIN X9-42 DH-PARAMS-----\nQUFB\n-----END X9-42 DH-PARAMS-----`);
    expect(block.label).toBe('X9-42 DH-PARAMS');
    expectSameBytes(block.der, Buffer.from('AAA'));
  });

  it.each([
    ['spaces', `-----BEGIN ${' '.repeat(200_000)}`],
    ['letters', `-----BEGIN ${'A'.repeat(200_000)}`],
    ['BEGIN lines', '-----BEGIN \t \t'.repeat(20_000)],
    ['a body with no END', `-----BEGIN X-----${' '.repeat(200_000)}`],
  ])('stays linear on a BEGIN line followed by a flood of %s', (_name, text) => {
    expect(['PEM_NOT_FOUND', 'PEM_NO_END_LINE']).toContain(errorCode(parsePem(text)));
  });

  it('reads two blocks that share one line', () => {
    const oneLine = pem.replaceAll('\n', '');
    expect(value(parsePem(oneLine + oneLine))).toHaveLength(2);
  });

  it.each<[string, string, KeyErrorCode]>([
    ['empty text', '', 'PEM_NOT_FOUND'],
    ['plain text', 'not a key at all', 'PEM_NOT_FOUND'],
    ['bare base64', body, 'PEM_NOT_FOUND'],
    ['a BEGIN line and no END line', pem.split('-----END')[0]!, 'PEM_NO_END_LINE'],
    ['a second BEGIN before the first END', `-----BEGIN PUBLIC KEY-----\n${body}\n${pem}`, 'PEM_NO_END_LINE'],
    [
      'an END label unlike the BEGIN label',
      pem.replace('END PUBLIC KEY', 'END RSA PUBLIC KEY'),
      'PEM_LABEL_MISMATCH',
    ],
    [
      'a character outside base64',
      pem.replace(body, `${body.slice(0, 4)}*${body.slice(5)}`),
      'PEM_BAD_BASE64',
    ],
    ['base64url instead of base64', `-----BEGIN X-----\nab_c\n-----END X-----`, 'PEM_BAD_BASE64'],
    ['"=" in the middle', `-----BEGIN X-----\nQQ==QUFB\n-----END X-----`, 'PEM_BAD_PADDING'],
    ['base64 one character too long', `-----BEGIN X-----\nQUFBQ\n-----END X-----`, 'PEM_CUT_SHORT'],
    ['an empty body', '-----BEGIN PUBLIC KEY-----\n\n-----END PUBLIC KEY-----', 'PEM_EMPTY'],
    ['only headers', '-----BEGIN PUBLIC KEY-----\nComment: x\n-----END PUBLIC KEY-----', 'PEM_EMPTY'],
    [
      'a good block then a bad one',
      `${pem}-----BEGIN PUBLIC KEY-----\n!!!\n-----END PUBLIC KEY-----`,
      'PEM_BAD_BASE64',
    ],
  ])('refuses %s', (_name, text, code) => {
    expect(errorCode(parsePem(text))).toBe(code);
  });

  it('says where the character outside base64 is', () => {
    const text = `key:\n-----BEGIN PUBLIC KEY-----\nMC*w\n-----END PUBLIC KEY-----`;
    const result = parsePem(text);
    expect(result.ok).toBe(false);
    expect(result).toEqual({
      ok: false,
      error: { code: 'PEM_BAD_BASE64', label: 'PUBLIC KEY', char: '*', at: text.indexOf('*') + 1 },
    });
  });

  it('refuses a PKCS#8 private key encrypted with a passphrase', () => {
    const encrypted = pemOf(rsa.privateKey, 'pkcs8', 'pw');
    expect(encrypted).toContain('ENCRYPTED PRIVATE KEY');
    expect(errorCode(parsePem(encrypted))).toBe('KEY_ENCRYPTED');
  });

  it.each([
    ['RSA', pemOf(rsa.privateKey, 'pkcs1', 'pw')],
    ['EC', pemOf(ec['P-256'].privateKey, 'sec1', 'pw')],
  ])('refuses a legacy %s private key with Proc-Type: 4,ENCRYPTED', (_name, encrypted) => {
    expect(encrypted).toContain('Proc-Type: 4,ENCRYPTED');
    expect(errorCode(parsePem(encrypted))).toBe('KEY_ENCRYPTED');
    expect(errorCode(parsePem(encrypted.replaceAll('\n', '')))).toBe('KEY_ENCRYPTED');
  });

  it('keeps every byte of any body, whatever the line width and line breaks', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 200 }),
        fc.integer({ min: 1, max: 80 }),
        fc.constantFrom('\n', '\r\n', '\r', ' ', '', '\\n'),
        fc.string({ maxLength: 20 }).filter((s) => !s.includes('-----')),
        (bytes, width, lineBreak, around) => {
          const b64 = Buffer.from(bytes).toString('base64');
          const lines = b64.match(new RegExp(`.{1,${width}}`, 'g')) ?? [];
          const text = `${around}-----BEGIN TEST-----${lineBreak}${lines.join(lineBreak)}${lineBreak}-----END TEST-----${around}`;
          const block = onlyBlock(text);
          expect(block.label).toBe('TEST');
          expectSameBytes(block.der, bytes);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on any text, even text full of PEM fragments', () => {
    const fragment = fc.constantFrom(
      '-----BEGIN PUBLIC KEY-----',
      '-----END PUBLIC KEY-----',
      '-----BEGIN ',
      '-----',
      'Proc-Type: 4,ENCRYPTED',
      'MIIB',
      '==',
      '\n',
      '\\n',
      ':',
    );
    const text = fc.oneof(
      fc.string(),
      fc.array(fc.oneof(fragment, fc.string({ maxLength: 5 }))).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(text, (input) => {
        const result = parsePem(input);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('pkcs1PublicToSpki', () => {
  it('wraps an RSA PUBLIC KEY into the SubjectPublicKeyInfo Node writes, byte for byte', () => {
    const spki = value(pkcs1PublicToSpki(der(rsa.publicKey, 'pkcs1')));
    expectSameBytes(spki, spkiDer(rsa.publicKey));
    expect(createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' }).asymmetricKeyType).toBe(
      'rsa',
    );
  });

  it('gives a key WebCrypto imports and verifies with', async () => {
    const spki = value(pkcs1PublicToSpki(der(rsa.publicKey, 'pkcs1')));
    const params = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
    const key = await webcrypto.subtle.importKey('spki', spki as BufferSource, params, false, ['verify']);
    const data = new TextEncoder().encode('header.payload');
    const signature = await webcrypto.subtle.sign(
      params,
      await webcrypto.subtle.importKey('pkcs8', der(rsa.privateKey, 'pkcs8'), params, false, ['sign']),
      data,
    );
    expect(await webcrypto.subtle.verify(params, key, signature, data)).toBe(true);
  });

  it('reads a key from a PEM block held in a view into a larger buffer', () => {
    const pkcs1 = der(rsa.publicKey, 'pkcs1');
    const padded = new Uint8Array(pkcs1.length + 10);
    padded.set(pkcs1, 5);
    expectSameBytes(value(pkcs1PublicToSpki(padded.subarray(5, 5 + pkcs1.length))), spkiDer(rsa.publicKey));
  });

  it.each<[string, Uint8Array, KeyError]>([
    ['no bytes', new Uint8Array(), { code: 'ASN1_EMPTY', expected: 'pkcs1-public' }],
    [
      'an empty SEQUENCE',
      new Uint8Array([0x30, 0x00]),
      { code: 'ASN1_WRONG_STRUCTURE', expected: 'pkcs1-public' },
    ],
    [
      'a SubjectPublicKeyInfo',
      spkiDer(rsa.publicKey),
      { code: 'ASN1_WRONG_STRUCTURE', expected: 'pkcs1-public', found: 'spki' },
    ],
    [
      'an RSA private key',
      der(rsa.privateKey, 'pkcs1'),
      { code: 'ASN1_WRONG_STRUCTURE', expected: 'pkcs1-public', found: 'pkcs1-private' },
    ],
    [
      'a truncated key',
      der(rsa.publicKey, 'pkcs1').subarray(0, 40),
      { code: 'ASN1_CUT_SHORT', expected: 'pkcs1-public', found: 40, needed: 270 },
    ],
    [
      'a key with a byte after it',
      new Uint8Array([...der(rsa.publicKey, 'pkcs1'), 0]),
      { code: 'ASN1_TRAILING_BYTES', expected: 'pkcs1-public', found: 1 },
    ],
  ])('refuses %s, saying what was expected and found', (_name, input, error) => {
    expect(pkcs1PublicToSpki(input)).toEqual({ ok: false, error });
  });

  it('says how many bytes follow the key', () => {
    const result = pkcs1PublicToSpki(new Uint8Array([...der(rsa.publicKey, 'pkcs1'), 1, 2]));
    expect(result).toEqual({
      ok: false,
      error: { code: 'ASN1_TRAILING_BYTES', expected: 'pkcs1-public', found: 2 },
    });
  });
});

describe('pkcs1PrivateToPkcs8', () => {
  it('wraps an RSA PRIVATE KEY into a PKCS#8 key Node reads as the same key', () => {
    const pkcs8 = value(pkcs1PrivateToPkcs8(der(rsa.privateKey, 'pkcs1')));
    const key = createPrivateKey({ key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' });
    expect(key.export({ format: 'jwk' })).toEqual(rsa.privateKey.export({ format: 'jwk' }));
    expectSameBytes(pkcs8, der(rsa.privateKey, 'pkcs8'));
  });

  it('gives a key WebCrypto imports and signs with', async () => {
    const pkcs8 = value(pkcs1PrivateToPkcs8(der(rsa.privateKey, 'pkcs1')));
    const params = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
    const key = await webcrypto.subtle.importKey('pkcs8', pkcs8 as BufferSource, params, false, ['sign']);
    const data = new TextEncoder().encode('header.payload');
    const signature = new Uint8Array(await webcrypto.subtle.sign(params, key, data));
    expect(nodeVerify('sha256', data, rsa.publicKey, signature)).toBe(true);
  });

  it.each<[string, Uint8Array, KeyErrorCode]>([
    ['an RSA public key', der(rsa.publicKey, 'pkcs1'), 'ASN1_WRONG_STRUCTURE'],
    ['a PKCS#8 key', der(rsa.privateKey, 'pkcs8'), 'ASN1_WRONG_STRUCTURE'],
    ['an EC private key', der(ec['P-256'].privateKey, 'sec1'), 'ASN1_WRONG_STRUCTURE'],
    ['bytes cut short', new Uint8Array([0x30, 0x82, 0xff, 0xff, 1, 2, 3]), 'ASN1_CUT_SHORT'],
  ])('refuses %s with %s', (_name, input, code) => {
    expect(errorCode(pkcs1PrivateToPkcs8(input))).toBe(code);
  });
});

describe('sec1ToPkcs8', () => {
  it.each(CURVES)('wraps a %s EC PRIVATE KEY into the PKCS#8 Node writes, with the same key', (curve) => {
    const { privateKey } = ec[curve];
    const converted = value(sec1ToPkcs8(der(privateKey, 'sec1')));
    expect(converted.curve).toBe(curve);
    const key = createPrivateKey({ key: Buffer.from(converted.pkcs8), format: 'der', type: 'pkcs8' });
    expect(key.export({ format: 'jwk' })).toEqual(privateKey.export({ format: 'jwk' }));
    // OpenSSL names the curve once, in the AlgorithmIdentifier, and keeps the public key: so do we.
    expectSameBytes(converted.pkcs8, der(privateKey, 'pkcs8'));
  });

  it.each([
    ['P-256', 'SHA-256'],
    ['P-384', 'SHA-384'],
    ['P-521', 'SHA-512'],
  ] as const)('gives a %s key WebCrypto imports and signs with', async (curve, hash) => {
    const { privateKey, publicKey } = ec[curve];
    const { pkcs8 } = value(sec1ToPkcs8(der(privateKey, 'sec1')));
    const key = await webcrypto.subtle.importKey(
      'pkcs8',
      pkcs8 as BufferSource,
      { name: 'ECDSA', namedCurve: curve },
      false,
      ['sign'],
    );
    const data = new TextEncoder().encode('header.payload');
    const signature = new Uint8Array(await webcrypto.subtle.sign({ name: 'ECDSA', hash }, key, data));
    const nodeHash = hash.replace('-', '').toLowerCase();
    expect(nodeVerify(nodeHash, data, { key: publicKey, dsaEncoding: 'ieee-p1363' }, signature)).toBe(true);
  });

  it('converts a SEC1 key without its public key [1]', () => {
    const { privateKey } = ec['P-256'];
    const full = AsnConvert.parse(der(privateKey, 'sec1'), ECPrivateKey);
    const bare = new Uint8Array(
      AsnConvert.serialize(
        new ECPrivateKey({ version: 1, privateKey: full.privateKey, parameters: full.parameters! }),
      ),
    );
    const converted = value(sec1ToPkcs8(bare));
    expect(converted.curve).toBe('P-256');
    const key = createPrivateKey({ key: Buffer.from(converted.pkcs8), format: 'der', type: 'pkcs8' });
    expect(key.export({ format: 'jwk' })).toEqual(privateKey.export({ format: 'jwk' }));
  });

  it('refuses a SEC1 key that does not name its curve', () => {
    const { privateKey } = ec['P-256'];
    const full = AsnConvert.parse(der(privateKey, 'sec1'), ECPrivateKey);
    const noCurve = new ECPrivateKey({ version: 1, privateKey: full.privateKey, publicKey: full.publicKey! });
    const result = sec1ToPkcs8(new Uint8Array(AsnConvert.serialize(noCurve)));
    expect(errorCode(result)).toBe('CURVE_MISSING');
  });

  it.each([
    ['secp224r1', generateKeyPairSync('ec', { namedCurve: 'secp224r1' }).privateKey],
    ['brainpoolP256r1', generateKeyPairSync('ec', { namedCurve: 'brainpoolP256r1' }).privateKey],
  ])('refuses a key on %s with CURVE_UNSUPPORTED', (_name, privateKey) => {
    const result = sec1ToPkcs8(der(privateKey, 'sec1'));
    expect(errorCode(result)).toBe('CURVE_UNSUPPORTED');
  });

  it('refuses a key with explicit curve parameters with CURVE_EXPLICIT', () => {
    const { privateKey } = generateKeyPairSync('ec', {
      namedCurve: 'prime256v1',
      paramEncoding: 'explicit',
      publicKeyEncoding: { type: 'spki', format: 'der' },
      privateKeyEncoding: { type: 'sec1', format: 'der' },
    });
    expect(errorCode(sec1ToPkcs8(privateKey))).toBe('CURVE_EXPLICIT');
  });

  it.each<[string, Uint8Array, KeyErrorCode]>([
    ['an RSA private key', der(rsa.privateKey, 'pkcs1'), 'ASN1_WRONG_STRUCTURE'],
    ['a PKCS#8 EC key', der(ec['P-256'].privateKey, 'pkcs8'), 'ASN1_WRONG_STRUCTURE'],
    ['an EC public key', spkiDer(ec['P-256'].publicKey), 'ASN1_WRONG_STRUCTURE'],
    ['no bytes', new Uint8Array(), 'ASN1_EMPTY'],
  ])('refuses %s with %s', (_name, input, code) => {
    expect(errorCode(sec1ToPkcs8(input))).toBe(code);
  });
});

describe('readSpki', () => {
  const rsa1024 = generateKeyPairSync('rsa', { modulusLength: 1024 });
  const rsa1030 = generateKeyPairSync('rsa', { modulusLength: 1030 });
  const rsaPss = generateKeyPairSync('rsa-pss', { modulusLength: 1024 });

  it.each<[string, KeyObject, { kty: string; bits?: number; crv?: string }]>([
    ['RSA 2048', rsa.publicKey, { kty: 'RSA', bits: 2048 }],
    ['RSA 1024', rsa1024.publicKey, { kty: 'RSA', bits: 1024 }],
    ['RSA of 1030 bits', rsa1030.publicKey, { kty: 'RSA', bits: 1030 }],
    ['RSA-PSS (id-RSASSA-PSS)', rsaPss.publicKey, { kty: 'RSA', bits: 1024 }],
    ['P-256', ec['P-256'].publicKey, { kty: 'EC', crv: 'P-256' }],
    ['P-384', ec['P-384'].publicKey, { kty: 'EC', crv: 'P-384' }],
    ['P-521', ec['P-521'].publicKey, { kty: 'EC', crv: 'P-521' }],
    ['secp256k1', ec.secp256k1.publicKey, { kty: 'EC', crv: 'secp256k1' }],
    ['Ed25519', ed25519.publicKey, { kty: 'OKP', crv: 'Ed25519' }],
    ['Ed448', generateKeyPairSync('ed448').publicKey, { kty: 'OKP', crv: 'Ed448' }],
    ['X25519', generateKeyPairSync('x25519').publicKey, { kty: 'OKP', crv: 'X25519' }],
  ])('describes %s', (_name, key, expected) => {
    expect(value(readSpki(spkiDer(key)))).toMatchObject(expected);
  });

  it('agrees with Node on the modulus size', () => {
    expect(value(readSpki(spkiDer(rsa1030.publicKey))).bits).toBe(
      rsa1030.publicKey.asymmetricKeyDetails?.modulusLength,
    );
  });

  it.each<[string, Uint8Array, KeyErrorCode]>([
    ['an X448 key', spkiDer(generateKeyPairSync('x448').publicKey), 'KEY_UNSUPPORTED'],
    [
      'a DSA key',
      spkiDer(generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 160 }).publicKey),
      'KEY_UNSUPPORTED',
    ],
    [
      'a secp224r1 key',
      spkiDer(generateKeyPairSync('ec', { namedCurve: 'secp224r1' }).publicKey),
      'CURVE_UNSUPPORTED',
    ],
    ['an RSA PUBLIC KEY (PKCS#1)', der(rsa.publicKey, 'pkcs1'), 'ASN1_WRONG_STRUCTURE'],
    ['a private key', der(ec['P-256'].privateKey, 'pkcs8'), 'ASN1_WRONG_STRUCTURE'],
    ['garbage', new Uint8Array([1, 2, 3, 4]), 'ASN1_WRONG_STRUCTURE'],
    ['bytes that are not DER', new Uint8Array([0x30, 0x03, 0x02, 0x05, 0]), 'ASN1_INVALID'],
  ])('refuses %s', (_name, input, code) => {
    expect(errorCode(readSpki(input))).toBe(code);
  });

  it('refuses an EC key without a curve, or with a curve that is not an OID', () => {
    const real = AsnConvert.parse(spkiDer(ec['P-256'].publicKey), SubjectPublicKeyInfo);
    const withParameters = (parameters: ArrayBuffer | null): Uint8Array =>
      new Uint8Array(
        AsnConvert.serialize(
          new SubjectPublicKeyInfo({
            algorithm: new AlgorithmIdentifier({ algorithm: real.algorithm.algorithm, parameters }),
            subjectPublicKey: real.subjectPublicKey,
          }),
        ),
      );
    expect(errorCode(readSpki(withParameters(null)))).toBe('CURVE_MISSING');
    expect(errorCode(readSpki(withParameters(new Uint8Array([0x02, 0x01, 0x05]).buffer)))).toBe(
      'ASN1_WRONG_STRUCTURE',
    );
    const named = AsnConvert.serialize(new ECParameters({ namedCurve: '1.2.3.4' }));
    expect(errorCode(readSpki(withParameters(named)))).toBe('CURVE_UNSUPPORTED');
  });

  it('refuses an RSA key whose key bits are not an RSAPublicKey', () => {
    const real = AsnConvert.parse(spkiDer(rsa.publicKey), SubjectPublicKeyInfo);
    const broken = new SubjectPublicKeyInfo({
      algorithm: real.algorithm,
      subjectPublicKey: new Uint8Array([5, 0]).buffer,
    });
    expect(errorCode(readSpki(new Uint8Array(AsnConvert.serialize(broken))))).toBe('ASN1_WRONG_STRUCTURE');
  });
});

describe('the converters never throw', () => {
  const converters = { pkcs1PublicToSpki, pkcs1PrivateToPkcs8, sec1ToPkcs8, readSpki };
  const samples = [
    der(rsa.publicKey, 'pkcs1'),
    der(rsa.privateKey, 'pkcs1'),
    der(ec['P-384'].privateKey, 'sec1'),
    spkiDer(ec['P-256'].publicKey),
    spkiDer(rsa.publicKey),
  ];

  it.each(Object.entries(converters))('%s returns a Result for arbitrary bytes', (_name, convert) => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(typeof convert(bytes).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it.each(Object.entries(converters))(
    '%s returns a Result for real keys with a byte changed or cut short',
    (_name, convert) => {
      fc.assert(
        fc.property(
          fc.constantFrom(...samples),
          fc.nat(),
          fc.integer({ min: 0, max: 255 }),
          fc.nat(),
          (sample, at, byte, cut) => {
            const bytes = new Uint8Array(sample.subarray(0, 1 + (cut % sample.length)));
            bytes[at % bytes.length] = byte;
            expect(typeof convert(bytes).ok).toBe('boolean');
          },
        ),
        { numRuns: 300 },
      );
    },
  );
});

describe('toCertificatePem', () => {
  it('writes DER as a CERTIFICATE block in lines of 64 (as Buffer wraps them), which parsePem reads back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 400 }), (der) => {
        const pem = toCertificatePem(der);
        const body = (
          Buffer.from(der)
            .toString('base64')
            .match(/.{1,64}/g) ?? []
        ).join('\n');
        expect(pem).toBe(`-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`);
        const read = parsePem(pem);
        expect(read.ok && read.value).toEqual([{ label: 'CERTIFICATE', der }]);
      }),
      { numRuns: 200 },
    );
  });
});
