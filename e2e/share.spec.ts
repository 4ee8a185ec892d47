import { generateKeyPairSync } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { b64url, hs256, sdJwt, SECRET, TYPICAL } from './tokens';
import { DebuggerPage } from './debugger-page';
import { expect, NOW, NOW_SECONDS, test } from './fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Expired a day before the instant the tests run at. */
const EXPIRED = hs256('{"alg":"HS256"}', `{"sub":"old","exp":${NOW_SECONDS - 86_400}}`, SECRET);

test.describe('sharing a token on purpose', () => {
  test('a live token asks first; the link carries the token in the fragment and never the secret', async ({
    app,
    page,
    context,
  }) => {
    await app.open();
    await app.pasteToken(`Bearer ${TYPICAL}`);
    await app.key.use(SECRET);
    await app.expectVerdict('verified');

    await app.topBar.share();
    const dialog = app.topBar.shareDialog.root;
    await expect(dialog).toBeVisible();
    await expect(app.topBar.shareDialog.warning).toContainText('has not expired');
    await expect(app.topBar.shareDialog.warning).toContainText('2100');
    const expected = app.shareLinkFor(TYPICAL);
    await expect(app.topBar.shareDialog.link).toHaveValue(expected);
    await app.topBar.shareDialog.copyAnyway();
    await expect(app.topBar.linkCopied).toContainText('Link copied');
    const copied = await app.clipboardText();
    expect(copied).toBe(expected);
    expect(copied).not.toContain(SECRET);
    // Sharing copies; it does not put the token in this page's own address.
    expect(page.url()).not.toContain(TYPICAL);

    // The link opens the same token, and no key.
    const other = new DebuggerPage(await context.newPage());
    await other.page.goto(copied);
    await expect(other.payloadJson).toContainText('"Grace Hopper"');
    await expect(other.key.input).toHaveText('');
    await other.expectVerdict('idle');
  });

  test('an SD-JWT is shared whole (disclosures and key binding included) and opens as the same SD-JWT', async ({
    app,
    context,
  }) => {
    const token = sdJwt(true);
    await app.open();
    await app.pasteToken(token);
    await app.topBar.share();
    await expect(app.topBar.shareDialog.warning).toContainText('has not expired');
    await expect(app.topBar.shareDialog.link).toHaveValue(app.shareLinkFor(token));
    await app.topBar.shareDialog.copyAnyway();
    const other = new DebuggerPage(await context.newPage());
    await other.page.goto(await app.clipboardText());
    await expect(other.tokenSummary).toContainText('SD-JWT');
    expect(await other.tokenText()).toBe(token);
  });

  test('cancelling the warning copies nothing', async ({ app }) => {
    await app.open();
    await app.pasteToken(TYPICAL);
    await app.setClipboardText('before');
    await app.topBar.share();
    await app.topBar.shareDialog.cancel();
    await expect(app.topBar.shareDialog.root).toBeHidden();
    expect(await app.clipboardText()).toBe('before');
  });

  test('an expired token is copied at once, without a warning', async ({ app }) => {
    await app.open();
    await app.pasteToken(EXPIRED);
    await app.topBar.share();
    await expect(app.topBar.linkCopied).toContainText('Link copied');
    await expect(app.topBar.shareDialog.root).toBeHidden();
    expect(await app.clipboardText()).toBe(app.shareLinkFor(EXPIRED));
  });

  // The page judges expiry at the pinned instant NOW (RFC 7519 section 4.1.4: not accepted on or after exp).
  test('a token whose exp is the present second has expired and is copied at once', async ({ app }) => {
    const token = hs256('{"alg":"HS256"}', `{"sub":"now","exp":${NOW_SECONDS}}`, SECRET);
    await app.open();
    await app.pasteToken(token);
    await app.topBar.share();
    await expect(app.topBar.linkCopied).toContainText('Link copied');
    await expect(app.topBar.shareDialog.root).toBeHidden();
    expect(await app.clipboardText()).toBe(app.shareLinkFor(token));
  });

  test('a token that expires one second from now is live: Share asks first', async ({ app }) => {
    const token = hs256('{"alg":"HS256"}', `{"sub":"soon","exp":${NOW_SECONDS + 1}}`, SECRET);
    await app.open();
    await app.setClipboardText('before');
    await app.pasteToken(token);
    await app.topBar.share();
    await expect(app.topBar.shareDialog.root).toBeVisible();
    await expect(app.topBar.shareDialog.warning).toContainText('has not expired');
    await expect(app.topBar.shareDialog.warning).toContainText(String(NOW.getUTCFullYear()));
    await expect(app.topBar.shareDialog.link).toHaveValue(app.shareLinkFor(token));
    await app.topBar.shareDialog.cancel();
    expect(await app.clipboardText()).toBe('before');
  });

  test('the privacy note opens from the top bar and says what is and is not kept', async ({ app }) => {
    await app.open();
    await app.topBar.openPrivacyNote();
    const note = app.topBar.privacyNote.root;
    await expect(note).toBeVisible();
    await expect(note).toContainText('Nothing is sent');
    await expect(note).toContainText('Nothing is kept');
    await expect(note).toContainText('never fetched');
    await app.topBar.privacyNote.close();
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
    test(`${name} in the token box is never shared`, async ({ app }) => {
      await app.open();
      await app.setClipboardText('before');
      await app.pasteToken(text);
      // The last case decodes: only the explicit key-material check keeps it out of a link.
      if (text === TOKEN_THEN_KEY) await expect(app.decodeError).toBeHidden();
      const button = app.topBar.shareButton;
      await expect(button).toBeDisabled();
      await expect(button).toHaveAccessibleName('Share');
      await expect(button).toHaveAccessibleDescription(/key, not a token/);
      await button.click({ force: true });
      await expect(app.topBar.shareDialog.root).toBeHidden();
      await expect(app.topBar.linkCopied).toBeHidden();
      expect(await app.clipboardText()).toBe('before');
    });
  }

  test('a token that does not decode cannot be shared, and the tooltip says why', async ({ app, page }) => {
    await app.open();
    await app.pasteToken(`${TYPICAL.slice(0, TYPICAL.lastIndexOf('.'))}.ab*cd`);
    await expect(app.decodeError).toBeVisible();
    const button = app.topBar.shareButton;
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
    await expect(app.topBar.shareButton).toBeDisabled();
    const results = await new AxeBuilder({ page }).include('header').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(', ')}`)).toEqual([]);
  });
});

test('a token with any exp in the future asks first, even when a repeated exp has passed', async ({
  app,
}) => {
  // A parser keeping the first exp sees a token valid until 2100; JSON.parse keeps the last, long past.
  const token = hs256('{"alg":"HS256"}', '{"sub":"dup","exp":4102444800,"exp":1000000000}', SECRET);
  await app.open();
  await app.setClipboardText('before');
  await app.pasteToken(token);
  await app.topBar.share();
  await expect(app.topBar.shareDialog.root).toBeVisible();
  await expect(app.topBar.shareDialog.warning).toContainText('has not expired');
  await expect(app.topBar.shareDialog.warning).toContainText('2100');
  await app.topBar.shareDialog.cancel();
  await expect(app.topBar.shareDialog.root).toBeHidden();
  expect(await app.clipboardText()).toBe('before');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the share and privacy dialogs have no accessibility violations (${scheme})`, async ({
    app,
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await app.open();
    await app.pasteToken(TYPICAL);
    const { topBar } = app;
    for (const [open, dialog, close] of [
      [() => topBar.share(), topBar.shareDialog.root, () => topBar.shareDialog.cancel()],
      [() => topBar.openPrivacyNote(), topBar.privacyNote.root, () => topBar.privacyNote.close()],
    ] as const) {
      await open();
      await expect(dialog).toBeVisible();
      await page.waitForTimeout(400);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(', ')}`)).toEqual([]);
      await close();
      await expect(dialog).toBeHidden();
    }
  });
}
