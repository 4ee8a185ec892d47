import { execFileSync } from 'node:child_process';
import { createPrivateKey, generateKeyPairSync, sign } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { TEST_IDS } from '../src/ui/test-ids';
import { hs256, SECRET, TYPICAL } from './tokens';
import { expect, test } from './fixtures';

test.describe('signature verification', () => {
  test('an HMAC secret verifies, a wrong one does not, and its length is shown', async ({ app, page }) => {
    await app.open();
    await app.pasteToken(TYPICAL);
    const key = page.getByTestId(TEST_IDS.keyInput);
    await key.fill(SECRET);
    await expect(app.verifyStatus).toHaveAttribute('data-status', 'verified');
    await expect(page.getByTestId(TEST_IDS.keyKind)).toContainText(`HMAC secret, ${SECRET.length} bytes`);
    await key.fill(`${SECRET}x`);
    await expect(app.verifyStatus).toHaveAttribute('data-status', 'invalid');
    await expect(app.verifyStatus).toContainText('does not match');
    // Editing the token re-checks it; the verdict follows the token on screen.
    await key.fill(SECRET);
    await expect(app.verifyStatus).toHaveAttribute('data-status', 'verified');
    await app.pasteToken(hs256('{"alg":"HS256"}', '{"sub":"other"}', 'another-secret-entirely-32-bytes!!'));
    await expect(app.verifyStatus).toHaveAttribute('data-status', 'invalid');
  });

  test('a secret that only verifies in another encoding is pointed out, with a one-click switch', async ({
    app,
    page,
  }) => {
    await app.open();
    // Bytes whose base64 has '+' and '/', so only the base64 reading works.
    const raw = Buffer.alloc(32, 0xfb);
    const token = await new SignJWT({ sub: 'x' })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new Uint8Array(raw));
    await app.pasteToken(token);
    await page.getByTestId(TEST_IDS.keyInput).fill(raw.toString('base64'));
    await expect(app.verifyStatus).toHaveAttribute('data-status', 'invalid');
    await expect(app.verifyStatus).toContainText('read as base64');
    await app.verifyStatus.getByRole('button', { name: 'Read as base64', exact: true }).click();
    await expect(app.verifyStatus).toHaveAttribute('data-status', 'verified');
    await expect(page.getByTestId(TEST_IDS.secretEncodingBase64)).toHaveAttribute('aria-pressed', 'true');
    await page.getByTestId(TEST_IDS.secretEncodingHex).click();
    await expect(app.verifyStatus).toHaveAttribute('data-status', 'error');
    await page.getByTestId(TEST_IDS.keyInput).fill(raw.toString('hex'));
    await expect(app.verifyStatus).toHaveAttribute('data-status', 'verified');
  });

  test('PEM public keys, private keys, JWK and JWKS verify an RS256 token', async ({ app, page }) => {
    const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
    const token = await new SignJWT({ sub: 'x' })
      .setProtectedHeader({ alg: 'RS256', kid: 'main' })
      .sign(privateKey);
    await app.open();
    await app.pasteToken(token);
    const key = page.getByTestId(TEST_IDS.keyInput);
    await key.fill(await exportSPKI(publicKey));
    await expect(app.verifyStatus).toHaveAttribute('data-status', 'verified');
    await expect(page.getByTestId(TEST_IDS.keyKind)).toHaveText('RSA public key, 2048 bits');
    const jwk = await exportJWK(publicKey);
    await key.fill(
      JSON.stringify({
        keys: [
          { ...jwk, kid: 'old', n: jwk.n?.replace(/^./, 'x') },
          { ...jwk, kid: 'main' },
          { kty: 'oct', k: 'AA', kid: 'hmac' },
        ],
      }),
    );
    await expect(app.verifyStatus).toHaveAttribute('data-status', 'verified');
    await expect(page.getByTestId(TEST_IDS.keyKind)).toHaveText('JWKS, 3 keys');
    await expect(page.getByTestId('key-candidates')).toContainText('kid "old"');
    const node = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const nodeToken = await new SignJWT({}).setProtectedHeader({ alg: 'RS256' }).sign(node.privateKey);
    await app.pasteToken(nodeToken);
    await key.fill(node.privateKey.export({ format: 'pem', type: 'pkcs1' }).toString());
    await expect(app.verifyStatus).toHaveAttribute('data-status', 'verified');
    await expect(page.getByTestId(TEST_IDS.keyKind)).toContainText('RSA private key, 2048 bits');
    await key.fill(node.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString());
    await expect(app.verifyStatus).toHaveAttribute('data-status', 'verified');
    await expect(page.getByTestId(TEST_IDS.keyKind)).toContainText(
      'RSA private key, 2048 bits: its public half is used',
    );
    await key.fill(node.publicKey.export({ format: 'pem', type: 'pkcs1' }).toString());
    await expect(app.verifyStatus).toHaveAttribute('data-status', 'verified');
    await expect(page.getByTestId(TEST_IDS.keyKind)).toHaveText('RSA public key, 2048 bits');
  });

  test('an RSA public key pasted for an HS256 token is refused (key confusion)', async ({ app, page }) => {
    const { publicKey } = await generateKeyPair('RS256', { extractable: true });
    const pem = await exportSPKI(publicKey);
    const forged = await new SignJWT({ admin: true })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode(pem));
    await app.open();
    await app.pasteToken(forged);
    await page.getByTestId(TEST_IDS.keyInput).fill(pem);
    await expect(app.verifyStatus).toHaveAttribute('data-status', 'error');
    await expect(app.verifyStatus).toContainText('key-confusion');
  });

  test('an EC key for an RS256 token is an error that says why; garbage is an error too', async ({
    app,
    page,
  }) => {
    const { privateKey } = await generateKeyPair('RS256');
    const ec = await generateKeyPair('ES256', { extractable: true });
    await app.open();
    await app.pasteToken(await new SignJWT({}).setProtectedHeader({ alg: 'RS256' }).sign(privateKey));
    const key = page.getByTestId(TEST_IDS.keyInput);
    await key.fill(JSON.stringify(await exportJWK(ec.publicKey)));
    await expect(app.verifyStatus).toHaveAttribute('data-status', 'error');
    await expect(app.verifyStatus).toContainText('EC P-256');
    await key.fill('{"kty":"RSA"}');
    await expect(app.verifyStatus).toHaveAttribute('data-status', 'error');
    await expect(page.getByTestId(TEST_IDS.keyKind)).toContainText('Unreadable');
  });

  test('the previous verdict is never shown for new input', async ({ app, page }) => {
    await app.open();
    await app.pasteToken(TYPICAL);
    await page.getByTestId(TEST_IDS.keyInput).fill(SECRET);
    await expect(app.verifyStatus).toHaveAttribute('data-status', 'verified');
    // Record every status the element shows from here on, synchronously with each DOM change.
    await app.verifyStatus.evaluate((el) => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => seen.push(el.getAttribute('data-status') ?? '')).observe(el, {
        attributes: true,
      });
    });
    await app.pasteToken(hs256('{"alg":"HS256"}', '{"sub":"z"}', 'not-the-same-secret-at-all-32-bytes'));
    await expect(app.verifyStatus).toHaveAttribute('data-status', 'invalid');
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen.at(-1)).toBe('invalid');
    expect(seen).not.toContain('verified');
  });

  test('the signature verdict ignores expiry', async ({ app, page }) => {
    await app.open();
    await app.pasteToken(hs256('{"alg":"HS256"}', '{"sub":"x","exp":1000}', SECRET));
    await page.getByTestId(TEST_IDS.keyInput).fill(SECRET);
    await expect(app.verifyStatus).toHaveAttribute('data-status', 'verified');
  });
});

test.describe('more key formats', () => {
  test('an X.509 certificate, a SEC1 EC private key and an Ed25519 JWK verify', async ({
    app,
    page,
  }, testInfo) => {
    const dir = testInfo.outputPath('cert');
    mkdirSync(dir, { recursive: true });
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-subj',
        '/CN=signer.example/O=Example',
        '-days',
        '30',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    const privateKey = createPrivateKey(readFileSync(join(dir, 'key.pem')));
    const token = await new SignJWT({ sub: 'x' }).setProtectedHeader({ alg: 'ES256' }).sign(privateKey);
    await app.open();
    await app.pasteToken(token);
    const key = page.getByTestId(TEST_IDS.keyInput);
    await key.fill(readFileSync(join(dir, 'cert.pem'), 'utf8'));
    await expect(app.verifyStatus).toHaveAttribute('data-status', 'verified');
    await expect(page.getByTestId(TEST_IDS.keyKind)).toContainText(
      'X.509 certificate, CN=signer.example, valid until',
    );
    await key.fill(privateKey.export({ format: 'pem', type: 'sec1' }).toString());
    await expect(app.verifyStatus).toHaveAttribute('data-status', 'verified');
    await expect(page.getByTestId(TEST_IDS.keyKind)).toContainText('EC P-256 private key');

    const ed = await generateKeyPair('EdDSA', { extractable: true });
    await app.pasteToken(await new SignJWT({}).setProtectedHeader({ alg: 'EdDSA' }).sign(ed.privateKey));
    await key.fill(JSON.stringify(await exportJWK(ed.publicKey)));
    await expect(app.verifyStatus).toHaveAttribute('data-status', 'verified');
    await expect(page.getByTestId(TEST_IDS.keyKind)).toHaveText('Ed25519 public key (JWK)');
  });
});

test('ES256K (secp256k1, as in AT Protocol and DID tokens) verifies with a JWK, loaded on demand', async ({
  app,
  page,
}) => {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
  const input = `${Buffer.from('{"alg":"ES256K","typ":"JWT"}').toString('base64url')}.${Buffer.from('{"iss":"did:plc:abc"}').toString('base64url')}`;
  const signature = sign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' });
  await app.open();
  await app.pasteToken(`${input}.${signature.toString('base64url')}`);
  await page.getByTestId(TEST_IDS.keyInput).fill(JSON.stringify(publicKey.export({ format: 'jwk' })));
  await expect(app.verifyStatus).toHaveAttribute('data-status', 'verified');
  await expect(page.getByTestId(TEST_IDS.keyKind)).toHaveText('EC secp256k1 public key (JWK)');
});

test.describe('what a new user tripped over', () => {
  test('a signature one byte short says how long it is and how long it should be', async ({ app, page }) => {
    const token = hs256('{"alg":"HS256"}', '{"sub":"x"}', SECRET);
    const [h, p, s] = token.split('.');
    const short = Buffer.from(s ?? '', 'base64url')
      .subarray(0, 31)
      .toString('base64url');
    await app.open();
    await app.pasteToken(`${h ?? ''}.${p ?? ''}.${short}`);
    await page.getByTestId(TEST_IDS.keyInput).fill(SECRET);
    await expect(app.verifyStatus).toHaveAttribute('data-status', 'invalid');
    await expect(app.verifyStatus).toContainText(
      'The signature is 31 bytes, but HS256 signatures are 32 bytes',
    );
  });

  test('a PEM cut short says it is cut short and what was expected', async ({ app, page }) => {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const token = await new SignJWT({}).setProtectedHeader({ alg: 'RS256' }).sign(privateKey);
    const lines = publicKey.export({ format: 'pem', type: 'spki' }).toString().trim().split('\n');
    await app.open();
    await app.pasteToken(token);
    const key = page.getByTestId(TEST_IDS.keyInput);
    // Body lines lost in the middle: the DER ends early.
    await key.fill([...lines.slice(0, 4), lines.at(-1)].join('\n'));
    await expect(app.verifyStatus).toHaveAttribute('data-status', 'error');
    await expect(page.getByTestId(TEST_IDS.keyKind)).toContainText(
      'cut short: expected a public key (SubjectPublicKeyInfo) of 294 bytes, found only 144',
    );
    await expect(app.verifyStatus).toContainText('cut short');
    // No END line.
    await key.fill(lines.slice(0, -1).join('\n'));
    await expect(app.verifyStatus).toHaveAttribute('data-status', 'error');
    await expect(page.getByTestId(TEST_IDS.keyKind)).toContainText(
      'cut short: the "BEGIN PUBLIC KEY" line has no matching "-----END PUBLIC KEY-----" line',
    );
  });

  test('alg Ed448 (RFC 9864) verifies with an Ed448 public key', async ({ app, page }) => {
    const { publicKey, privateKey } = generateKeyPairSync('ed448');
    const input = `${Buffer.from('{"alg":"Ed448","typ":"JWT"}').toString('base64url')}.${Buffer.from('{"sub":"x"}').toString('base64url')}`;
    const signature = sign(null, Buffer.from(input), privateKey);
    await app.open();
    await app.pasteToken(`${input}.${signature.toString('base64url')}`);
    await page
      .getByTestId(TEST_IDS.keyInput)
      .fill(publicKey.export({ format: 'pem', type: 'spki' }).toString());
    await expect(app.verifyStatus).toHaveAttribute('data-status', 'verified');
    await expect(page.getByTestId(TEST_IDS.keyKind)).toHaveText('Ed448 public key');
  });
});
