// What a new user tripped over (issue 10): controls shown only where they apply, each message once, and the
// sample's secret offered.
import { generateKeyPairSync } from 'node:crypto';
import { SignJWT } from 'jose';
import { TEST_IDS } from '../src/ui/test-ids';
import { rawToken, SECRET, TYPICAL } from './tokens';
import { expect, test } from './fixtures';

test('the sample token can be verified in one click with its secret', async ({ app, page }) => {
  await app.open();
  const offer = page.getByRole('button', { name: 'Use the sample secret' });
  await offer.click();
  await expect(page.getByTestId(TEST_IDS.keyInput)).not.toHaveValue('');
  await expect(app.verifyStatus).toHaveAttribute('data-status', 'verified');
  await expect(offer).toHaveCount(0);
  // Another token: no offer.
  await page.getByTestId(TEST_IDS.keyInput).fill('');
  await app.pasteToken(TYPICAL);
  await expect(offer).toHaveCount(0);
});

test('an unsigned token has no key input and says it is unsigned once', async ({ app, page }) => {
  await app.open();
  await app.pasteToken(rawToken('{"alg":"none"}', '{"sub":"x"}', ''));
  await expect(app.verifyStatus).toHaveAttribute('data-status', 'unsigned');
  await expect(page.getByTestId(TEST_IDS.keyInput)).toHaveCount(0);
  await expect(page.getByTestId(TEST_IDS.secretEncodingUtf8)).toHaveCount(0);
  await expect(page.getByText(/alg 'none'/)).toHaveCount(1);
});

test('the secret encoding is offered for HMAC tokens only, never for a token that takes a public key', async ({
  app,
  page,
}) => {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  await app.open();
  await app.pasteToken(TYPICAL);
  await page.getByTestId(TEST_IDS.keyInput).fill(SECRET);
  await expect(page.getByTestId(TEST_IDS.secretEncodingHex)).toBeVisible();
  await app.pasteToken(await new SignJWT({}).setProtectedHeader({ alg: 'RS256' }).sign(rsa.privateKey));
  await page
    .getByTestId(TEST_IDS.keyInput)
    .fill(rsa.publicKey.export({ format: 'pem', type: 'spki' }).toString());
  await expect(app.verifyStatus).toHaveAttribute('data-status', 'verified');
  await expect(page.getByTestId(TEST_IDS.secretEncodingHex)).toHaveCount(0);
  // A public key pasted for an HMAC token keeps the choice: every reading is refused as key confusion.
  await app.pasteToken(TYPICAL);
  await expect(app.verifyStatus).toHaveAttribute('data-status', 'error');
  await expect(page.getByTestId(TEST_IDS.secretEncodingHex)).toBeVisible();
});

test('header, payload and signature colours differ in the token, in both themes', async ({ app }) => {
  await app.open();
  await app.pasteToken(TYPICAL);
  for (const theme of ['Light theme', 'Dark theme'] as const) {
    await app.themeButton(theme).click();
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
