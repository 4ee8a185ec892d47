// The store with its real engines: edits are signed by the core, and the verdict is computed for what it made.
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createInlineDecodeEngine } from '../engine/decode-engine';
import { createLazySignEngine } from '../engine/sign-engine';
import { createLazyVerifyEngine } from '../engine/verify-engine';
import { createAppStore } from './create-store';
import { selectTokenText } from './selectors/document';
import { selectPublicKeyOutput, selectSignState } from './selectors/edit';
import { selectVerifyStatus, selectVerifyText } from './selectors/verify';
import { until } from './testing';

const realStore = () =>
  createAppStore(
    { decode: createInlineDecodeEngine(), verify: createLazyVerifyEngine(), sign: createLazySignEngine() },
    Date.UTC(2026, 10, 25),
  );
const b64 = (s: string): string => Buffer.from(s).toString('base64url');
const token = (alg: string): string => `${b64(`{"alg":"${alg}","typ":"JWT"}`)}.${b64('{"sub":"x"}')}.AAAA`;
const settled = (store: ReturnType<typeof realStore>) => () =>
  !['checking'].includes(selectVerifyStatus(store.getState())) &&
  selectSignState(store.getState()).status !== 'signing';

describe('signing with the real engines', () => {
  it('an edit with an HMAC secret re-signs, and the token verifies', async () => {
    const store = realStore();
    store.getState().setTokenText(token('HS256'));
    store.getState().setKeyText('a-secret-that-is-at-least-32-bytes-long!');
    store.getState().editPart('payload', '{"sub":"y","admin":true}');
    expect(await until(() => selectVerifyStatus(store.getState()) === 'verified')).toBe(true);
    expect(selectSignState(store.getState()).status).toBe('signed');
  });

  it('an edit with a PKCS#8 private key re-signs RS256; its public half is offered as SPKI PEM', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const store = realStore();
    store.getState().setTokenText(token('RS256'));
    store.getState().setKeyText(rsa.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString());
    store.getState().editPart('payload', '{"sub":"y"}');
    expect(await until(() => selectVerifyStatus(store.getState()) === 'verified')).toBe(true);
    expect(await until(() => selectPublicKeyOutput(store.getState()) !== undefined)).toBe(true);
    expect(selectPublicKeyOutput(store.getState())?.spkiPem?.trim()).toBe(
      rsa.publicKey.export({ format: 'pem', type: 'spki' }).toString().trim(),
    );
  });

  it('a pasted public key is converted (PEM to JWK); a private key also offers its private half', async () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const store = realStore();
    store.getState().setKeyText(ec.publicKey.export({ format: 'pem', type: 'spki' }).toString());
    expect(await until(() => selectPublicKeyOutput(store.getState()) !== undefined)).toBe(true);
    const pub = selectPublicKeyOutput(store.getState());
    expect(JSON.parse(pub?.jwk ?? '{}')).toEqual(ec.publicKey.export({ format: 'jwk' }));
    expect(pub?.privatePem).toBeUndefined();
    store.getState().setKeyText(JSON.stringify(ec.privateKey.export({ format: 'jwk' })));
    expect(await until(() => selectPublicKeyOutput(store.getState())?.privatePem !== undefined)).toBe(true);
    expect(selectPublicKeyOutput(store.getState())?.privatePem?.trim()).toBe(
      ec.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString().trim(),
    );
  });

  it('with a public key only, the old signature stays, the verdict is invalid, and the words ask for a private key', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const store = realStore();
    store.getState().setTokenText(token('RS256'));
    store.getState().setKeyText(rsa.publicKey.export({ format: 'pem', type: 'spki' }).toString());
    store.getState().editPart('payload', '{"sub":"y"}');
    expect(await until(() => selectSignState(store.getState()).status === 'kept-signature')).toBe(true);
    expect(await until(() => selectVerifyStatus(store.getState()) === 'invalid')).toBe(true);
    expect(selectVerifyText(store.getState())).toMatch(/private key/);
    expect(selectTokenText(store.getState()).endsWith('.AAAA')).toBe(true);
  });

  it('generate-key makes a key for the alg, puts it in the key input and re-signs', async () => {
    for (const alg of ['HS384', 'ES256', 'EdDSA']) {
      const store = realStore();
      store.getState().setTokenText(token(alg));
      store.getState().generateKey();
      expect(await until(() => selectVerifyStatus(store.getState()) === 'verified'), alg).toBe(true);
      expect(store.getState().documents.main.key.text).not.toBe('');
    }
  });

  it('set-kid-thumbprint writes the RFC 7638 thumbprint into the header and re-signs', async () => {
    const store = realStore();
    store.getState().setTokenText(token('ES256'));
    store.getState().generateKey();
    expect(await until(() => selectVerifyStatus(store.getState()) === 'verified')).toBe(true);
    store.getState().setKidThumbprint();
    expect(
      await until(() => {
        const header = JSON.parse(
          Buffer.from(selectTokenText(store.getState()).split('.')[0] ?? '', 'base64url').toString(),
        ) as { kid?: string };
        return typeof header.kid === 'string' && header.kid.length === 43;
      }),
    ).toBe(true);
    expect(await until(settled(store))).toBe(true);
    expect(selectVerifyStatus(store.getState())).toBe('verified');
  });

  it('an example for every algorithm of the table signs and verifies', async () => {
    for (const alg of ['HS256', 'RS256', 'PS256', 'ES384', 'Ed25519', 'ES256K']) {
      const store = realStore();
      store.getState().loadExample(alg);
      expect(await until(() => selectVerifyStatus(store.getState()) === 'verified'), alg).toBe(true);
    }
  });
});
