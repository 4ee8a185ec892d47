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

  test('a token arriving while the token editor is being set up is the one kept', async ({ app, page }) => {
    // The moment the code editor replaces its plain-text stand-in (rendered, its effects not yet run), a redirect
    // brings a token in the fragment. The editor must not send back the sample it was rendered with.
    await page.addInitScript((t) => {
      const observer = new MutationObserver(() => {
        const standIn = document.querySelector('[data-testid="token-input"]');
        const editorHost = document.querySelector('.cm-editor');
        // Between the two most runs ('yes'); a loaded machine can run the editor's effects in the task of the swap,
        // so no observer sees the moment between: the token then arrives just after ('late'), still to be kept.
        const moment =
          standIn === null && editorHost === null ? 'yes' : editorHost !== null ? 'late' : undefined;
        if (moment !== undefined && document.body.dataset.swapped === undefined) {
          document.body.dataset.swapped = moment;
          observer.disconnect();
          window.history.replaceState(null, '', `#id_token=${t}`);
          window.dispatchEvent(new HashChangeEvent('hashchange'));
        }
      });
      document.addEventListener('DOMContentLoaded', () => {
        const wait = () => {
          if (document.querySelector('[data-testid="token-input"]') === null) {
            requestAnimationFrame(wait);
            return;
          }
          observer.observe(document.body, { childList: true, subtree: true });
        };
        wait();
      });
    }, TYPICAL);
    await page.goto('./');
    await expect(page.locator('body')).toHaveAttribute('data-swapped', /^(yes|late)$/);
    await expect(app.payloadJson).toContainText('"Grace Hopper"');
    await expect(app.tokenInput).toHaveAttribute('contenteditable', 'true');
    expect(await app.tokenText()).toBe(TYPICAL);
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
