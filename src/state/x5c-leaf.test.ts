import { createSign, generateKeyPairSync, X509Certificate, type KeyObject } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { selfSigned } from '../core/testing/certificates.node';
import { b64u } from '../core/testing/build-token';
import { createLazyVerifyEngine } from '../engine/verify-engine';
import { selectCarriedKeyWarning, selectX5c } from './selectors/findings';
import { selectVerifyStatus } from './selectors/verify';
import { testStore, until } from './testing';

const signer = generateKeyPairSync('rsa', { modulusLength: 2048 });
const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
let signerCert: X509Certificate;
let otherCert: X509Certificate;
beforeAll(() => {
  signerCert = selfSigned(signer.privateKey, 'signer.example');
  otherCert = selfSigned(other.privateKey, 'other.example');
});

function rs256(header: object, key: KeyObject = signer.privateKey): string {
  const input = `${b64u(JSON.stringify(header))}.${b64u('{"sub":"a"}')}`;
  return `${input}.${b64u(new Uint8Array(createSign('RSA-SHA256').update(input).sign(key)))}`;
}

const x5c = (cert: X509Certificate) => [cert.raw.toString('base64')];

async function loaded(token: string) {
  const store = testStore(createLazyVerifyEngine());
  store.getState().setTokenText(token);
  await until(() => selectX5c(store.getState()) !== undefined);
  return store;
}

describe('verifying with the x5c leaf certificate', () => {
  it('puts the leaf into the key input as PEM; verified, with the warning while that certificate is the key', async () => {
    const store = await loaded(rs256({ alg: 'RS256', x5c: x5c(signerCert) }));
    expect(selectX5c(store.getState())?.leafFits).toBe(true);
    expect(selectCarriedKeyWarning(store.getState())).toBeUndefined();

    store.getState().verifyWithX5cLeaf();
    // The PEM OpenSSL writes for that certificate (the certificate reading loads on the first use).
    expect(await until(() => store.getState().documents.main.key.text !== '')).toBe(true);
    expect(store.getState().documents.main.key.text).toBe(signerCert.toString());
    expect(await until(() => selectVerifyStatus(store.getState()) === 'verified')).toBe(true);
    expect(selectCarriedKeyWarning(store.getState())).toMatch(
      /came from the token itself.*"Verified" here proves only that the token is consistent with itself, not who made it/,
    );

    // Another key: the warning goes; the same certificate pasted again: it comes back.
    store.getState().setKeyText(signer.publicKey.export({ type: 'spki', format: 'pem' }).toString());
    expect(selectCarriedKeyWarning(store.getState())).toBeUndefined();
    expect(await until(() => selectVerifyStatus(store.getState()) === 'verified')).toBe(true);
    expect(selectCarriedKeyWarning(store.getState())).toBeUndefined();
    store.getState().setKeyText(`\n${signerCert.toString().replace(/\n/g, '\r\n')}`);
    expect(selectCarriedKeyWarning(store.getState())).toContain('came from the token itself');
    store.getState().setKeyText('');
    expect(selectCarriedKeyWarning(store.getState())).toBeUndefined();
  });

  it('the leaf of another key does not verify, and the warning says so', async () => {
    const store = await loaded(rs256({ alg: 'RS256', x5c: x5c(otherCert) }));
    store.getState().verifyWithX5cLeaf();
    expect(await until(() => store.getState().documents.main.key.text !== '')).toBe(true);
    expect(store.getState().documents.main.key.text).toBe(otherCert.toString());
    expect(await until(() => selectVerifyStatus(store.getState()) === 'invalid')).toBe(true);
    expect(selectCarriedKeyWarning(store.getState())).toMatch(
      /came from the token itself.*does not even match/,
    );
  });

  it("offers the leaf only when its key suits the token's alg; nothing to put without an x5c", async () => {
    expect(
      selectX5c((await loaded(rs256({ alg: 'ES256', x5c: x5c(signerCert) }))).getState())?.leafFits,
    ).toBe(false);
    const store = testStore(createLazyVerifyEngine());
    store.getState().setTokenText(rs256({ alg: 'RS256' }));
    store.getState().setKeyText('kept');
    store.getState().verifyWithX5cLeaf();
    // Given the time to load what reads the certificate: still nothing to put.
    await import('../core/jws/carried-key');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState().documents.main.key.text).toBe('kept');
  });
});
