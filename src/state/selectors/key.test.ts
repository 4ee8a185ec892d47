import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readKeyText } from '../../core/keys/read';
import type { VerifyEngine } from '../../engine/verify-engine';
import { SAMPLE_SECRET, SAMPLE_TOKEN } from '../sample';
import { testStore, until } from '../testing';
import { selectKeyControls, selectKeyKind } from './key';

// Keys are read for real; verdicts never arrive (these tests are about the controls, not the verdict).
const engine: VerifyEngine = {
  readKey: (text, encoding) => readKeyText(text, encoding),
  verify: () => new Promise(() => undefined),
};

const b64 = (s: string): string => Buffer.from(s).toString('base64url');
const token = (header: string): string => `${b64(header)}.${b64('{"sub":"x"}')}.c2ln`;
const pem = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  .publicKey.export({ format: 'pem', type: 'spki' })
  .toString();

async function controlsFor(tokenText: string, keyText: string, source: 'user' | 'sample' = 'user') {
  const store = testStore(engine);
  store.getState().setTokenText(tokenText, source);
  store.getState().setKeyText(keyText);
  if (keyText !== '') await until(() => selectKeyKind(store.getState()) !== undefined);
  return selectKeyControls(store.getState());
}

describe('selectKeyControls', () => {
  it('offers the secret encoding for HMAC tokens, even with a public key pasted (every reading is refused)', async () => {
    expect((await controlsFor(token('{"alg":"HS256"}'), 'secret')).secretEncoding).toBe(true);
    expect((await controlsFor(token('{"alg":"HS256"}'), pem)).secretEncoding).toBe(true);
  });

  it('never offers it for a token whose alg takes a public key', async () => {
    expect((await controlsFor(token('{"alg":"ES256"}'), pem)).secretEncoding).toBe(false);
    expect((await controlsFor(token('{"alg":"ES256"}'), 'secret')).secretEncoding).toBe(false);
    expect((await controlsFor(token('{"alg":"ES256"}'), '')).secretEncoding).toBe(false);
  });

  it('for a token that does not decode, offers it only while the key is no key material', async () => {
    expect((await controlsFor('not a token', 'secret')).secretEncoding).toBe(true);
    expect((await controlsFor('not a token', pem)).secretEncoding).toBe(false);
  });

  it('shows the key input for a JWE, to decrypt with; the encodings for a shared key, not for a private key', async () => {
    const dir = `${b64('{"alg":"dir","enc":"A256GCM"}')}..AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA`;
    expect(await controlsFor(dir, '')).toEqual({ keyInput: true, secretEncoding: true, decrypt: true });
    const rsa = `${b64('{"alg":"RSA-OAEP","enc":"A256GCM"}')}.AAAA.AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA`;
    expect(await controlsFor(rsa, '')).toEqual({ keyInput: true, secretEncoding: false, decrypt: true });
  });

  it('hides the key input for an unsigned token', async () => {
    expect(await controlsFor(`${b64('{"alg":"none"}')}.${b64('{}')}.`, '')).toEqual({
      keyInput: false,
      secretEncoding: false,
      decrypt: false,
    });
  });

  it("offers the sample's secret only for the sample token with no key given", async () => {
    expect((await controlsFor(SAMPLE_TOKEN, '', 'sample')).sampleSecret).toBe(SAMPLE_SECRET);
    expect((await controlsFor(SAMPLE_TOKEN, 'x', 'sample')).sampleSecret).toBeUndefined();
    expect((await controlsFor(token('{"alg":"HS256"}'), '', 'user')).sampleSecret).toBeUndefined();
  });
});
