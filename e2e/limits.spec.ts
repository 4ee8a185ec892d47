import { createHmac, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { expect, test } from './fixtures';
import { ClaimsArea } from './pages/claims';
import { ValidationArea } from './pages/validation';
import { CompareArea } from './pages/compare';
import { JweArea } from './pages/jwe';
import { TEST_IDS } from '../src/ui/test-ids';

function b64url(text: string): string {
  return Buffer.from(text).toString('base64url');
}

/** An HS256 token whose payload is about `bytes` of JSON: a long `groups` list between `sub` and `exp`. */
function tokenOfSize(bytes: number): string {
  const groups: string[] = [];
  for (let size = 0, i = 0; size < bytes; i++) {
    const group = `group-${i.toString().padStart(6, '0')}-aaaaaaaaaaaaaaaaaaaaaaaa`;
    groups.push(group);
    size += group.length + 3;
  }
  const payload = JSON.stringify({ sub: 'big-token-user', groups, exp: 1_900_000_000 });
  return `${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url(payload)}.${b64url('s'.repeat(32))}`;
}

test.describe('big and hostile tokens', () => {
  test('a 1 MB token decodes (off the page, in the worker) and shows its payload and every top-level claim', async ({
    app,
  }) => {
    const claims = new ClaimsArea(app.page);
    const workers: string[] = [];
    app.page.on('worker', (worker) => workers.push(worker.url()));
    await app.open();
    expect(workers.filter((url) => url.includes('decode'))).toEqual([]);
    await app.pasteToken(tokenOfSize(1_000_000));
    await expect(app.payloadJson).toContainText('"sub": "big-token-user"');
    await expect(app.decodeError).toBeHidden();
    await expect.poll(() => claims.names('payload')).toEqual(['sub', 'groups', 'exp']);
    // Thousands of groups: the first chips, and the rest counted rather than laid out.
    await expect(claims.chips('payload', 'groups')).toHaveCount(100);
    await expect(claims.row('payload', 'groups')).toContainText(/and [\d,]+ more/);
    expect(workers.filter((url) => url.includes('decode'))).toHaveLength(1);
  });

  test('while a 1 MB token decodes, the start of its payload shows at once, read-only and not copied; then all of it', async ({
    app,
    context,
  }) => {
    // The decode worker's script is held back, so the page is caught while the token decodes.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route(/decode\.worker-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    // The code that reads a token's start is fetched once the page is idle after its first paint.
    const previewCode = app.page.waitForResponse(/\/assets\/preview-[^/]*\.js$/);
    await app.open();
    await previewCode;
    await app.pasteToken(tokenOfSize(1_000_000));
    const payload = app.page.getByTestId('payload-json');
    await expect(app.page.getByTestId('payload-preview')).toBeVisible();
    await expect(payload).toContainText('"sub": "big-token-user"');
    await expect(payload).toContainText('"group-000000-');
    await expect(payload).toHaveAttribute('aria-readonly', 'true');
    const copy = app.page.getByRole('button', { name: 'Copy payload' });
    await expect(copy).toBeDisabled();
    // Typing into it changes nothing while it is the start only.
    await payload.locator('.cm-line', { hasText: '"sub"' }).click();
    await app.page.keyboard.type('x');
    await expect(payload).not.toContainText('"sub": "big-token-userx"');
    release();
    await expect(app.page.getByTestId('payload-preview')).toBeHidden();
    await expect(payload).toHaveAttribute('aria-readonly', 'false');
    await expect(copy).toBeEnabled();
    await expect(payload).toContainText('"sub": "big-token-user"');
  });

  test('a payload too big to parse on the page is still coloured and folds, and a short one is parsed again after', async ({
    app,
  }) => {
    await app.open();
    await app.pasteToken(tokenOfSize(1_000_000));
    const payload = app.page.getByTestId('payload-json');
    await expect(payload).toContainText('"sub": "big-token-user"');
    // The whole payload, not the start shown while it decodes (a fold made then ends where that start ended).
    await expect(app.page.getByTestId(TEST_IDS.payloadPreview)).toBeHidden();
    // Coloured from the lines on screen: the member names, a string, the brackets.
    await expect(payload.locator('.cm-json-key', { hasText: '"groups"' })).toBeVisible();
    await expect(payload.locator('.cm-json-string', { hasText: '"big-token-user"' })).toBeVisible();
    await expect(payload.locator('.cm-json-punctuation', { hasText: '[' }).first()).toBeVisible();
    // The groups fold from the indentation: the first group is hidden, `exp` after the list comes into view.
    const editor = app.page.locator('.cm-editor', { has: payload });
    await payload.locator('.cm-line', { hasText: '"groups"' }).click();
    await app.page.keyboard.press('Control+Shift+BracketLeft');
    await expect(editor.locator('.cm-foldPlaceholder')).toBeVisible();
    await expect(payload).not.toContainText('group-000000');
    await expect(payload).toContainText('"exp": 1900000000');
    // A short token is parsed again: its colours come from the JSON language (nested objects included).
    await app.pasteToken(
      `${b64url('{"alg":"HS256"}')}.${b64url('{"sub":"small","cnf":{"jkt":"x"}}')}.${b64url('s'.repeat(32))}`,
    );
    await expect(payload.locator('.cm-json-key', { hasText: '"jkt"' })).toBeVisible();
    await expect(editor.locator('.cm-foldPlaceholder')).toHaveCount(0);
  });

  test('a million dots from a link are refused with their count, not cut into a million segments', async ({
    app,
  }) => {
    await app.open(`#token=${'.'.repeat(1_000_000)}`);
    await expect(app.decodeProblem('SEGMENT_COUNT')).toContainText('1,000,001 segments');
  });

  test('a long payload that is not JSON shows its start, and more on request, rather than laying out all of it', async ({
    app,
  }) => {
    // 100,000 characters of text with a line number every 64: what shows is the start, cut where it says.
    const lines = Array.from(
      { length: 1563 },
      (_, i) => `line ${String(i).padStart(5, '0')} ${'x'.repeat(52)}`,
    );
    const text = lines.join('\n').slice(0, 100_000);
    await app.open();
    await app.pasteToken(`${b64url('{"alg":"HS256"}')}.${b64url(text)}.${b64url('s'.repeat(300_000))}`);
    await expect(app.payloadJson).toContainText('line 00000');
    const shown = async (): Promise<string> => (await app.payloadJson.textContent()) ?? '';
    expect(await shown()).toBe(text.slice(0, 8 * 1024));
    const block = app.payloadJson.locator('xpath=..');
    await expect(block.getByText('Showing the first 8 KB of 98 KB')).toBeVisible();
    await block.getByRole('button', { name: 'Show 32 KB more' }).click();
    await expect.poll(shown).toBe(text.slice(0, 40 * 1024));
    // The long signature segment is cut the same way, and its words are its own.
    expect(((await app.signatureView.textContent()) ?? '').length).toBe(8 * 1024);
    await expect(app.page.getByText('Showing the first 8 KB of 391 KB')).toBeVisible();
  });

  test.describe('with the clipboard', () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

    test('a long payload of bytes shows the start of its hex dump, and copy takes all of it', async ({
      app,
    }) => {
      // 30,000 bytes that are not UTF-8: a dump of 89,999 characters, of which the page makes only what it shows.
      const bytes = Buffer.from(Array.from({ length: 30_000 }, (_, i) => 0x80 + ((i * 7) % 128)));
      const lines: string[] = [];
      for (let i = 0; i < bytes.length; i += 16) {
        lines.push([...bytes.subarray(i, i + 16)].map((b) => b.toString(16).padStart(2, '0')).join(' '));
      }
      const dump = lines.join('\n');
      await app.open();
      await app.pasteToken(`${b64url('{"alg":"HS256"}')}.${bytes.toString('base64url')}.${b64url('s')}`);
      await expect(app.payloadJson).toContainText('80 87 8e 95');
      expect(await app.payloadJson.textContent()).toBe(dump.slice(0, 8 * 1024));
      const block = app.payloadJson.locator('xpath=..');
      await expect(block.getByText('Showing the first 8 KB of 88 KB')).toBeVisible();
      await block.getByRole('button', { name: 'Show 32 KB more' }).click();
      await expect
        .poll(async () => (await app.payloadJson.textContent()) ?? '')
        .toBe(dump.slice(0, 40 * 1024));
      await app.page.getByRole('button', { name: 'Copy payload' }).click();
      await expect.poll(() => app.clipboardText()).toBe(dump);
    });

    test('the JWE of a 1 MB token shows its start and says so; Copy takes all of it, and the editor opens it', async ({
      app,
    }) => {
      // All 1.3 MB of it in the card was 390 ms of layout.
      const jwe = new JweArea(app.page);
      await app.open();
      await app.pasteToken(tokenOfSize(1_000_000));
      await jwe.encryptButton.click();
      await jwe.encryptKey.fill('correct horse battery staple');
      await jwe.encryptAlg.selectOption('PBES2-HS256+A128KW');
      await jwe.encryptRun.click();
      const region = app.page.locator(jwe.encryptRegion);
      await expect(region.getByText(/^The first 16 KB of 1\.\d MB are shown\./)).toBeVisible();
      const shown = (await jwe.encryptOutput.textContent()) ?? '';
      expect(shown.length).toBe(16 * 1024);
      await region.getByRole('button', { name: 'Copy JWE' }).click();
      await expect.poll(async () => (await app.clipboardText()).length).toBeGreaterThan(1_000_000);
      const copied = await app.clipboardText();
      expect(copied.startsWith(shown)).toBe(true);
      expect(copied.split('.')).toHaveLength(5);
      await jwe.encryptOpen.click();
      await expect(app.tokenSummary).toContainText('JWE');
      await expect(app.tokenFolds.first()).toBeVisible();
    });

    test('copy just after typing in a big token takes the token typed, not the one decoded before', async ({
      app,
    }) => {
      const token = tokenOfSize(1_000_000);
      const [header = '', payload = '', signature = ''] = token.split('.');
      await app.open();
      await app.pasteToken(token);
      await expect(app.tokenSummary).toContainText('JWS');
      // Keeps the payload segment a length base64url allows.
      const typed = payload.length % 4 === 0 ? 'AA' : 'A';
      await app.caretBeforeSignature();
      await app.page.keyboard.type(typed);
      // Copied at once, as a quick hand can before the big token's decode is back (a click through Playwright
      // waits for the page to be still first).
      await app.page.evaluate(() =>
        document.querySelector<HTMLElement>('[aria-label="Copy token"]')?.click(),
      );
      const wanted = `${header}.${payload}${typed}.${signature}`;
      // Compared here: a megabyte in the failure message helps nobody.
      await expect
        .poll(async () => ((await app.clipboardText()) === wanted ? 'the token typed' : 'another text'))
        .toBe('the token typed');
    });
  });

  test('a token of 800 KB, decoded off the page, still marks repeated names and inexact numbers, and says them', async ({
    app,
  }) => {
    const groups = Array.from(
      { length: 25_000 },
      (_, i) => `group-${i.toString().padStart(6, '0')}-aaaaaaaaaaaaaaaa`,
    );
    // Written by hand: JSON.stringify can write neither a repeated name nor these digits.
    const payload = `{"admin":false,"admin":true,"id":12345678901234567890,"groups":${JSON.stringify(groups)}}`;
    await app.open();
    await app.pasteToken(`${b64url('{"alg":"HS256"}')}.${b64url(payload)}.${b64url('s'.repeat(32))}`);
    await expect(app.payloadJson).toContainText('"admin": true');
    await expect(app.payloadFlags('duplicate')).toHaveCount(2);
    await expect(app.payloadFlags('inexact')).toHaveText(['12345678901234567890']);
    await expect(app.payloadFlags('inexact')).toHaveAttribute('title', /12345678901234567000/);
    await app.findings.expectFinding('duplicate-member', 'high');
    await expect(app.findings.finding('inexact-number')).toHaveCount(1);
  });

  test('a big payload scrolls inside its pane, so the cards below it stay within reach', async ({ app }) => {
    const claims = new ClaimsArea(app.page);
    await app.open();
    await app.pasteToken(tokenOfSize(1_000_000));
    await expect(app.payloadJson).toContainText('"sub": "big-token-user"');
    const viewport = app.page.viewportSize()?.height ?? 720;
    const scroller = app.payloadJson.locator('xpath=ancestor::div[contains(@class, "cm-scroller")][1]');
    await expect
      .poll(async () => (await scroller.boundingBox())?.height ?? Infinity)
      .toBeLessThanOrEqual(viewport * 0.7 + 1);
    // The claims table, below the payload, is a few screens down the page, not half a million pixels.
    const row = await claims.row('payload', 'groups').boundingBox();
    expect(row?.y ?? Infinity).toBeLessThan(viewport * 4);
    // A typical payload still grows with its content: no scroll of its own.
    await app.pasteToken(tokenOfSize(2_000));
    await expect(app.payloadJson).toContainText('"sub": "big-token-user"');
    await expect.poll(() => scroller.evaluate((el) => el.scrollHeight - el.clientHeight)).toBe(0);
  });

  test('a payload of 100,000 brackets is refused as too deep', async ({ app }) => {
    await app.open();
    await app.pasteToken(`${b64url('{"alg":"HS256"}')}.${b64url('['.repeat(100_000))}.${b64url('s')}`);
    await expect(app.decodeProblem('JSON_TOO_DEEP')).toContainText('more than 512 levels');
  });

  test('a token over 8 MB is refused with its size; raising the limit decodes it', async ({ app }) => {
    await app.open();
    await app.pasteToken(tokenOfSize(6_500_000));
    await expect(app.decodeProblem('TOKEN_TOO_LARGE')).toContainText('over the 8 MB limit');
    await app.raiseTokenLimit();
    await expect(app.decodeError).toBeHidden({ timeout: 30_000 });
    await expect(app.payloadJson).toContainText('"sub": "big-token-user"');
  });

  test('a 16 MiB secret is not kept: the key input stays empty and says which limit, and a real secret works after', async ({
    app,
  }) => {
    await app.open();
    await app.key.use('k'.repeat(16 * 1024 * 1024));
    await expect(app.key.kind).toContainText('16 MB, over the 1 MB limit');
    await expect(app.key.input).toHaveValue('');
    await app.key.use('a-secret');
    await expect(app.key.kind).not.toContainText('limit');
  });

  test('typing in a 100 KB token shows each keystroke at once, and never a verdict for a token no longer on screen', async ({
    app,
  }) => {
    const secret = 'a-secret-for-a-big-token';
    const input = tokenOfSize(100_000).split('.').slice(0, 2).join('.');
    const token = `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
    await app.open();
    await app.pasteToken(token);
    await app.key.use(secret);
    await app.expectVerdict('verified');
    // What each frame shows while typing: the token editor's text length and the verdict.
    await app.page.evaluate(() => {
      const editor = document.querySelector('[data-testid="token-input"]');
      const status = document.querySelector('[data-testid="verify-status"]');
      const frames: { length: number; status: string | null }[] = [];
      const w = window as unknown as { frames_: typeof frames; watching: boolean };
      w.frames_ = frames;
      w.watching = true;
      const look = (): void => {
        frames.push({
          length: editor?.textContent.length ?? -1,
          status: status?.getAttribute('data-status') ?? null,
        });
        if (w.watching) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    const shown = (await app.tokenInput.textContent())?.length ?? 0;
    await app.tokenInput.click();
    await app.page.keyboard.press('ControlOrMeta+End');
    await app.page.keyboard.type('x');
    await app.expectVerdict('invalid');
    await app.page.keyboard.press('Backspace');
    await app.expectVerdict('verified');
    const frames = await app.page.evaluate(() => {
      const w = window as unknown as {
        frames_: { length: number; status: string | null }[];
        watching: boolean;
      };
      w.watching = false;
      return w.frames_;
    });
    const typed = frames.filter((f) => f.length === shown + 1);
    expect(typed.length).toBeGreaterThan(0);
    expect(typed.filter((f) => f.status === 'verified')).toEqual([]);
    expect(await app.tokenText()).toBe(token);
  });

  test('a 2 MB secret is refused with an offer to raise the key limit: one click reads it, and the token verifies', async ({
    app,
  }) => {
    const secret = 'correct horse battery staple '.repeat(72_000);
    const input = `${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url('{"sub":"big-secret"}')}`;
    await app.open();
    await app.pasteToken(`${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`);
    await app.key.use(secret);
    await expect(app.key.kind).toContainText('2.0 MB, over the 1 MB limit');
    await app.expectVerdict('error');
    const raise = app.page.getByTestId(TEST_IDS.raiseKeyLimit);
    await expect(raise).toHaveText('Raise the limit to 2 MB and read the key');
    await raise.click();
    await app.expectVerdict('verified');
    await expect(raise).toBeHidden();
    await expect(app.key.kind).toContainText('HMAC secret');
    // Read, not laid out: the key box says its size.
    await expect(app.key.input).toHaveValue('');
    await expect(app.page.getByText(/Key text of 2\.0 MB, not shown/)).toBeVisible();
  });

  test('a secret over even the raised limit (2 MB) is not offered a raise', async ({ app }) => {
    await app.open();
    await app.key.use('k'.repeat(3 * 1024 * 1024));
    await expect(app.key.kind).toContainText('3 MB, over the 1 MB limit');
    await expect(app.page.getByTestId(TEST_IDS.raiseKeyLimit)).toHaveCount(0);
  });

  test('a 16 MiB paste into the key input never reaches it: refused with its size, and the verdict says why', async ({
    app,
  }) => {
    await app.open();
    await app.key.pasteFromClipboard('k'.repeat(16 * 1024 * 1024));
    await expect(app.key.kind).toContainText('16 MB, over the 1 MB limit');
    await expect(app.key.input).toHaveValue('');
    await app.expectVerdict('error');
    await expect(app.verifyStatus).toContainText('over the 1 MB limit');
  });

  test('a 1 MB token to compare with is folded in its editor as the main token is, and a long value is cut in its row', async ({
    app,
  }) => {
    // It was a text box, which laid the megabyte out (0.7 s), and its row held the whole list (130 ms of layout).
    const compare = new CompareArea(app.page);
    await app.open();
    await app.pasteToken(
      `${b64url('{"alg":"HS256"}')}.${b64url('{"sub":"big-token-user"}')}.${b64url('s'.repeat(32))}`,
    );
    await compare.compareWith(tokenOfSize(1_000_000));
    await expect(compare.input.getByRole('button', { name: /hidden — show all$/ })).toHaveCount(1);
    const groups = compare.row('/payload/groups');
    await expect(groups).toContainText('(only in the compared token)');
    await expect(groups).toContainText(/\["group-000000-a+","group-000001-a+",.*… \(\d+ KB in all\)/);
    expect((await groups.textContent())?.length).toBeLessThan(1000);
  });

  test('a megabyte pasted as the key to encrypt with is kept, not laid out in its box, and the choices follow it at once', async ({
    app,
  }) => {
    // It was laid out in the box (0.5 s), then read as a shared key some 180 times, once per alg and enc (0.65 s).
    const jwe = new JweArea(app.page);
    await app.open();
    await jwe.encryptButton.click();
    await jwe.encryptKey.fill('k'.repeat(1_000_000));
    await expect(jwe.encryptKey).toHaveValue('');
    const region = app.page.locator(jwe.encryptRegion);
    await expect(region.getByText(/^Key text of 977 KB, not shown/)).toBeVisible();
    // A megabyte is a password (PBES2), never a shared key of the length an AES key needs.
    await expect(
      jwe.encryptAlg.locator('option', { hasText: /^A128KW \(does not fit the key\)$/ }),
    ).toHaveCount(1);
    await expect(jwe.encryptAlg.locator('option', { hasText: /^PBES2-HS256\+A128KW$/ })).toHaveCount(1);
  });

  test('a megabyte put into a small box (an expected issuer, the access token, judge at, leeway) is cut to what the box takes, and the box says so', async ({
    app,
  }) => {
    // Without a limit each box laid the megabyte out: 0.2 to 0.4 s at once, then 60 ms a second as the caret blinks.
    const validation = new ValidationArea(app.page);
    await app.open();
    const megabyte = 'i'.repeat(1_000_000);
    for (const [box, most] of [
      [validation.inputs.iss, 4096],
      [validation.inputs.hashInput, 65_536],
      [app.page.getByTestId(TEST_IDS.nowInput), 64],
      [app.page.getByTestId(TEST_IDS.leewayInput), 32],
    ] as const) {
      await box.fill(megabyte);
      await expect(box).toHaveValue(megabyte.slice(0, most));
      const words = `Longer text is cut: this box takes at most ${most.toLocaleString('en-US')} characters.`;
      await expect(app.page.getByText(words)).toBeVisible();
      await box.fill('');
      await expect(app.page.getByText(words)).toBeHidden();
    }
    // What the box took is what is checked: the token's issuer is not the first 4,096 characters of the paste.
    await validation.inputs.iss.fill(megabyte);
    await expect(validation.check('iss')).toHaveAttribute('data-status', 'fail');
    // The box's own words stay after the limit's: what judge at cannot read is still said.
    await expect(app.page.getByText(/takes at most 4,096 characters\. Exact match$/)).toBeVisible();
    await app.page.getByTestId(TEST_IDS.nowInput).fill(megabyte);
    await expect(app.page.getByText(/takes at most 64 characters\. \S/)).toBeVisible();
  });

  test('a JWKS too long to show is read and verifies, but the key box does not lay it out: it says its size, and shows it on request', async ({
    app,
  }) => {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    // 100 keys of about 400 bytes: 40 KB, within the 1 MB limit, too long to lay out in a text box.
    const keys = Array.from({ length: 100 }, (_, i) => {
      if (i === 99) return { ...publicKey.export({ format: 'jwk' }), kid: 'real', alg: 'RS256' };
      const n = randomBytes(256);
      n[0] = (n[0] ?? 0) | 0x80;
      return { kty: 'RSA', n: n.toString('base64url'), e: 'AQAB', kid: `k${i}`, alg: 'RS256' };
    });
    const jwks = JSON.stringify({ keys });
    const input = `${b64url('{"alg":"RS256","kid":"real"}')}.${b64url('{"sub":"many-keys"}')}`;
    await app.open();
    await app.pasteToken(`${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`);
    await app.key.use(jwks);
    await app.expectVerdict('verified');
    await expect(app.key.input).toHaveValue('');
    await expect(app.page.getByText(/Key text of \d+ KB, not shown/)).toBeVisible();
    await app.page.getByRole('button', { name: 'Show the key text' }).click();
    await expect(app.key.input).toHaveValue(jwks);
    // Typing into the box replaces what it held, as into any text box.
    await app.key.use('a-secret');
    await expect(app.key.input).toHaveValue('a-secret');
    await expect(app.page.getByText(/not shown/)).toBeHidden();
  });
});
