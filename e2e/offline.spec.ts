import { SECRET, TYPICAL } from './tokens';
import { expect, test } from './fixtures';

test.describe('offline and installable', () => {
  test('after one visit the site reloads, decodes and verifies with no network', async ({
    app,
    page,
    context,
  }) => {
    // The page may connect nowhere; the worker, under its own policy, may fetch what it precaches.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as { __violations?: string[] }).__violations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(event.effectiveDirective));
    });
    await app.open();
    // The service worker has precached the built files and controls the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await context.setOffline(true);
    // Without the service worker the reload itself fails: the network is gone.
    await page.reload();
    await expect(app.tokenInput).toBeVisible();
    await app.pasteToken(TYPICAL);
    await expect(app.payloadJson).toContainText('"name"');
    // Verification loads its code lazily: those chunks must come from the cache too.
    await app.key.use(SECRET);
    await app.expectVerdict('verified');
    expect(await page.evaluate(() => (window as { __violations?: string[] }).__violations)).toEqual([]);
  });

  test('the web manifest names the app and its icons, and every icon is served', async ({ app, page }) => {
    await app.open();
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).not.toBeNull();
    const manifestUrl = new URL(href ?? '', page.url());
    const response = await page.request.get(manifestUrl.href);
    expect(response.ok()).toBe(true);
    const manifest = (await response.json()) as {
      name: string;
      display: string;
      start_url: string;
      icons: { src: string; sizes: string; purpose?: string }[];
    };
    expect(manifest.name).toBe('JWT Debugger');
    expect(manifest.display).toBe('standalone');
    expect(manifest.start_url).toBe('./');
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
    for (const icon of manifest.icons) {
      const iconResponse = await page.request.get(new URL(icon.src, manifestUrl).href);
      expect(iconResponse.ok(), icon.src).toBe(true);
    }
  });

  test('Chromium finds the site installable as an app', async ({ app, page, context }) => {
    await app.open();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const cdp = await context.newCDPSession(page);
    await expect
      .poll(async () => {
        const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
        // Test browsers run every context off the record; that says nothing about the site.
        return installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito');
      })
      .toEqual([]);
  });
});
