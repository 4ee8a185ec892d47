// The wrong verdicts an attacker found (issue 9), driven through the built app with keys made by node:crypto.
import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { exportJWK, SignJWT } from 'jose';
import { b64url, hs256, rawToken, SECRET } from './tokens';
import { expect, test } from './fixtures';
import { SECRET_ENCODINGS } from './pages/key-area';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const spki = rsa.publicKey.export({ format: 'der', type: 'spki' });

function forgeHs256(secret: Buffer): string {
  const input = `${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url('{"sub":"admin","admin":true}')}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

test.describe('key confusion without PEM armour', () => {
  const pem = rsa.publicKey.export({ format: 'pem', type: 'spki' }).toString();
  const forms: ReadonlyArray<readonly [string, string, Buffer]> = [
    // [what users copy, the text pasted, the bytes a server reading it would use as the HMAC secret]
    ['bare base64 SPKI (Keycloak)', spki.toString('base64'), spki],
    ['DER as hex', spki.toString('hex'), spki],
    ['PEM body lines without armour', pem.split('\n').slice(1, -2).join('\n'), spki],
    [
      'lower-case PEM label',
      pem.replace(/PUBLIC KEY/g, 'public key'),
      Buffer.from(pem.replace(/PUBLIC KEY/g, 'public key')),
    ],
    [
      'tab-separated PEM label',
      pem.replace(/ PUBLIC/g, '\tPUBLIC'),
      Buffer.from(pem.replace(/ PUBLIC/g, '\tPUBLIC')),
    ],
  ];
  for (const [form, text, secret] of forms) {
    test(`${form}: an HS256 forgery is an error under every encoding, and no reading is offered`, async ({
      app,
    }) => {
      await app.open();
      await app.pasteToken(forgeHs256(secret));
      await app.key.use(text);
      for (const encoding of SECRET_ENCODINGS) {
        await app.key.readSecretAs(encoding);
        await app.expectVerdict('error');
        await expect(app.verifyStatus).toContainText('key-confusion');
        await expect(app.verdictAction(/^Read as/)).toHaveCount(0);
      }
    });
  }

  test('the bare base64 SPKI is read as the RSA public key it is, and verifies RS256', async ({ app }) => {
    await app.open();
    await app.pasteToken(
      await new SignJWT({ sub: 'x' }).setProtectedHeader({ alg: 'RS256' }).sign(rsa.privateKey),
    );
    await app.key.use(spki.toString('base64'));
    await app.expectVerdict('verified');
    await expect(app.key.kind).toContainText('RSA public key, 2048 bits');
  });
});

test.describe('headers no key can verify', () => {
  test('alg None, NONE and nOnE are unknown algorithms (error, quoted), never unsigned', async ({ app }) => {
    await app.open();
    for (const alg of ['None', 'NONE', 'nOnE']) {
      await app.key.clear();
      await app.pasteToken(hs256(JSON.stringify({ alg }), '{"sub":"x"}', SECRET));
      await app.expectVerdict('error');
      await expect(app.verifyStatus).toContainText(`"${alg}"`);
      await app.key.use(SECRET);
      await app.expectVerdict('error');
    }
    await app.pasteToken(rawToken('{"alg":"none"}', '{"sub":"x"}', ''));
    await app.expectVerdict('unsigned');
  });

  test('b64: false is an error that says so, for HS256 and RS256', async ({ app }) => {
    const header = '{"alg":"HS256","b64":false,"crit":["b64"]}';
    // The payload text is base64url characters, so the unencoded form signs the same bytes as the usual one.
    await app.open();
    await app.pasteToken(hs256(header, '{"sub":"x"}', SECRET));
    await app.key.use(SECRET);
    await app.expectVerdict('error');
    await expect(app.verifyStatus).toContainText('b64');
    const input = `${b64url('{"alg":"RS256","b64":false,"crit":["b64"]}')}.${b64url('{"sub":"x"}')}`;
    await app.pasteToken(
      `${input}.${sign('sha256', Buffer.from(input), rsa.privateKey).toString('base64url')}`,
    );
    await app.key.use(rsa.publicKey.export({ format: 'pem', type: 'spki' }).toString());
    await app.expectVerdict('error');
    await expect(app.verifyStatus).toContainText('RFC 7797');
  });
});

test.describe('JWKS', () => {
  test('a kid that matches no key of the set verifies, but says a kid-selecting server rejects it', async ({
    app,
  }) => {
    const jwk = await exportJWK(rsa.publicKey);
    await app.open();
    await app.pasteToken(
      await new SignJWT({})
        .setProtectedHeader({ alg: 'RS256', kid: '../../../../dev/null' })
        .sign(rsa.privateKey),
    );
    await app.key.use(JSON.stringify({ keys: [{ ...jwk, kid: 'k1' }] }));
    await app.expectVerdict('verified');
    await expect(app.verifyStatus).toContainText(
      'no key in the set has the token\'s kid "../../../../dev/null"',
    );
    await expect(app.verifyStatus).toContainText('rejects this token');
  });

  test('a JWKS of 5,000 keys lists the keys that matter and counts the rest', async ({ app }) => {
    const ed = generateKeyPairSync('ed25519');
    const jwk = await exportJWK(ed.publicKey);
    const keys = Array.from({ length: 5000 }, (_, i) => ({ ...jwk, kid: `k${i}` }));
    await app.open();
    await app.pasteToken(
      await new SignJWT({}).setProtectedHeader({ alg: 'EdDSA', kid: 'k4321' }).sign(ed.privateKey),
    );
    await app.key.use(JSON.stringify({ keys }));
    await app.expectVerdict('verified');
    const list = app.key.candidates;
    await expect(list).toContainText('kid "k4321"');
    await expect(list.getByRole('listitem')).toHaveCount(9);
    await expect(list).toContainText('4,992 more keys');
  });
});

test('the key is described while the token cannot be decoded', async ({ app }) => {
  await app.open();
  await app.pasteToken('definitely not a token');
  await app.key.use(SECRET);
  await expect(app.key.kind).toContainText(`HMAC secret, ${SECRET.length} bytes`);
  await app.expectVerdict('idle');
});
