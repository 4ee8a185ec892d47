import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { SINGLE_FILE_NAME } from '../vite.config';
import { SECRET, TYPICAL } from './tokens';
import { expect, test } from './fixtures';

const fileUrl = pathToFileURL(resolve('dist-single', SINGLE_FILE_NAME)).href;

test.describe('the one-file edition', () => {
  test('opened from file:// it loads nothing else, decodes a token from the fragment, and verifies', async ({
    app,
    page,
  }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const violations: string[] = [];
    page.on('console', (m) => {
      if (m.text().includes('Content Security Policy')) violations.push(m.text());
    });
    // Trusted Types violations do not name the policy in the console: the event reports every kind.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`Content Security Policy: ${event.effectiveDirective} ${event.blockedURI}`),
      );
    });

    await page.goto(`${fileUrl}#token=${TYPICAL}`);
    await expect(app.payloadJson).toContainText('"Grace Hopper"');
    await app.key.use(SECRET);
    await app.expectVerdict('verified');

    // An RS256 token and a JWK: key reading and verification, lazy chunks on the web, are inlined here.
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const token = await new SignJWT({ sub: 'offline' }).setProtectedHeader({ alg: 'RS256' }).sign(privateKey);
    await app.pasteToken(token);
    await app.key.use(JSON.stringify(await exportJWK(publicKey)));
    await app.expectVerdict('verified');

    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("require-trusted-types-for 'script'; trusted-types 'none'");
    expect(violations).toEqual([]);
    expect(requests.filter((url) => !url.startsWith('data:'))).toEqual([
      `${fileUrl}#token=${TYPICAL}`.split('#')[0],
    ]);
  });
});
