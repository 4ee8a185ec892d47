import AxeBuilder from '@axe-core/playwright';
import { createCipheriv, generateKeyPairSync, randomBytes } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { CompactEncrypt, SignJWT } from 'jose';
import { expect, NOW_SECONDS, test } from './fixtures';
import { JweArea } from './pages/jwe';

const encoder = new TextEncoder();
const CLAIMS = { sub: 'alice', iss: 'https://issuer.example', exp: NOW_SECONDS + 3600 };

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const rsaPrivatePem = rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const rsaPublicPem = rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const otherRsaPem = generateKeyPairSync('rsa', { modulusLength: 2048 })
  .privateKey.export({ type: 'pkcs8', format: 'pem' })
  .toString();

function b64u(bytes: Uint8Array | string): string {
  return Buffer.from(typeof bytes === 'string' ? encoder.encode(bytes) : bytes).toString('base64url');
}

async function encrypt(
  plaintext: string,
  header: Record<string, unknown> & { alg: string; enc: string },
  key: Parameters<CompactEncrypt['encrypt']>[0],
): Promise<string> {
  return new CompactEncrypt(encoder.encode(plaintext)).setProtectedHeader(header).encrypt(key);
}

test.describe('JWE decryption (RFC 7516)', () => {
  test('an RSA-OAEP-256 JWE decrypts with the private key; it is never "verified"', async ({ app, page }) => {
    const jwe = new JweArea(page);
    const token = await encrypt(
      JSON.stringify(CLAIMS),
      { alg: 'RSA-OAEP-256', enc: 'A256GCM' },
      rsa.publicKey,
    );
    await app.open();
    await app.pasteToken(token);
    await jwe.expectDecrypt('idle');
    await expect(jwe.decryptStatus).toContainText('private key');
    await app.key.use(rsaPrivatePem);
    await jwe.expectDecrypt('decrypted');
    // The private key decrypts itself (a JWS would be verified with its public half).
    await expect(app.key.kind).toHaveText('RSA private key, 2048 bits');
    await expect(jwe.decryptStatus).toContainText('not');
    expect(await app.paneJson(app.payloadJson)).toEqual(CLAIMS);
    await expect(app.verifyStatus).toHaveAttribute('data-status', 'idle');
    const results = await new AxeBuilder({ page }).include(jwe.regions).analyze();
    expect(results.violations).toEqual([]);
  });

  test('a wrong private key fails, a public key is an error', async ({ app, page }) => {
    const jwe = new JweArea(page);
    const token = await encrypt('hello', { alg: 'RSA-OAEP', enc: 'A128CBC-HS256' }, rsa.publicKey);
    await app.open();
    await app.pasteToken(token);
    await app.key.use(otherRsaPem);
    await jwe.expectDecrypt('failed');
    await app.key.use(rsaPublicPem);
    await jwe.expectDecrypt('error');
    await expect(jwe.decryptStatus).toContainText('private');
    await app.key.use(rsaPrivatePem);
    await jwe.expectDecrypt('decrypted');
    await expect(app.payloadJson).toHaveText('hello');
  });

  test('a shared key given as base64url or hex decrypts a dir JWE', async ({ app, page }) => {
    const jwe = new JweArea(page);
    const key = randomBytes(32);
    const token = await encrypt(JSON.stringify(CLAIMS), { alg: 'dir', enc: 'A256GCM' }, key);
    await app.open();
    await app.pasteToken(token);
    await app.key.use(b64u(key));
    await jwe.expectDecrypt('decrypted');
    expect(await app.paneJson(app.payloadJson)).toEqual(CLAIMS);
    await app.key.use(key.toString('hex'));
    await jwe.expectDecrypt('decrypted');
    await app.key.use(b64u(randomBytes(32)));
    await jwe.expectDecrypt('failed');
  });

  test('192-bit AES, which Chromium lacks, decrypts too (A192KW with A192GCM, dir with A192CBC-HS384)', async ({
    app,
    page,
  }) => {
    const jwe = new JweArea(page);
    const kek = randomBytes(24);
    await app.open();
    await app.pasteToken(await encrypt('one', { alg: 'A192KW', enc: 'A192GCM' }, kek));
    await app.key.use(b64u(kek));
    await jwe.expectDecrypt('decrypted');
    await expect(app.payloadJson).toHaveText('one');
    const cek = randomBytes(48);
    await app.pasteToken(await encrypt('two', { alg: 'dir', enc: 'A192CBC-HS384' }, cek));
    await app.key.use(b64u(cek));
    await jwe.expectDecrypt('decrypted');
    await expect(app.payloadJson).toHaveText('two');
  });

  test('a PBES2 count above the limit is refused, and decrypts once the user allows it', async ({
    app,
    page,
  }) => {
    const jwe = new JweArea(page);
    const token = await new CompactEncrypt(encoder.encode('secret stuff'))
      .setProtectedHeader({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM' })
      .setKeyManagementParameters({ p2c: 200_000 })
      .encrypt(encoder.encode('correct horse battery staple'));
    await app.open();
    await app.pasteToken(token);
    await app.key.use('correct horse battery staple');
    await jwe.expectDecrypt('refused');
    await expect(jwe.decryptStatus).toContainText('200,000');
    await jwe.p2cRaise.click();
    await jwe.expectDecrypt('decrypted');
    await expect(app.payloadJson).toHaveText('secret stuff');
  });

  test('RSA1_5 is refused with the reason, before any key work', async ({ app, page }) => {
    const jwe = new JweArea(page);
    const header = b64u(JSON.stringify({ alg: 'RSA1_5', enc: 'A128CBC-HS256' }));
    const token = [
      header,
      b64u(randomBytes(256)),
      b64u(randomBytes(16)),
      b64u(randomBytes(32)),
      b64u(randomBytes(16)),
    ].join('.');
    await app.open();
    await app.pasteToken(token);
    await app.key.use(rsaPrivatePem);
    await jwe.expectDecrypt('refused');
    await expect(jwe.decryptStatus).toContainText('RFC 8725');
    await expect(jwe.p2cRaise).toHaveCount(0);
  });
});

/** A dir + A256GCM JWE whose plaintext is compressed (RFC 7516 section 4.1.3, `zip: "DEF"`), made by hand. */
function zipped(plaintext: Uint8Array, key: Buffer): string {
  const header = b64u(JSON.stringify({ alg: 'dir', enc: 'A256GCM', zip: 'DEF' }));
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(header, 'ascii'));
  const ciphertext = Buffer.concat([cipher.update(deflateRawSync(plaintext)), cipher.final()]);
  return [header, '', b64u(iv), b64u(ciphertext), b64u(cipher.getAuthTag())].join('.');
}

test.describe('Compressed JWE plaintext (zip: "DEF")', () => {
  test('a compressed payload is inflated; one that inflates past the cap is refused', async ({
    app,
    page,
  }) => {
    const jwe = new JweArea(page);
    const key = randomBytes(32);
    await app.open();
    await app.pasteToken(zipped(encoder.encode(JSON.stringify(CLAIMS)), key));
    await app.key.use(b64u(key));
    await jwe.expectDecrypt('decrypted');
    expect(await app.paneJson(app.payloadJson)).toEqual(CLAIMS);
    // A megabyte of zeros deflates to about a kilobyte: a zip bomb in small.
    await app.pasteToken(zipped(new Uint8Array(1024 * 1024), key));
    await jwe.expectDecrypt('refused');
    await expect(jwe.decryptStatus).toContainText('250 KB');
    await expect(jwe.p2cRaise).toHaveCount(0);
  });
});

test.describe('Nested tokens (a JWS inside a JWE)', () => {
  test('each layer is shown in turn, with its own key and verdict', async ({ app, page }) => {
    const jwe = new JweArea(page);
    const secret = 'inner-signing-secret-of-32-bytes!';
    const inner = await new SignJWT(CLAIMS)
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .sign(encoder.encode(secret));
    const outer = await encrypt(inner, { alg: 'RSA-OAEP-256', enc: 'A256GCM', cty: 'JWT' }, rsa.publicKey);
    await app.open();
    await app.pasteToken(outer);
    await expect(jwe.layers).toHaveCount(0);
    await app.key.use(rsaPrivatePem);
    await jwe.expectDecrypt('decrypted');
    await expect(jwe.layers).toHaveCount(2);
    expect(await jwe.layerStates()).toEqual([
      ['jwe', true],
      ['jws', false],
    ]);
    await expect(app.payloadJson).toHaveText(inner);
    await jwe.layer(1).click();
    await expect(jwe.layer(1)).toHaveAttribute('aria-selected', 'true');
    expect(await jwe.layerStates()).toEqual([
      ['jwe', false],
      ['jws', true],
    ]);
    expect(await app.paneJson(app.headerJson)).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(await app.paneJson(app.payloadJson)).toEqual(CLAIMS);
    await expect(app.key.input).toHaveValue('');
    await app.key.use(secret);
    await expect(app.verifyStatus).toHaveAttribute('data-status', 'verified');
    await app.key.use('not the secret');
    await expect(app.verifyStatus).toHaveAttribute('data-status', 'invalid');
    // Back to the outer layer: its key is still the one it was decrypted with.
    await jwe.layer(0).press('Enter');
    await expect(app.key.input).toHaveValue(rsaPrivatePem);
    await jwe.expectDecrypt('decrypted');
    await expect(app.verifyStatus).toHaveAttribute('data-status', 'idle');
    const results = await new AxeBuilder({ page }).include(jwe.regions).analyze();
    expect(results.violations).toEqual([]);
  });
});

test.describe('Encrypting the token (the encoder wraps it as a JWE)', () => {
  test("to a recipient's public key: the JWE opens in the editor and decrypts to the token", async ({
    app,
    page,
  }) => {
    const jwe = new JweArea(page);
    const secret = 'inner-signing-secret-of-32-bytes!';
    const token = await new SignJWT(CLAIMS)
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .sign(encoder.encode(secret));
    await app.open();
    await app.pasteToken(token);
    const made = await jwe.encrypt(rsaPublicPem);
    expect(made.split('.')).toHaveLength(5);
    await expect(jwe.encryptAlg).toHaveValue('RSA-OAEP-256');
    await expect(jwe.encryptStatus).toContainText('RSA-OAEP-256');
    const results = await new AxeBuilder({ page }).include(jwe.encryptRegion).analyze();
    expect(results.violations).toEqual([]);
    await jwe.encryptOpen.click();
    await jwe.expectDecrypt('idle');
    await app.key.use(rsaPrivatePem);
    await jwe.expectDecrypt('decrypted');
    await expect(app.payloadJson).toHaveText(token);
    await jwe.layer(1).click();
    expect(await app.paneJson(app.payloadJson)).toEqual(CLAIMS);
  });

  test('with a shared key in A192 (Chromium lacks 192-bit AES): it opens with the key and decrypts at once', async ({
    app,
    page,
  }) => {
    const jwe = new JweArea(page);
    await app.open();
    await app.pasteToken(
      await new SignJWT(CLAIMS).setProtectedHeader({ alg: 'HS256' }).sign(encoder.encode('k')),
    );
    await jwe.encrypt(b64u(randomBytes(24)), 'A192KW', 'A192GCM');
    await expect(jwe.encryptStatus).toContainText('A192KW');
    await jwe.encryptOpen.click();
    await jwe.expectDecrypt('decrypted');
    await expect(jwe.layers).toHaveCount(2);
  });

  test('a key that does not fit the alg is said, and nothing is made', async ({ app, page }) => {
    const jwe = new JweArea(page);
    await app.open();
    await app.pasteToken(
      await new SignJWT(CLAIMS).setProtectedHeader({ alg: 'HS256' }).sign(encoder.encode('k')),
    );
    await jwe.encryptButton.click();
    await jwe.encryptKey.fill(rsaPublicPem);
    await expect(jwe.encryptAlg).toHaveValue('RSA-OAEP-256');
    await jwe.encryptAlg.selectOption('A256KW');
    await jwe.encryptRun.click();
    await expect(jwe.encryptStatus).toContainText('Not encrypted');
    await expect(jwe.encryptOutput).toHaveCount(0);
  });
});
