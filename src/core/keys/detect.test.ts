import { generateKeyPairSync, randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectKeyText, isKeyMaterial, READINGS_MAX_CHARS } from './detect';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const spkiDer = rsa.publicKey.export({ format: 'der', type: 'spki' });
const spkiPem = rsa.publicKey.export({ format: 'pem', type: 'spki' }).toString();

describe('detectKeyText', () => {
  it.each([
    ['', 'empty', undefined],
    ['   \n', 'empty', undefined],
    ['your-256-bit-secret', 'secret', undefined],
    [spkiPem, 'spki', 'pem'],
    [
      spkiPem.replace(/PUBLIC KEY/g, 'public key').replace(/BEGIN|END/g, (m) => m.toLowerCase()),
      'spki',
      'pem',
    ],
    [spkiPem.replace('BEGIN PUBLIC', 'BEGIN\tPUBLIC'), 'spki', 'pem'],
    ['-----BEGIN CERTIFICATE-----\nAA\n-----END CERTIFICATE-----', 'x509', 'pem'],
    ['-----BEGIN FOO-----\nAA\n-----END FOO-----', 'pem-unknown', 'pem'],
    ['{"kty":"oct","k":"AA"}', 'jwk', 'json'],
    ['{"keys":[]}', 'jwks', 'json'],
    ['[{"kty":"RSA","n":"AQAB","e":"AQAB"}]', 'jwks', 'json'],
    ['{"hello":1}', 'json-unknown', 'json'],
    [spkiDer.toString('base64'), 'spki', 'der'],
    [spkiDer.toString('base64url'), 'spki', 'der'],
    [spkiDer.toString('hex'), 'spki', 'der'],
    [Buffer.from(spkiPem).toString('base64'), 'spki', 'pem'],
  ])('case %# is %2$s', (text, kind, form) => {
    const detected = detectKeyText(text);
    expect(detected.kind).toBe(kind);
    expect(detected.form).toBe(form);
  });

  it('says which reading held armour-less key material', () => {
    expect(detectKeyText(spkiDer.toString('hex')).via).toBe('hex');
    expect(detectKeyText(spkiDer.toString('base64')).via).toBe('base64');
    expect(detectKeyText(spkiPem).via).toBeUndefined();
  });

  it('random secrets, in every encoding people write them, stay secrets', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 128 }), (bytes) => {
        const buffer = Buffer.from(bytes);
        for (const text of [
          buffer.toString('base64'),
          buffer.toString('base64url'),
          buffer.toString('hex'),
        ]) {
          expect(isKeyMaterial(detectKeyText(text))).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
    expect(detectKeyText(randomBytes(64).toString('base64')).kind).toBe('secret');
  });

  it('hostile text (a BEGIN line with no end, long runs of spaces) is classified without stalling', () => {
    const long = `-----BEGIN ${' '.repeat(200_000)}`;
    expect(detectKeyText(long).kind).toBe('secret');
    expect(detectKeyText(`-----BEGIN X${'-'.repeat(100_000)}`).kind).toBe('pem-unknown');
    expect(detectKeyText(`-----BEGIN ${'A-'.repeat(100_000)}`).kind).toBe('secret');
  });

  it('text past the default key limit is read as written: its readings (a long task) are not tried', () => {
    // Base64 of a PEM followed by spaces: a key under its base64 reading, read within the limit only.
    const encoded = (bytes: number): string => Buffer.from(spkiPem.padEnd(bytes, ' ')).toString('base64');
    const within = encoded((READINGS_MAX_CHARS / 4) * 3);
    expect(within.length).toBe(READINGS_MAX_CHARS);
    expect(detectKeyText(within)).toMatchObject({ kind: 'spki', via: 'base64' });
    expect(detectKeyText(encoded((READINGS_MAX_CHARS / 4) * 3 + 3))).toEqual({ kind: 'secret' });
    // What is written stays found at any length.
    expect(detectKeyText(`${spkiPem}${' '.repeat(READINGS_MAX_CHARS)}x`).kind).toBe('spki');
  });
});
