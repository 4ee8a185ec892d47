import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyToken } from '../jws/verify';
import { readKeyText } from '../keys/read';
import { decodeToken } from '../token/decode';

// X25519 keys are read for JWE key agreement; signature checks must still refuse them cleanly.
describe('an X25519 key and signatures', () => {
  const pair = generateKeyPairSync('x25519');
  const token = 'eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiIxIn0.' + 'A'.repeat(86);

  it.each([
    ['public PEM', pair.publicKey.export({ format: 'pem', type: 'spki' }).toString()],
    ['private PEM', pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()],
  ])('%s: EdDSA verification says the key type does not fit', async (_name, keyText) => {
    const verdict = await verifyToken(decodeToken(token), await readKeyText(keyText, 'utf8'), keyText);
    expect(verdict).toMatchObject({ status: 'error', code: 'KEY_ALG_MISMATCH' });
  });
});
