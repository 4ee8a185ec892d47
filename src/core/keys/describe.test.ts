import { describe, expect, it } from 'vitest';
import { describeKeyReading, describeKeySource } from './describe';
import type { KeySource, PublicKeyEntry, ReadKey } from './key-material';

type PastedForm = Extract<KeySource, { kind: 'pasted' }>['form'];

// One example per form; a new form without words fails the type check.
const FORMS: Record<PastedForm, string> = {
  spki: 'the pasted public key',
  'pkcs1-public': 'the pasted RSA public key',
  x509: "the certificate's public key",
  pkcs8: 'the public half of the pasted private key',
  'pkcs1-private': 'the public half of the pasted RSA private key',
  sec1: 'the public half of the pasted EC private key',
  jwk: 'the pasted JWK',
};

describe('describeKeySource', () => {
  it.each(Object.entries(FORMS))('names a pasted %s', (form, words) => {
    expect(describeKeySource({ kind: 'pasted', form: form as PastedForm })).toBe(words);
  });

  it('names a JWKS entry by its place (1-based) and kid', () => {
    expect(describeKeySource({ kind: 'jwks', index: 1, kid: 'a"b' })).toBe('key 2 of the JWKS (kid "a\\"b")');
    expect(describeKeySource({ kind: 'jwks', index: 0 })).toBe('key 1 of the JWKS');
  });
});

describe('describeKeyReading', () => {
  it('says a key cannot be read, and why', () => {
    expect(
      describeKeyReading({ ok: false, error: { code: 'PEM_NO_END_LINE', label: 'PUBLIC KEY' } }),
    ).toMatch(/^Unreadable key: The PEM text is cut short/);
  });

  const rsa = (fromPrivate: boolean): PublicKeyEntry => ({
    source: { kind: 'pasted', form: fromPrivate ? 'pkcs8' : 'spki' },
    jwk: { kty: 'RSA' },
    kty: 'RSA',
    bits: 2048,
    fromPrivate,
  });
  const keys = (entry: PublicKeyEntry): ReadKey => ({
    kind: 'keys',
    source: 'pkcs8',
    keys: [entry],
    unreadable: [],
  });

  it('for verifying, a private key is used through its public half; a secret is an HMAC secret', () => {
    expect(describeKeyReading({ ok: true, value: keys(rsa(true)) })).toBe(
      'RSA private key, 2048 bits: its public half is used',
    );
    const secret: ReadKey = { kind: 'secret', encoding: 'utf8', bytes: new Uint8Array(5) };
    expect(describeKeyReading({ ok: true, value: secret })).toBe('HMAC secret, 5 bytes (read as UTF-8 text)');
  });

  it('for decrypting, a private key is used itself, a public key cannot decrypt, a secret is a shared key or password', () => {
    expect(describeKeyReading({ ok: true, value: keys(rsa(true)) }, 'decrypt')).toBe(
      'RSA private key, 2048 bits',
    );
    expect(describeKeyReading({ ok: true, value: keys(rsa(false)) }, 'decrypt')).toMatch(
      /^RSA public key, 2048 bits: a public key encrypts, only its private key decrypts/,
    );
    const secret: ReadKey = { kind: 'secret', encoding: 'utf8', bytes: new Uint8Array(5) };
    expect(describeKeyReading({ ok: true, value: secret }, 'decrypt')).toBe(
      'Shared key or password, 5 bytes (read as UTF-8 text)',
    );
  });
});
