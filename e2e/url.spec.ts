import { TYPICAL } from './tokens';
import { expect, test } from './fixtures';

test.describe('tokens in the URL fragment', () => {
  for (const name of ['token', 'id_token', 'access_token']) {
    test(`#${name}= loads the token`, async ({ app }) => {
      await app.open(`#state=xyz&${name}=${TYPICAL}&token_type=Bearer&expires_in=3600`);
      expect(await app.tokenText()).toBe(TYPICAL);
      await expect(app.payloadJson).toContainText('"Grace Hopper"');
      await expect(app.decodeError).toHaveCount(0);
    });
  }

  test('a token read from the address bar is taken out of it, kept out of history, and not reloaded', async ({
    app,
    page,
  }) => {
    await app.open('#state=xyz&token=' + TYPICAL);
    expect(await app.tokenText()).toBe(TYPICAL);
    await expect.poll(() => page.url()).not.toContain(TYPICAL);
    expect(new URL(page.url()).hash).toBe('#state=xyz');
    await page.reload();
    await expect(app.headerJson).toContainText('"alg"');
    expect(await app.tokenText()).not.toBe(TYPICAL);
    // A token arriving later in the fragment is read and taken out too.
    await page.evaluate((t) => {
      window.location.hash = `id_token=${t}`;
    }, TYPICAL);
    await expect(app.payloadJson).toContainText('"Grace Hopper"');
    await expect.poll(() => page.url()).not.toContain(TYPICAL);
    // The entry was replaced, not added: going back leaves the page instead of finding the token again.
    const entries = await page.evaluate(() => window.history.length);
    await page.goBack();
    expect(page.url()).not.toContain(TYPICAL);
    expect(entries).toBe(3);
  });

  test('a fragment without a token falls back to the sample, with no error', async ({ app }) => {
    await app.open('#state=abc&session_state=1');
    await expect(app.headerJson).toContainText('"alg"');
    await expect(app.decodeError).toHaveCount(0);
  });

  test('a token arriving in a changed fragment is loaded', async ({ app, page }) => {
    await app.open();
    await page.evaluate((t) => {
      window.location.hash = `id_token=${t}`;
    }, TYPICAL);
    await expect(app.payloadJson).toContainText('"Grace Hopper"');
  });

  test('the app works under a subpath with relative assets', async ({ page }) => {
    const response = await page.goto('./');
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe('/jwt-debugger/');
    const scripts = await page
      .locator('script[src]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('src')));
    for (const src of scripts) expect(src).toMatch(/^\.\//);
  });
});
