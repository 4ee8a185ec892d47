import AxeBuilder from '@axe-core/playwright';
import { TEST_IDS } from '../src/ui/test-ids';
import { hs256, SECRET, TYPICAL } from './tokens';
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
