import AxeBuilder from '@axe-core/playwright';
import { EXP_MILLISECONDS, ENTRA_V2, EXPIRED, KEYCLOAK, NO_EXP, NOT_YET_VALID } from './claim-tokens';
import { expect, NOW_SECONDS, test } from './fixtures';
import { ClaimsArea } from './pages/claims';
import { rawToken, SECRET, TYPICAL } from './tokens';

test.describe('claims and time', () => {
  test('the cards of a long token follow it after its payload is painted, and are all of the new token', async ({
    app,
  }) => {
    const claims = new ClaimsArea(app.page);
    await app.open();
    await expect(claims.row('payload', 'name')).toBeVisible();
    // A long token (over LATER_MIN_CHARS): the claims, time, findings and checks follow after the payload is painted.
    const groups = Object.fromEntries(Array.from({ length: 2_000 }, (_, i) => [`group-${i}`, `role-${i}`]));
    const long = rawToken('{"alg":"HS256","typ":"JWT"}', JSON.stringify({ sub: 'long-one', ...groups }));
    expect(long.length).toBeGreaterThan(40_000);
    await app.pasteToken(long);
    await expect(app.payloadJson).toContainText('"long-one"');
    // Its first 200 members are listed (2,001 in all), the rest on request.
    await expect(claims.row('payload', 'group-198')).toBeVisible();
    await expect(app.page.getByRole('button', { name: 'Show 200 more (1,801 not shown)' })).toBeVisible();
    await expect(claims.row('payload', 'name')).toHaveCount(0);
    expect((await claims.names('payload')).slice(0, 2)).toEqual(['sub', 'group-0']);
  });

  test('an Entra ID v2 access token: every member in order, explained with its source', async ({ app }) => {
    const claims = new ClaimsArea(app.page);
    await app.open();
    await app.pasteToken(ENTRA_V2);
    await expect(claims.table).toBeVisible();
    expect(await claims.names('header')).toEqual(['typ', 'alg', 'kid']);
    expect(await claims.names('payload')).toEqual([
      'aud',
      'iss',
      'iat',
      'nbf',
      'exp',
      'aio',
      'azp',
      'azpacr',
      'name',
      'oid',
      'preferred_username',
      'rh',
      'roles',
      'scp',
      'sub',
      'tid',
      'uti',
      'ver',
      'wids',
    ]);
    await expect(claims.description('header', 'kid')).toHaveAttribute('data-source', 'RFC 7515');
    await expect(claims.description('payload', 'exp')).toHaveAttribute('data-source', 'RFC 7519');
    for (const name of ['tid', 'oid', 'azp', 'scp', 'roles', 'uti', 'rh', 'aio', 'ver', 'wids', 'azpacr']) {
      await expect(claims.description('payload', name)).not.toHaveText('');
    }
    await expect(claims.description('payload', 'tid')).toHaveAttribute('data-source', 'Microsoft Entra ID');
    await expect(claims.description('payload', 'scp')).toHaveAttribute('data-source', 'Microsoft Entra ID');
    await expect(claims.chips('payload', 'scp')).toHaveText(['User.Read', 'Orders.Manage']);
    await expect(claims.chips('payload', 'roles')).toHaveText(['Orders.Read', 'Orders.Write']);
    await expect(claims.row('payload', 'exp')).toContainText('2026-11-25T10:50:00Z');
    await expect(claims.row('payload', 'exp')).toContainText('expires in 50 min');
    await expect(claims.row('payload', 'iat')).toContainText('issued 10 min ago');
    await claims.expectTimeStatus('valid');
    await expect(claims.timeStatus).toContainText('50 min');
  });

  test('a Keycloak token: realm_access and resource_access explained one level down', async ({ app }) => {
    const claims = new ClaimsArea(app.page);
    await app.open();
    await app.pasteToken(KEYCLOAK);
    await expect(claims.description('payload', 'realm_access')).toHaveAttribute('data-source', 'Keycloak');
    await expect(claims.description('payload', 'resource_access')).toHaveAttribute('data-source', 'Keycloak');
    await expect(claims.description('payload', 'session_state')).toHaveAttribute('data-source', 'Keycloak');
    await expect(claims.chips('payload', 'realm_access')).toHaveText([
      'offline_access',
      'default-roles-shop',
      'uma_authorization',
    ]);
    await expect(claims.chips('payload', 'resource_access')).toHaveText(['manage-account', 'view-profile']);
    await expect(claims.row('payload', 'resource_access')).toContainText('account');
    await expect(claims.chips('payload', 'scope')).toHaveText(['openid', 'email', 'profile']);
    await expect(claims.row('payload', 'auth_time')).toContainText('authenticated 1 min ago');
    await claims.expectTimeStatus('valid');
  });

  test('a member nobody defines gets no description; a repeated member gets a row per copy', async ({
    app,
  }) => {
    const claims = new ClaimsArea(app.page);
    await app.open();
    await app.pasteToken(rawToken('{"alg":"HS256"}', '{"sub":"a","x-custom":1,"admin":false,"admin":true}'));
    await expect(claims.row('payload', 'x-custom')).toHaveCount(1);
    await expect(claims.description('payload', 'x-custom')).toHaveCount(0);
    await expect(claims.row('payload', 'admin')).toHaveCount(2);
    await expect(claims.time('sub')).toHaveCount(0);
  });

  test('a payload of 450 members lists 200 at first, and 200 more on each request', async ({ app, page }) => {
    // All 5,000 members of a payload in one table froze the page for 1.6 s.
    const claims = new ClaimsArea(page);
    const members = Object.fromEntries(Array.from({ length: 450 }, (_, i) => [`claim${i}`, i]));
    await app.open();
    await app.pasteToken(rawToken('{"alg":"HS256"}', JSON.stringify(members)));
    const payloadRows = claims.rows.and(page.locator('[data-part="payload"]'));
    await expect(payloadRows).toHaveCount(200);
    await expect(claims.row('payload', 'claim199')).toBeVisible();
    await page.getByRole('button', { name: 'Show 200 more (250 not shown)' }).click();
    await expect(payloadRows).toHaveCount(400);
    await page.getByRole('button', { name: 'Show 50 more (50 not shown)' }).click();
    await expect(payloadRows).toHaveCount(450);
    await expect(claims.row('payload', 'claim449')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Show \d+ more/ })).toHaveCount(0);
    // The header's one member is listed as always.
    await expect(claims.rows.and(page.locator('[data-part="header"]'))).toHaveCount(1);
    // A new token starts again from the first 200.
    await app.pasteToken(rawToken('{"alg":"HS384"}', JSON.stringify(members)));
    await expect(claims.row('header', 'alg')).toContainText('HS384');
    await expect(payloadRows).toHaveCount(200);
  });

  test('an expired token says so next to a verified signature', async ({ app }) => {
    const claims = new ClaimsArea(app.page);
    await app.open();
    await app.pasteToken(EXPIRED);
    await claims.expectTimeStatus('expired');
    await expect(claims.timeStatus).toContainText('3 days');
    await expect(claims.row('payload', 'exp')).toContainText('expired 3 days ago');
    await expect(claims.description('payload', 'hd')).toHaveAttribute('data-source', 'Google');
    await expect(claims.description('payload', 'nonce')).toHaveAttribute(
      'data-source',
      'OpenID Connect Core 1.0',
    );
    // Signature and time are two separate judgements, shown together.
    await app.pasteToken(
      TYPICAL.replace(
        /\..*\./,
        `.${Buffer.from(`{"sub":"x","exp":${NOW_SECONDS - 5}}`).toString('base64url')}.`,
      ),
    );
    await claims.expectTimeStatus('expired');
    await app.pasteToken(TYPICAL);
    await app.key.use(SECRET);
    await app.expectVerdict('verified');
    await claims.expectTimeStatus('valid');
  });

  test('not yet valid, exp in milliseconds and no expiry', async ({ app }) => {
    const claims = new ClaimsArea(app.page);
    await app.open();
    await app.pasteToken(NOT_YET_VALID);
    await claims.expectTimeStatus('not-yet-valid');
    await expect(claims.row('payload', 'nbf')).toContainText('valid in 10 min');
    await app.pasteToken(EXP_MILLISECONDS);
    await claims.expectTimeStatus('valid');
    await expect(claims.timeStatus).toContainText('milliseconds');
    await expect(claims.row('payload', 'exp')).toContainText('2026-11-25T11:00:00Z');
    await app.pasteToken(NO_EXP);
    await claims.expectTimeStatus('no-expiry');
    await expect(claims.timeline).toContainText('iat');
  });

  test('now-input and leeway-input change the judgement', async ({ app }) => {
    const claims = new ClaimsArea(app.page);
    await app.open();
    await app.pasteToken(KEYCLOAK);
    await claims.expectTimeStatus('valid');
    await claims.judgeAt('2026-11-25T10:05:00Z');
    await claims.expectTimeStatus('expired');
    await expect(claims.row('payload', 'exp')).toContainText('expired 1 min ago');
    await claims.setLeeway('120');
    await claims.expectTimeStatus('valid');
    await claims.setLeeway('');
    await claims.judgeAt(String(NOW_SECONDS + 240));
    await claims.expectTimeStatus('expired');
    await claims.judgeAt(String(NOW_SECONDS + 239));
    await claims.expectTimeStatus('valid');
    await claims.judgeAt('yesterday');
    await claims.expectRefused(claims.nowInput, /Enter an ISO 8601 date/);
    await claims.judgeAt('');
    await claims.expectTimeStatus('valid');
    await claims.setLeeway('soon');
    await claims.expectRefused(claims.leewayInput, /number of seconds/);
    await app.pasteToken(NOT_YET_VALID);
    await claims.setLeeway('');
    await claims.expectTimeStatus('not-yet-valid');
    await claims.setLeeway('600');
    await claims.expectTimeStatus('valid');
  });

  test('hovering a member name in the header or payload editor explains it, as the claims table does', async ({
    app,
  }) => {
    const claims = new ClaimsArea(app.page);
    await app.open();
    await app.pasteToken(ENTRA_V2);
    const tid = (await claims.description('payload', 'tid').textContent()) ?? '';
    expect(tid).not.toBe('');
    await claims.hoverMember('payload', 'tid');
    await expect(claims.memberTooltip).toHaveRole('tooltip');
    await expect(claims.memberTooltip).toContainText(tid);
    await expect(claims.memberTooltip).toContainText('Microsoft Entra ID · vendor claim');
    await claims.hoverMember('payload', 'exp');
    await expect(claims.memberTooltip).toContainText(
      (await claims.description('payload', 'exp').textContent()) ?? '',
    );
    await expect(claims.memberTooltip).toContainText('RFC 7519 §4.1.4');
    await claims.hoverMember('header', 'kid');
    await expect(claims.memberTooltip).toContainText('RFC 7515 §4.1.4');
    await expect(claims.memberTooltip).toHaveCount(1);
  });

  test('a payload that is first shown read line by line (over 4 KB) is parsed after its paint: its members are explained', async ({
    app,
  }) => {
    const claims = new ClaimsArea(app.page);
    await app.open();
    const groups = Array.from({ length: 300 }, (_, i) => `group-${String(i).padStart(4, '0')}`);
    await app.pasteToken(rawToken('{"alg":"HS256"}', JSON.stringify({ exp: 1_900_000_000, groups })));
    await expect(app.payloadJson).toContainText('group-0010');
    // CodeMirror marks the text with its language once the parser reads it.
    await expect(app.payloadJson).toHaveAttribute('data-language', 'json');
    await claims.hoverMember('payload', 'exp');
    await expect(claims.memberTooltip).toContainText('RFC 7519 §4.1.4');
  });

  test('a nested member is explained by its path (realm_access.roles); a name nobody defines gets nothing', async ({
    app,
  }) => {
    const claims = new ClaimsArea(app.page);
    await app.open();
    await app.pasteToken(KEYCLOAK);
    await claims.hoverMember('payload', 'roles');
    await expect(claims.memberTooltip).toContainText(/role/i);
    await expect(claims.memberTooltip).toContainText('Keycloak · vendor claim');
    await app.pasteToken(rawToken('{"alg":"HS256"}', '{"x-custom":{"roles":1},"sub":"a"}'));
    await claims.hoverMember('payload', 'sub');
    await expect(claims.memberTooltip).toContainText('RFC 7519 §4.1.2');
    // Resting on an unknown name closes the last tooltip and opens none.
    for (const name of ['x-custom', 'roles']) {
      await claims.hoverMember('payload', name);
      await expect(claims.memberTooltip).toHaveCount(0);
    }
  });

  test('the cursor in a member name explains it too, for keyboard users; Escape and leaving dismiss it', async ({
    app,
    page,
  }) => {
    const claims = new ClaimsArea(page);
    await app.open();
    await app.pasteToken(rawToken('{"alg":"HS256"}', '{"x-custom":1,"sub":"a","exp":1}'));
    const sub = (await claims.description('payload', 'sub').textContent()) ?? '';
    expect(sub).not.toBe('');
    await claims.moveCursorIntoMember('payload', 'x-custom');
    await expect(claims.editor('payload')).toBeFocused();
    await expect(claims.memberTooltip).toHaveCount(0);
    await claims.moveCursorIntoMember('payload', 'sub');
    await expect(claims.memberTooltip).toContainText(sub);
    await expect(claims.memberTooltip).toContainText('RFC 7519 §4.1.2');
    await expect(claims.editor('payload')).toHaveAccessibleDescription(new RegExp(sub.slice(0, 20)));
    await page.keyboard.press('ArrowRight');
    await expect(claims.memberTooltip).toContainText(sub);
    await page.keyboard.press('Escape');
    await expect(claims.memberTooltip).toHaveCount(0);
    await expect(claims.editor('payload')).not.toHaveAttribute('aria-describedby');
    await claims.moveCursorIntoMember('payload', 'exp');
    await expect(claims.memberTooltip).toContainText('RFC 7519 §4.1.4');
    await page.keyboard.press('Tab');
    await expect(claims.editor('payload')).not.toBeFocused();
    await expect(claims.memberTooltip).toHaveCount(0);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`no accessibility violations with a member tooltip shown, ${scheme}`, async ({ app, page }) => {
      const claims = new ClaimsArea(page);
      await page.emulateMedia({ colorScheme: scheme });
      await app.open();
      await app.pasteToken(ENTRA_V2);
      await claims.moveCursorIntoMember('payload', 'aud');
      await expect(claims.memberTooltip).toBeVisible();
      const results = await new AxeBuilder({ page })
        .include('section[aria-labelledby="payload-heading"]')
        .analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    test(`no accessibility violations with claims and time, ${scheme}`, async ({ app, page }) => {
      const claims = new ClaimsArea(page);
      await page.emulateMedia({ colorScheme: scheme });
      await app.open();
      await app.pasteToken(KEYCLOAK);
      await expect(claims.rows.first()).toBeVisible();
      await claims.judgeAt('not a date');
      // The claims and time parts of the page (the token editor and the JSON panes have their own checks).
      const results = await new AxeBuilder({ page }).include(claims.regions).analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
    });
  }
});
