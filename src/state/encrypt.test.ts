import { createHmac, generateKeyPairSync } from 'node:crypto';
import { compactDecrypt, importPKCS8 } from 'jose';
import { describe, expect, it } from 'vitest';
import { createInlineDecodeEngine } from '../engine/decode-engine';
import { createLazyVerifyEngine } from '../engine/verify-engine';
import { createAppStore } from './create-store';
import { selectEncryptView } from './selectors/encrypt';
import { selectDecryptView } from './selectors/jwe';
import { selectLayers } from './selectors/layers';
import { QUIET_KNOWN_SECRET_ENGINE, UNUSED_SIGN_ENGINE, until } from './testing';

const b64u = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');
const INPUT = `${b64u('{"alg":"HS256"}')}.${b64u('{"sub":"alice"}')}`;
const TOKEN = `${INPUT}.${createHmac('sha256', 'secret').update(INPUT).digest('base64url')}`;
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const publicPem = rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const privatePem = rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

function store() {
  const s = createAppStore(
    {
      decode: createInlineDecodeEngine(),
      verify: createLazyVerifyEngine(),
      sign: UNUSED_SIGN_ENGINE,
      knownSecret: QUIET_KNOWN_SECRET_ENGINE,
    },
    Date.UTC(2026, 0, 1),
  );
  s.getState().setTokenText(TOKEN, 'user');
  s.getState().openEncrypt();
  return s;
}

describe('encrypting the token as a JWE', () => {
  it("wraps the token on screen to the recipient's public key, with the alg that fits it", async () => {
    const s = store();
    expect(selectEncryptView(s.getState()).blocked).toBeDefined();
    s.getState().setEncryptInput({ alg: 'A128KW' });
    s.getState().setEncryptInput({ keyText: publicPem });
    // The key is read: an RSA public key moves the alg to one it fits.
    expect(await until(() => s.getState().encryptForm.alg === 'RSA-OAEP-256')).toBe(true);
    expect(selectEncryptView(s.getState()).algs.find((a) => a.name === 'A128KW')?.fits).toBe(false);
    s.getState().encryptToken();
    expect(selectEncryptView(s.getState()).pending).toBe(true);
    expect(await until(() => selectEncryptView(s.getState()).output !== undefined)).toBe(true);
    const jwe = selectEncryptView(s.getState()).output ?? '';
    const { plaintext, protectedHeader } = await compactDecrypt(
      jwe,
      await importPKCS8(privatePem, 'RSA-OAEP-256'),
    );
    expect(new TextDecoder().decode(plaintext)).toBe(TOKEN);
    expect(protectedHeader).toMatchObject({ alg: 'RSA-OAEP-256', enc: 'A256GCM', cty: 'JWT' });
  });

  it('never overrides an alg the user picked while the key was being read; a new key gets a fitting one', async () => {
    const s = store();
    s.getState().setEncryptInput({ keyText: publicPem });
    s.getState().setEncryptInput({ alg: 'A256KW' });
    expect(await until(() => s.getState().encryptKey !== undefined)).toBe(true);
    expect(s.getState().encryptForm.alg).toBe('A256KW');
    s.getState().setEncryptInput({ keyText: 'a password' });
    expect(await until(() => s.getState().encryptForm.alg.startsWith('PBES2-'))).toBe(true);
  });

  it('drops a JWE made for a token no longer on screen, and says why a key does not fit', async () => {
    const s = store();
    s.getState().setEncryptInput({ keyText: publicPem });
    expect(await until(() => s.getState().encryptKey !== undefined)).toBe(true);
    s.getState().encryptToken();
    s.getState().setTokenText(`${TOKEN}x`, 'user');
    await new Promise((r) => setTimeout(r, 300));
    expect(selectEncryptView(s.getState()).output).toBeUndefined();
    s.getState().setEncryptInput({ alg: 'A256KW' });
    s.getState().encryptToken();
    expect(await until(() => selectEncryptView(s.getState()).failed)).toBe(true);
    expect(selectEncryptView(s.getState()).words).toMatch(/^Not encrypted/);
  });

  it('opens a JWE made with a password in the editor with the password as its key: it decrypts to the token', async () => {
    const s = store();
    s.getState().setEncryptInput({ keyText: 'correct horse battery staple' });
    expect(await until(() => s.getState().encryptForm.alg.startsWith('PBES2-'))).toBe(true);
    s.getState().encryptToken();
    expect(await until(() => selectEncryptView(s.getState()).output !== undefined)).toBe(true);
    s.getState().openEncrypted();
    expect(s.getState().documents.main.key.text).toBe('correct horse battery staple');
    expect(await until(() => selectDecryptView(s.getState())?.status === 'decrypted')).toBe(true);
    expect(await until(() => selectLayers(s.getState()).length === 2)).toBe(true);
    expect(s.getState().documents['layer-1']?.text).toBe(TOKEN);
  });
});
