import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { describeKeyReading } from './describe';
import { DEFAULT_LIMITS } from '../limits';
import { readKeyText } from './read';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const spkiPem = rsa.publicKey.export({ format: 'pem', type: 'spki' }).toString();
const pkcs1Pem = rsa.publicKey.export({ format: 'pem', type: 'pkcs1' }).toString();

/** The PEM with its body lines from `from` on dropped, keeping BEGIN and END: a paste that lost its middle. */
function dropBodyLines(pem: string, keep: number): string {
  const lines = pem.trim().split('\n');
  return [...lines.slice(0, 1 + keep), lines.at(-1)].join('\n');
}

describe('readKeyText: a PEM cut short says so (regression: "well-formed PEM, but not an RSA key")', () => {
  it('without its END line', async () => {
    const cut = spkiPem.trim().split('\n').slice(0, -1).join('\n');
    expect(await readKeyText(cut, 'utf8')).toEqual({
      ok: false,
      error: { code: 'PEM_NO_END_LINE', label: 'PUBLIC KEY', material: 'spki' },
    });
  });

  it('with body lines missing: the DER ends early, and the error says how long it should be', async () => {
    const read = await readKeyText(dropBodyLines(spkiPem, 3), 'utf8');
    expect(read).toEqual({
      ok: false,
      error: { code: 'ASN1_CUT_SHORT', expected: 'spki', found: 144, needed: 294, material: 'spki' },
    });
    expect(!read.ok && describeKeyReading(read)).toMatch(/^Unreadable key: The key is cut short/);
  });

  it('an RSA PUBLIC KEY cut short names the PKCS#1 structure', async () => {
    const read = await readKeyText(dropBodyLines(pkcs1Pem, 2), 'utf8');
    expect(read).toMatchObject({ ok: false, error: { code: 'ASN1_CUT_SHORT', expected: 'pkcs1-public' } });
  });

  it('a private key cut short names the PKCS#8 structure', async () => {
    const pem = ec.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const read = await readKeyText(dropBodyLines(pem, 1), 'utf8');
    expect(read).toMatchObject({
      ok: false,
      error: { code: 'ASN1_CUT_SHORT', expected: 'pkcs8', material: 'pkcs8' },
    });
  });
});

describe('readKeyText: fine codes with fields', () => {
  it.each([
    [
      '{"kty":"EC","crv":"P-256","x":"AA"}',
      { code: 'JWK_MISSING_MEMBER', kty: 'EC', member: 'y', material: 'jwk' },
    ],
    ['{"kty":"DSA"}', { code: 'JWK_BAD_KTY', found: '"DSA"', material: 'jwk' }],
    ['{"hello":1}', { code: 'JSON_NOT_KEY', material: 'json-unknown' }],
    ['{"kty":', { code: 'JSON_INVALID', material: 'json-unknown' }],
    [
      '-----BEGIN DH PARAMETERS-----\nMAA=\n-----END DH PARAMETERS-----',
      { code: 'PEM_NOT_KEY', label: 'DH PARAMETERS', material: 'pem-unknown' },
    ],
    [
      spkiPem.replace('END PUBLIC KEY', 'END RSA PUBLIC KEY'),
      { code: 'PEM_LABEL_MISMATCH', label: 'PUBLIC KEY', found: 'RSA PUBLIC KEY', material: 'spki' },
    ],
    [
      generateKeyPairSync('x448').publicKey.export({ format: 'pem', type: 'spki' }).toString(),
      { code: 'KEY_UNSUPPORTED', algorithm: '1.3.101.111', known: 'x448', material: 'spki' },
    ],
    [
      generateKeyPairSync('ec', { namedCurve: 'secp224r1' })
        .publicKey.export({ format: 'pem', type: 'spki' })
        .toString(),
      { code: 'CURVE_UNSUPPORTED', curve: '1.3.132.0.33', material: 'spki' },
    ],
    [
      generateKeyPairSync('ed448').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
      // Node's WebCrypto imports Ed448 private keys; browsers do not. Either it reads, or it says which key it is.
      undefined,
    ],
    ['', { code: 'KEY_EMPTY' }],
  ] as const)('%s', async (text, error) => {
    const read = await readKeyText(text, 'utf8');
    if (error === undefined) {
      if (!read.ok)
        expect(read.error).toMatchObject({ code: 'KEY_NOT_IMPORTABLE', kty: 'OKP', crv: 'Ed448' });
      return;
    }
    expect(read).toEqual({ ok: false, error });
  });

  it('a secret not valid in its reading is a secret with an encoding error, not a key error', async () => {
    expect(await readKeyText('zz-not-hex', 'hex')).toEqual({
      ok: true,
      value: {
        kind: 'secret',
        encoding: 'hex',
        encodingError: { code: 'SECRET_NOT_ENCODED', encoding: 'hex' },
      },
    });
  });
});

describe('readKeyText: a pasted private key', () => {
  it.each([
    ['PKCS#8', rsa.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(), 'RSA'],
    ['PKCS#1', rsa.privateKey.export({ format: 'pem', type: 'pkcs1' }).toString(), 'RSA'],
    ['SEC1', ec.privateKey.export({ format: 'pem', type: 'sec1' }).toString(), 'EC'],
    ['JWK', JSON.stringify(ec.privateKey.export({ format: 'jwk' })), 'EC'],
  ])(
    '%s verifies with its public half and keeps its private half in memory for signing',
    async (_name, text, kty) => {
      const read = await readKeyText(text, 'utf8');
      if (!read.ok || read.value.kind !== 'keys') throw new Error(JSON.stringify(read));
      const [entry] = read.value.keys;
      expect(entry).toMatchObject({ kty, fromPrivate: true });
      expect(entry?.jwk).not.toHaveProperty('d');
      expect(entry?.privateJwk).toHaveProperty('d');
      const expected = kty === 'RSA' ? rsa.privateKey : ec.privateKey;
      expect(entry?.privateJwk?.d).toBe((expected.export({ format: 'jwk' }) as { d: string }).d);
    },
  );

  it('a public key has no private half', async () => {
    const read = await readKeyText(spkiPem, 'utf8');
    expect(read.ok && read.value.kind === 'keys' && read.value.keys[0]).not.toHaveProperty('privateJwk');
  });
});

describe('readKeyText: X25519 keys (for JWE ECDH-ES)', () => {
  const x25519 = generateKeyPairSync('x25519');
  const publicJwk = x25519.publicKey.export({ format: 'jwk' });

  it('reads an X25519 public key (SPKI PEM) as OKP X25519', async () => {
    const read = await readKeyText(
      x25519.publicKey.export({ format: 'pem', type: 'spki' }).toString(),
      'utf8',
    );
    expect(read).toMatchObject({
      ok: true,
      value: { kind: 'keys', keys: [{ kty: 'OKP', crv: 'X25519', fromPrivate: false, jwk: publicJwk }] },
    });
    expect(read.ok && read.value.kind === 'keys' && read.value.keys[0]?.privateJwk).toBeFalsy();
  });

  it('reads an X25519 private key (PKCS#8 PEM) with its private JWK kept', async () => {
    const read = await readKeyText(
      x25519.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
      'utf8',
    );
    expect(read).toMatchObject({
      ok: true,
      value: {
        kind: 'keys',
        keys: [
          {
            kty: 'OKP',
            crv: 'X25519',
            fromPrivate: true,
            jwk: publicJwk,
            privateJwk: x25519.privateKey.export({ format: 'jwk' }),
          },
        ],
      },
    });
    if (read.ok) expect(describeKeyReading(read)).toBe('X25519 private key: its public half is used');
  });

  it('reads an X25519 private JWK', async () => {
    const read = await readKeyText(JSON.stringify(x25519.privateKey.export({ format: 'jwk' })), 'utf8');
    expect(read).toMatchObject({
      ok: true,
      value: { keys: [{ kty: 'OKP', crv: 'X25519', fromPrivate: true }] },
    });
  });
});

describe('readKeyText: the size limit', () => {
  it('refuses key text over the limit with KEY_TOO_LARGE, before reading it', async () => {
    const text = 'k'.repeat(DEFAULT_LIMITS.keyChars + 1);
    expect(await readKeyText(text, 'utf8')).toEqual({
      ok: false,
      error: { code: 'KEY_TOO_LARGE', found: DEFAULT_LIMITS.keyChars + 1, limit: DEFAULT_LIMITS.keyChars },
    });
  });

  it('reads a secret at the limit as a secret', async () => {
    const read = await readKeyText('k'.repeat(1000), 'utf8', 1000);
    expect(read.ok && read.value.kind).toBe('secret');
  });

  it('a 16 MiB secret is refused at once, not hashed', async () => {
    const read = await readKeyText('k'.repeat(16 * 1024 * 1024), 'utf8');
    expect(!read.ok && read.error.code).toBe('KEY_TOO_LARGE');
  });
});
