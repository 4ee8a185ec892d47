import { execFileSync } from 'node:child_process';
import { createPrivateKey, generateKeyPairSync, sign } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { hs256, SECRET, TYPICAL } from './tokens';
import { expect, test } from './fixtures';

test.describe('signature verification', () => {
  test('an HMAC secret verifies, a wrong one does not, and its length is shown', async ({ app }) => {
    await app.open();
    await app.pasteToken(TYPICAL);
    await app.key.use(SECRET);
    await app.expectVerdict('verified');
    await expect(app.key.kind).toContainText(`HMAC secret, ${SECRET.length} bytes`);
    await app.key.use(`${SECRET}x`);
    await app.expectVerdict('invalid');
    await expect(app.verifyStatus).toContainText('does not match');
    // Editing the token re-checks it; the verdict follows the token on screen.
    await app.key.use(SECRET);
    await app.expectVerdict('verified');
    await app.pasteToken(hs256('{"alg":"HS256"}', '{"sub":"other"}', 'another-secret-entirely-32-bytes!!'));
    await app.expectVerdict('invalid');
  });

  test('a secret that only verifies in another encoding is pointed out, with a one-click switch', async ({
    app,
  }) => {
    await app.open();
    // Bytes whose base64 has '+' and '/', so only the base64 reading works.
    const raw = Buffer.alloc(32, 0xfb);
    const token = await new SignJWT({ sub: 'x' })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new Uint8Array(raw));
    await app.pasteToken(token);
    await app.key.use(raw.toString('base64'));
    await app.expectVerdict('invalid');
    await expect(app.verifyStatus).toContainText('read as base64');
    await app.verdictAction('Read as base64').click();
    await app.expectVerdict('verified');
    await expect(app.key.encoding('base64')).toHaveAttribute('aria-pressed', 'true');
    await app.key.readSecretAs('hex');
    await app.expectVerdict('error');
    await app.key.use(raw.toString('hex'));
    await app.expectVerdict('verified');
  });

  test('PEM public keys, private keys, JWK and JWKS verify an RS256 token', async ({ app }) => {
    const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
    const token = await new SignJWT({ sub: 'x' })
      .setProtectedHeader({ alg: 'RS256', kid: 'main' })
      .sign(privateKey);
    await app.open();
    await app.pasteToken(token);
    await app.key.use(await exportSPKI(publicKey));
    await app.expectVerdict('verified');
    await expect(app.key.kind).toHaveText('RSA public key, 2048 bits');
    const jwk = await exportJWK(publicKey);
    await app.key.use(
      JSON.stringify({
        keys: [
          { ...jwk, kid: 'old', n: jwk.n?.replace(/^./, 'x') },
          { ...jwk, kid: 'main' },
          { kty: 'oct', k: 'AA', kid: 'hmac' },
        ],
      }),
    );
    await app.expectVerdict('verified');
    await expect(app.key.kind).toHaveText('JWKS, 3 keys');
    await expect(app.key.candidates).toContainText('kid "old"');
    const node = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const nodeToken = await new SignJWT({}).setProtectedHeader({ alg: 'RS256' }).sign(node.privateKey);
    await app.pasteToken(nodeToken);
    await app.key.use(node.privateKey.export({ format: 'pem', type: 'pkcs1' }).toString());
    await app.expectVerdict('verified');
    await expect(app.key.kind).toContainText('RSA private key, 2048 bits');
    await app.key.use(node.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString());
    await app.expectVerdict('verified');
    await expect(app.key.kind).toContainText('RSA private key, 2048 bits: its public half is used');
    await app.key.use(node.publicKey.export({ format: 'pem', type: 'pkcs1' }).toString());
    await app.expectVerdict('verified');
    await expect(app.key.kind).toHaveText('RSA public key, 2048 bits');
  });

  test('an RSA public key pasted for an HS256 token is refused (key confusion)', async ({ app }) => {
    const { publicKey } = await generateKeyPair('RS256', { extractable: true });
    const pem = await exportSPKI(publicKey);
    const forged = await new SignJWT({ admin: true })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode(pem));
    await app.open();
    await app.pasteToken(forged);
    await app.key.use(pem);
    await app.expectVerdict('error');
    await expect(app.verifyStatus).toContainText('key-confusion');
  });

  test('an EC key for an RS256 token is an error that says why; garbage is an error too', async ({ app }) => {
    const { privateKey } = await generateKeyPair('RS256');
    const ec = await generateKeyPair('ES256', { extractable: true });
    await app.open();
    await app.pasteToken(await new SignJWT({}).setProtectedHeader({ alg: 'RS256' }).sign(privateKey));
    await app.key.use(JSON.stringify(await exportJWK(ec.publicKey)));
    await app.expectVerdict('error');
    await expect(app.verifyStatus).toContainText('EC P-256');
    await app.key.use('{"kty":"RSA"}');
    await app.expectVerdict('error');
    await expect(app.key.kind).toContainText('Unreadable');
  });

  test('the previous verdict is never shown for new input', async ({ app, page }) => {
    await app.open();
    await app.pasteToken(TYPICAL);
    await app.key.use(SECRET);
    await app.expectVerdict('verified');
    // Record every status the element shows from here on, synchronously with each DOM change.
    await app.verifyStatus.evaluate((el) => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => seen.push(el.getAttribute('data-status') ?? '')).observe(el, {
        attributes: true,
      });
    });
    await app.pasteToken(hs256('{"alg":"HS256"}', '{"sub":"z"}', 'not-the-same-secret-at-all-32-bytes'));
    await app.expectVerdict('invalid');
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen.at(-1)).toBe('invalid');
    expect(seen).not.toContain('verified');
  });

  test('the signature verdict ignores expiry', async ({ app }) => {
    await app.open();
    await app.pasteToken(hs256('{"alg":"HS256"}', '{"sub":"x","exp":1000}', SECRET));
    await app.key.use(SECRET);
    await app.expectVerdict('verified');
  });
});

test.describe('more key formats', () => {
  test('an X.509 certificate, a SEC1 EC private key and an Ed25519 JWK verify', async ({ app }, testInfo) => {
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
    await app.key.use(readFileSync(join(dir, 'cert.pem'), 'utf8'));
    await app.expectVerdict('verified');
    await expect(app.key.kind).toContainText('X.509 certificate, CN=signer.example, valid until');
    await app.key.use(privateKey.export({ format: 'pem', type: 'sec1' }).toString());
    await app.expectVerdict('verified');
    await expect(app.key.kind).toContainText('EC P-256 private key');

    const ed = await generateKeyPair('EdDSA', { extractable: true });
    await app.pasteToken(await new SignJWT({}).setProtectedHeader({ alg: 'EdDSA' }).sign(ed.privateKey));
    await app.key.use(JSON.stringify(await exportJWK(ed.publicKey)));
    await app.expectVerdict('verified');
    await expect(app.key.kind).toHaveText('Ed25519 public key (JWK)');
  });
});

test('ES256K (secp256k1, as in AT Protocol and DID tokens) verifies with a JWK, loaded on demand', async ({
  app,
}) => {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
  const input = `${Buffer.from('{"alg":"ES256K","typ":"JWT"}').toString('base64url')}.${Buffer.from('{"iss":"did:plc:abc"}').toString('base64url')}`;
  const signature = sign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' });
  await app.open();
  await app.pasteToken(`${input}.${signature.toString('base64url')}`);
  await app.key.use(JSON.stringify(publicKey.export({ format: 'jwk' })));
  await app.expectVerdict('verified');
  await expect(app.key.kind).toHaveText('EC secp256k1 public key (JWK)');
});

test.describe('what a new user tripped over', () => {
  test('a signature one byte short says how long it is and how long it should be', async ({ app }) => {
    const token = hs256('{"alg":"HS256"}', '{"sub":"x"}', SECRET);
    const [h, p, s] = token.split('.');
    const short = Buffer.from(s ?? '', 'base64url')
      .subarray(0, 31)
      .toString('base64url');
    await app.open();
    await app.pasteToken(`${h ?? ''}.${p ?? ''}.${short}`);
    await app.key.use(SECRET);
    await app.expectVerdict('invalid');
    await expect(app.verifyStatus).toContainText(
      'The signature is 31 bytes, but HS256 signatures are 32 bytes',
    );
  });

  test('a PEM cut short says it is cut short and what was expected', async ({ app }) => {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const token = await new SignJWT({}).setProtectedHeader({ alg: 'RS256' }).sign(privateKey);
    const lines = publicKey.export({ format: 'pem', type: 'spki' }).toString().trim().split('\n');
    await app.open();
    await app.pasteToken(token);
    // Body lines lost in the middle: the DER ends early.
    await app.key.use([...lines.slice(0, 4), lines.at(-1)].join('\n'));
    await app.expectVerdict('error');
    await expect(app.key.kind).toContainText(
      'cut short: expected a public key (SubjectPublicKeyInfo) of 294 bytes, found only 144',
    );
    await expect(app.verifyStatus).toContainText('cut short');
    // No END line.
    await app.key.use(lines.slice(0, -1).join('\n'));
    await app.expectVerdict('error');
    await expect(app.key.kind).toContainText(
      'cut short: the "BEGIN PUBLIC KEY" line has no matching "-----END PUBLIC KEY-----" line',
    );
  });

  test('alg Ed448 (RFC 9864) verifies with an Ed448 public key', async ({ app }) => {
    const { publicKey, privateKey } = generateKeyPairSync('ed448');
    const input = `${Buffer.from('{"alg":"Ed448","typ":"JWT"}').toString('base64url')}.${Buffer.from('{"sub":"x"}').toString('base64url')}`;
    const signature = sign(null, Buffer.from(input), privateKey);
    await app.open();
    await app.pasteToken(`${input}.${signature.toString('base64url')}`);
    await app.key.use(publicKey.export({ format: 'pem', type: 'spki' }).toString());
    await app.expectVerdict('verified');
    await expect(app.key.kind).toHaveText('Ed448 public key');
  });
});
