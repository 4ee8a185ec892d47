// What a new user tripped over (issue 10): controls shown only where they apply, each message once, and the
// sample's secret offered.
import { generateKeyPairSync } from 'node:crypto';
import { SignJWT } from 'jose';
import { rawToken, SECRET, TYPICAL } from './tokens';
import { expect, test } from './fixtures';

test('the sample token can be verified in one click with its secret', async ({ app }) => {
  await app.open();
  await app.key.useSampleSecret();
  await expect(app.key.input).not.toHaveValue('');
  await app.expectVerdict('verified');
  await expect(app.key.sampleSecretOffer).toHaveCount(0);
  // Another token: no offer.
  await app.key.clear();
  await app.pasteToken(TYPICAL);
  await expect(app.key.sampleSecretOffer).toHaveCount(0);
});

test('an unsigned token has no key input and says it is unsigned once', async ({ app, page }) => {
  await app.open();
  await app.pasteToken(rawToken('{"alg":"none"}', '{"sub":"x"}', ''));
  await app.expectVerdict('unsigned');
  await expect(app.key.input).toHaveCount(0);
  await expect(app.key.encoding('utf8')).toHaveCount(0);
  await expect(page.getByText(/alg 'none'/)).toHaveCount(1);
});

test('the secret encoding is offered for HMAC tokens only, never for a token that takes a public key', async ({
  app,
}) => {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  await app.open();
  await app.pasteToken(TYPICAL);
  await app.key.use(SECRET);
  await expect(app.key.encoding('hex')).toBeVisible();
  await app.pasteToken(await new SignJWT({}).setProtectedHeader({ alg: 'RS256' }).sign(rsa.privateKey));
  await app.key.use(rsa.publicKey.export({ format: 'pem', type: 'spki' }).toString());
  await app.expectVerdict('verified');
  await expect(app.key.encoding('hex')).toHaveCount(0);
  // A public key pasted for an HMAC token keeps the choice: every reading is refused as key confusion.
  await app.pasteToken(TYPICAL);
  await app.expectVerdict('error');
  await expect(app.key.encoding('hex')).toBeVisible();
});

test('header, payload and signature colours differ in the token, in both themes', async ({ app }) => {
  await app.open();
  await app.pasteToken(TYPICAL);
  for (const theme of ['Light theme', 'Dark theme'] as const) {
    await app.topBar.chooseTheme(theme);
    const colours = await Promise.all(
      (['header', 'payload', 'signature'] as const).map((part) =>
        app
          .segment(part)
          .first()
          .evaluate((el) => getComputedStyle(el).color),
      ),
    );
    expect(new Set(colours).size).toBe(3);
  }
});
