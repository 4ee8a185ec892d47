import { generateKeyPairSync } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { TEST_IDS } from '../src/ui/test-ids';
import { b64url, hs256, SECRET, TYPICAL } from './tokens';
import { expect, test } from './fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const EXPIRED = hs256('{"alg":"HS256"}', '{"sub":"old","exp":1000000000}', SECRET);

test.describe('sharing a token on purpose', () => {
  test('a live token asks first; the link carries the token in the fragment and never the secret', async ({
    app,
    page,
    context,
  }) => {
    await app.open();
    await app.pasteToken(`Bearer ${TYPICAL}`);
    await page.getByTestId(TEST_IDS.keyInput).fill(SECRET);
    await expect(app.verifyStatus).toHaveAttribute('data-status', 'verified');

    await page.getByTestId(TEST_IDS.shareButton).click();
    const dialog = page.getByTestId(TEST_IDS.shareDialog);
    await expect(dialog).toBeVisible();
    await expect(page.getByTestId(TEST_IDS.shareWarning)).toContainText('has not expired');
    await expect(page.getByTestId(TEST_IDS.shareWarning)).toContainText('2100');
    const expected = `${new URL('./', page.url()).href}#token=${TYPICAL}`;
    await expect(page.getByTestId(TEST_IDS.shareLink)).toHaveValue(expected);
    await page.getByTestId(TEST_IDS.shareCopy).click();
    await expect(page.getByTestId(TEST_IDS.shareCopied)).toContainText('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(expected);
    expect(copied).not.toContain(SECRET);
    // Sharing copies; it does not put the token in this page's own address.
    expect(page.url()).not.toContain(TYPICAL);

    // The link opens the same token, and no key.
    const other = await context.newPage();
    await other.goto(copied);
    await expect(other.getByTestId(TEST_IDS.payloadJson)).toContainText('"Grace Hopper"');
    await expect(other.getByTestId(TEST_IDS.keyInput)).toHaveText('');
    await expect(other.getByTestId(TEST_IDS.verifyStatus)).toHaveAttribute('data-status', 'idle');
  });

  test('cancelling the warning copies nothing', async ({ app, page }) => {
    await app.open();
    await app.pasteToken(TYPICAL);
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    await page.getByTestId(TEST_IDS.shareButton).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByTestId(TEST_IDS.shareDialog)).toBeHidden();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('before');
  });

  test('an expired token is copied at once, without a warning', async ({ app, page }) => {
    await app.open();
    await app.pasteToken(EXPIRED);
    await page.getByTestId(TEST_IDS.shareButton).click();
    await expect(page.getByTestId(TEST_IDS.shareCopied)).toContainText('Link copied');
    await expect(page.getByTestId(TEST_IDS.shareDialog)).toBeHidden();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${new URL('./', page.url()).href}#token=${EXPIRED}`,
    );
  });

  test('the privacy note opens from the top bar and says what is and is not kept', async ({ app, page }) => {
    await app.open();
    await page.getByTestId(TEST_IDS.privacyButton).click();
    const note = page.getByTestId(TEST_IDS.privacyNote);
    await expect(note).toBeVisible();
    await expect(note).toContainText('Nothing is sent');
    await expect(note).toContainText('Nothing is kept');
    await expect(note).toContainText('never fetched');
    await page.getByRole('button', { name: 'Close' }).click();
    await expect(note).toBeHidden();
  });
});

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const PKCS8_PEM = rsa.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
const EC_DER = ec.privateKey.export({ format: 'der', type: 'pkcs8' });
/** An all-zero Ed25519 PKCS#8 key: its base64 has no '+', '/' or '=', so it can pass for base64url. */
const ZERO_ED25519_PEM = [
  '-----BEGIN PRIVATE KEY-----',
  Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.alloc(32)]).toString(
    'base64',
  ),
  '-----END PRIVATE KEY-----',
].join('\n');

/** With the spaces and line breaks dropped, the key joins the signature segment and the whole decodes. */
const TOKEN_THEN_KEY = `${b64url('{"alg":"HS256"}')}.${b64url('{"sub":"a"}')}.${b64url(Buffer.alloc(33))}\n${ZERO_ED25519_PEM}\n`;

/** Key text people paste into the token box by mistake. */
const KEY_TEXTS: ReadonlyArray<readonly [string, string]> = [
  ['a PKCS#8 private key', PKCS8_PEM],
  [
    'a private key with a lower-case, tab-separated label',
    PKCS8_PEM.replace(
      /-----(BEGIN|END) PRIVATE KEY-----/g,
      (_m, edge: string) => `-----${edge.toLowerCase()}\tprivate\tkey-----`,
    ),
  ],
  ['a private JWK', JSON.stringify(ec.privateKey.export({ format: 'jwk' }))],
  ['a PEM body without its armour', EC_DER.toString('base64').replace(/.{64}/g, '$&\n')],
  ['a token with a private key pasted after it', TOKEN_THEN_KEY],
];

test.describe('Share is offered only for a token, never for key text', () => {
  for (const [name, text] of KEY_TEXTS) {
    test(`${name} in the token box is never shared`, async ({ app, page }) => {
      await app.open();
      await page.evaluate(() => navigator.clipboard.writeText('before'));
      await app.pasteToken(text);
      // The last case decodes: only the explicit key-material check keeps it out of a link.
      if (text === TOKEN_THEN_KEY) await expect(app.decodeError).toBeHidden();
      const button = page.getByTestId(TEST_IDS.shareButton);
      await expect(button).toBeDisabled();
      await expect(button).toHaveAccessibleName('Share');
      await expect(button).toHaveAccessibleDescription(/key, not a token/);
      await button.click({ force: true });
      await expect(page.getByTestId(TEST_IDS.shareDialog)).toBeHidden();
      await expect(page.getByTestId(TEST_IDS.shareCopied)).toBeHidden();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('before');
    });
  }

  test('a token that does not decode cannot be shared, and the tooltip says why', async ({ app, page }) => {
    await app.open();
    await app.pasteToken(`${TYPICAL.slice(0, TYPICAL.lastIndexOf('.'))}.ab*cd`);
    await expect(app.decodeError).toBeVisible();
    const button = page.getByTestId(TEST_IDS.shareButton);
    await expect(button).toBeDisabled();
    await expect(button).toHaveAccessibleDescription(/decodes/);
    // A disabled button receives no pointer events: the tooltip listens on its wrapper.
    await button.locator('..').hover();
    await expect(page.getByRole('tooltip')).toContainText('decodes');

    // Mending the token offers Share again, with no leftover description.
    await app.pasteToken(TYPICAL);
    await expect(button).toBeEnabled();
    await expect(button).toHaveAccessibleDescription('');
  });

  test('the disabled Share button has no accessibility violations', async ({ app, page }) => {
    await app.open();
    await app.pasteToken(PKCS8_PEM);
    await expect(page.getByTestId(TEST_IDS.shareButton)).toBeDisabled();
    const results = await new AxeBuilder({ page }).include('header').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(', ')}`)).toEqual([]);
  });
});

test('a token with any exp in the future asks first, even when a repeated exp has passed', async ({
  app,
  page,
}) => {
  // A parser keeping the first exp sees a token valid until 2100; JSON.parse keeps the last, long past.
  const token = hs256('{"alg":"HS256"}', '{"sub":"dup","exp":4102444800,"exp":1000000000}', SECRET);
  await app.open();
  await page.evaluate(() => navigator.clipboard.writeText('before'));
  await app.pasteToken(token);
  await page.getByTestId(TEST_IDS.shareButton).click();
  await expect(page.getByTestId(TEST_IDS.shareDialog)).toBeVisible();
  await expect(page.getByTestId(TEST_IDS.shareWarning)).toContainText('has not expired');
  await expect(page.getByTestId(TEST_IDS.shareWarning)).toContainText('2100');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId(TEST_IDS.shareDialog)).toBeHidden();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('before');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the share and privacy dialogs have no accessibility violations (${scheme})`, async ({
    app,
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await app.open();
    await app.pasteToken(TYPICAL);
    for (const [button, dialog, close] of [
      [TEST_IDS.shareButton, TEST_IDS.shareDialog, 'Cancel'],
      [TEST_IDS.privacyButton, TEST_IDS.privacyNote, 'Close'],
    ] as const) {
      await page.getByTestId(button).click();
      await expect(page.getByTestId(dialog)).toBeVisible();
      await page.waitForTimeout(400);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(', ')}`)).toEqual([]);
      await page.getByRole('button', { name: close }).click();
      await expect(page.getByTestId(dialog)).toBeHidden();
    }
  });
}
