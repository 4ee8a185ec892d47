import { createHash } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { EXPIRED } from './claim-tokens';
import { expect, NOW_SECONDS, test } from './fixtures';
import { ClaimsArea } from './pages/claims';
import { CHECK_IDS } from './pages/validation';
import { rawToken } from './tokens';

/** at_hash / c_hash (OpenID Connect Core 3.1.3.6): the left half of the SHA-256 of the value, base64url. */
const halfSha256 = (value: string): string =>
  createHash('sha256').update(value, 'ascii').digest().subarray(0, 16).toString('base64url');

const ISSUER = 'https://accounts.example.com';
const CLIENT = 's6BhdRkqt3';
const NONCE = 'n-0S6_WzA2Mj';
const ACCESS_TOKEN = 'SlAV32hkKG.access-token-issued-with-the-id-token';
const CODE = 'Qcb0Orv1zh30vL1MPRsbm-diHiMwcLyZvn1arpZv-Jxf_11jnpEX3Tgfvk';

const idToken = (extra: object = {}, header = '{"alg":"RS256","typ":"JWT","kid":"1e9gdk7"}') =>
  rawToken(
    header,
    JSON.stringify({
      iss: ISSUER,
      sub: '248289761001',
      aud: [CLIENT, 'another-client'],
      nonce: NONCE,
      iat: NOW_SECONDS - 60,
      exp: NOW_SECONDS + 600,
      ...extra,
    }),
  );

/** An ID token issued with an access token (implicit or hybrid flow): it carries at_hash. */
const ID_TOKEN = idToken({ at_hash: halfSha256(ACCESS_TOKEN) });

test.describe('validation', () => {
  test('an ID token that meets every expectation passes every check it can run', async ({ app }) => {
    const v = app.validation;
    await app.open();
    await app.pasteToken(ID_TOKEN);
    await v.expect({
      iss: ISSUER,
      aud: CLIENT,
      nonce: NONCE,
      typ: 'JWT',
      algs: 'RS256',
      hashInput: ACCESS_TOKEN,
    });
    await v.expectStatuses({
      exp: 'pass',
      nbf: 'skip',
      iat: 'pass',
      iss: 'pass',
      aud: 'pass',
      nonce: 'pass',
      typ: 'pass',
      alg: 'pass',
      at_hash: 'pass',
      c_hash: 'skip',
    });
    expect(await v.checks.evaluateAll((els) => els.map((e) => e.getAttribute('data-check')))).toEqual([
      ...CHECK_IDS,
    ]);
    await expect(v.check('iss')).toContainText(ISSUER);
    await expect(v.check('c_hash')).toContainText('absent');
  });

  test('wrong values fail, and say what was expected and found', async ({ app }) => {
    const v = app.validation;
    await app.open();
    await app.pasteToken(ID_TOKEN);
    await v.expect({
      iss: 'https://evil.example.com',
      aud: 'someone-else',
      nonce: 'replayed',
      typ: 'at+jwt',
      algs: 'ES256',
      hashInput: 'a different access token',
    });
    await v.expectStatuses({
      iss: 'fail',
      aud: 'fail',
      nonce: 'fail',
      typ: 'fail',
      alg: 'fail',
      at_hash: 'fail',
    });
    await expect(v.check('iss')).toContainText('https://evil.example.com');
    await expect(v.check('iss')).toContainText(ISSUER);
    // Corrected, each passes again.
    await v.expect({ iss: ISSUER, hashInput: ACCESS_TOKEN });
    await v.expectStatuses({ iss: 'pass', at_hash: 'pass', aud: 'fail' });
  });

  test('with nothing expected, every expectation is skipped; a missing expected claim fails', async ({
    app,
  }) => {
    const v = app.validation;
    await app.open();
    await app.pasteToken(ID_TOKEN);
    await expect(v.checks).toHaveCount(10);
    await v.expectStatuses({
      exp: 'pass',
      iat: 'pass',
      nbf: 'skip',
      iss: 'skip',
      aud: 'skip',
      nonce: 'skip',
      typ: 'skip',
      alg: 'skip',
      at_hash: 'skip',
      c_hash: 'skip',
    });
    await app.pasteToken(rawToken('{"alg":"HS256"}', '{"sub":"user-42"}'));
    await v.expect({ nonce: NONCE, typ: 'JWT' });
    await v.expectStatuses({ exp: 'skip', iat: 'skip', nonce: 'fail', typ: 'fail', iss: 'skip' });
  });

  test('an authorization code is checked against c_hash', async ({ app }) => {
    const v = app.validation;
    await app.open();
    await app.pasteToken(idToken({ c_hash: halfSha256(CODE) }));
    await v.expect({ hashInput: CODE });
    await v.expectStatuses({ c_hash: 'pass', at_hash: 'skip' });
    await v.expect({ hashInput: `${CODE}x` });
    await v.expectStatuses({ c_hash: 'fail' });
  });

  test('exp fails for a token expired at the pinned clock', async ({ app }) => {
    const v = app.validation;
    await app.open();
    await app.pasteToken(EXPIRED);
    await v.expectStatuses({ exp: 'fail', iat: 'pass' });
    await expect(v.check('exp')).toContainText('expired');
  });

  test('the leeway lets an exp that is just past pass', async ({ app }) => {
    const v = app.validation;
    const claims = new ClaimsArea(app.page);
    await app.open();
    await app.pasteToken(idToken({ exp: NOW_SECONDS - 30 }));
    await v.expectStatuses({ exp: 'fail' });
    await claims.setLeeway('60');
    await v.expectStatuses({ exp: 'pass' });
    await claims.setLeeway('10');
    await v.expectStatuses({ exp: 'fail' });
  });

  test('expected-algs is an allow-list, compared exactly', async ({ app }) => {
    const v = app.validation;
    await app.open();
    await app.pasteToken(ID_TOKEN);
    await v.expect({ algs: 'ES256, PS256' });
    await v.expectStatuses({ alg: 'fail' });
    await v.expect({ algs: 'ES256,RS256' });
    await v.expectStatuses({ alg: 'pass' });
    await v.expect({ algs: 'rs256' });
    await v.expectStatuses({ alg: 'fail' });
    await v.expect({ algs: ' , ' });
    await v.expectStatuses({ alg: 'skip' });
    await app.pasteToken(rawToken('{"alg":"none"}', '{"sub":"a"}', ''));
    await v.expect({ algs: 'RS256' });
    await v.expectStatuses({ alg: 'fail' });
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`no accessibility violations in the validation panel, ${scheme}`, async ({ app, page }) => {
      const v = app.validation;
      await page.emulateMedia({ colorScheme: scheme });
      await app.open();
      await app.pasteToken(ID_TOKEN);
      await v.expect({ iss: ISSUER, aud: 'wrong', hashInput: ACCESS_TOKEN });
      await v.expectStatuses({ iss: 'pass', aud: 'fail', at_hash: 'pass', nonce: 'skip' });
      const results = await new AxeBuilder({ page }).include(v.regionSelector).analyze();
      expect(
        results.violations.map((r) => `${r.id}: ${r.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
    });
  }
});
