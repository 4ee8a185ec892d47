import AxeBuilder from '@axe-core/playwright';
import { KEYCLOAK } from './claim-tokens';
import { rawToken, TYPICAL, BIG_NUMBERS_PAYLOAD, DUPLICATE_PAYLOAD } from './tokens';
import { expect, test } from './fixtures';

test.describe('themes, copying, accessibility', () => {
  test('the theme follows the system and can be switched', async ({ app, page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await app.open();
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-theme', 'dark');
    const bodyDark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await app.topBar.chooseTheme('Light theme');
    await expect(html).toHaveAttribute('data-theme', 'light');
    const bodyLight = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bodyLight).not.toBe(bodyDark);
    await expect(app.topBar.themeButton('Light theme')).toHaveAttribute('aria-pressed', 'true');
    // The choice is a preference and survives a reload.
    await page.reload();
    await expect(html).toHaveAttribute('data-theme', 'light');
    await app.topBar.chooseTheme('System theme');
    await expect(html).toHaveAttribute('data-theme', 'dark');
  });

  test('copy buttons copy the token, header and payload', async ({ app, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await app.open();
    await app.pasteToken(`Bearer ${TYPICAL}`);
    await app.copyButton('token').click();
    expect(await app.clipboardText()).toBe(TYPICAL);
    await app.copyButton('header').click();
    expect(JSON.parse(await app.clipboardText())).toEqual({ alg: 'HS256', typ: 'JWT' });
    await app.copyButton('payload').click();
    expect(await app.clipboardText()).toBe((await app.payloadJson.innerText()).trim());
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`no accessibility violations in the ${scheme} theme`, async ({ app, page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await app.open();
      await app.pasteToken(rawToken('{"alg":"HS256","typ":"JWT"}', BIG_NUMBERS_PAYLOAD));
      await expect(app.payloadJson).toContainText('12345678901234567890');
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
      await app.pasteToken(`${rawToken('{"alg":"HS256"}', DUPLICATE_PAYLOAD).slice(0, 20)}*`);
      await expect(app.decodeError).toBeVisible();
      const withError = await new AxeBuilder({ page }).analyze();
      expect(withError.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(', ')}`)).toEqual(
        [],
      );
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    test(`no accessibility violations with a long token that scrolls, in the ${scheme} theme`, async ({
      app,
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await app.open();
      await app.pasteToken(KEYCLOAK);
      await expect(app.payloadJson).toContainText('realm_access');
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
    });
  }

  test('the page works by keyboard alone', async ({ app, page }) => {
    await app.open();
    // The theme switch loads just after the first paint (a box of its size stands in until then).
    await expect(app.topBar.themeButton('Light theme')).toBeVisible();
    // Tab from the top of the page reaches Share, Privacy and the theme switch, then the copy button and the
    // token editor.
    await page.keyboard.press('Tab');
    await expect(app.topBar.shareButton).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(app.topBar.privacyButton).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(app.topBar.themeButton('Light theme')).toBeFocused();
    let reached = false;
    for (let i = 0; i < 10 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await app.tokenInput.evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText(TYPICAL);
    await expect(app.payloadJson).toContainText('"Grace Hopper"');
    // Tab leaves the editor (it is not trapped) and reaches the copy buttons of the panes.
    await page.keyboard.press('Tab');
    await expect(app.tokenInput).not.toBeFocused();
  });
});
