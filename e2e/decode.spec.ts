import {
  BIG_NUMBERS_PAYLOAD,
  DUPLICATE_PAYLOAD,
  makeJwe,
  rawToken,
  SECRET,
  sdJwt,
  TYPICAL,
  UNICODE_PAYLOAD,
} from './tokens';
import { expect, test } from './fixtures';

test.describe('live decoding', () => {
  test('a first visit shows a sample token, decoded', async ({ app }) => {
    await app.open();
    expect(await app.tokenText()).toMatch(/^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+$/);
    expect(await app.paneJson(app.headerJson)).toMatchObject({ alg: 'HS256', typ: 'JWT' });
    await expect(app.payloadJson).toContainText('"sub"');
    await expect(app.decodeError).toHaveCount(0);
    await app.expectVerdict('idle');
  });

  test('pasting a token decodes header and payload at once', async ({ app }) => {
    await app.open();
    await app.pasteToken(TYPICAL);
    expect(await app.paneJson(app.headerJson)).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(await app.paneJson(app.payloadJson)).toEqual({
      sub: 'user-42',
      name: 'Grace Hopper',
      iat: 1700000000,
      exp: 4102444800,
    });
    await expect(app.signatureView).toHaveText(TYPICAL.split('.')[2]!);
    await expect(app.page.getByText('32 bytes')).toBeVisible();
  });

  test('typing re-decodes on every keystroke', async ({ app }) => {
    await app.open();
    await app.pasteToken('');
    const [header, payload] = TYPICAL.split('.');
    await app.tokenInput.pressSequentially(`${header!}.`);
    await expect(app.headerJson).toContainText('"HS256"');
    await app.tokenInput.pressSequentially(payload!.slice(0, 20));
    // Part of a payload: the decoder says what is wrong with it rather than showing stale claims.
    await expect(app.payloadJson).not.toContainText('Grace Hopper');
    await app.tokenInput.pressSequentially(payload!.slice(20));
    await app.tokenInput.press('End');
    await app.tokenInput.pressSequentially('.abc');
    await expect(app.payloadJson).toContainText('"Grace Hopper"');
    await expect(app.decodeError).toHaveCount(0);
  });

  test('a keystroke that breaks the payload segment and one that mends it keep the same payload editor', async ({
    app,
    page,
  }) => {
    await app.open();
    await app.pasteToken(TYPICAL);
    await expect(app.payloadJson).toHaveAttribute('contenteditable', 'true');
    // Marks the payload editor's element, to see it is the same one after.
    await app.payloadJson.evaluate((el) => el.closest('.cm-editor')?.setAttribute('data-marked', ''));
    // The caret at the end of the payload segment.
    await app.caretBeforeSignature();
    // One more base64url character: a byte more, so the payload is no longer JSON and shows as text.
    await page.keyboard.type('A');
    await expect(app.payloadJson).toHaveJSProperty('tagName', 'PRE');
    // The hidden editor answers to no test id: only what is shown does.
    await expect(app.payloadJson).toHaveCount(1);
    await page.keyboard.press('Backspace');
    await expect(app.payloadJson).toContainText('"Grace Hopper"');
    await expect(app.payloadJson).toHaveAttribute('contenteditable', 'true');
    expect(
      await app.payloadJson.evaluate((el) => el.closest('.cm-editor')?.hasAttribute('data-marked')),
    ).toBe(true);
  });

  test('typing over a selection replaces it, coloured at once, and undo takes the typing back', async ({
    app,
    page,
  }) => {
    await app.open();
    await app.pasteToken(TYPICAL);
    await app.tokenInput.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('eyJ.x');
    await expect(app.tokenInput).toHaveText('eyJ.x');
    await expect(app.segment('dot')).toHaveCount(1);
    await page.keyboard.press('ControlOrMeta+z');
    await expect(app.tokenInput).toHaveText(TYPICAL);
    await expect(app.payloadJson).toContainText('"Grace Hopper"');
  });

  test('the three segments are coloured distinctly and the dots are neutral', async ({ app }) => {
    await app.open();
    await app.pasteToken(TYPICAL);
    const color = async (kind: 'header' | 'payload' | 'signature' | 'dot') =>
      app
        .segment(kind)
        .first()
        .evaluate((el) => getComputedStyle(el).color);
    const [h, p, s, d] = [
      await color('header'),
      await color('payload'),
      await color('signature'),
      await color('dot'),
    ];
    expect(new Set([h, p, s, d]).size).toBe(4);
    await expect(app.segment('header')).toHaveText(TYPICAL.split('.')[0]!);
    await expect(app.segment('payload')).toHaveText(TYPICAL.split('.')[1]!);
    await expect(app.segment('signature')).toHaveText(TYPICAL.split('.')[2]!);
    await expect(app.segment('dot')).toHaveCount(2);
    // The panes share their segment's colour.
    const headerHeading = await app.page
      .getByRole('heading', { name: 'Header' })
      .evaluate((el) => getComputedStyle(el).color);
    expect(headerHeading).toBe(h);
  });

  test('numbers keep their digits, and those JavaScript cannot hold are marked', async ({ app }) => {
    await app.open();
    await app.pasteToken(rawToken('{"alg":"HS256"}', BIG_NUMBERS_PAYLOAD));
    await expect(app.payloadJson).toContainText('"id": 12345678901234567890');
    await expect(app.payloadJson).toContainText('"huge": 1e400');
    await expect(app.payloadJson).toContainText('"negzero": -0.0');
    await expect(app.payloadJson).toContainText('"three": 3.0');
    const flagged = app.payloadFlags('inexact');
    await expect(flagged).toHaveText(['12345678901234567890', '1e400']);
    await expect(flagged.first()).toHaveAttribute('title', /12345678901234567000/);
    // Said once, by the inexact-number finding (with where it is and what JavaScript reads), not under the pane.
    await expect(app.findings.finding('inexact-number')).toHaveCount(2);
    await expect(app.findings.finding('inexact-number').first()).toContainText(
      'The number 12345678901234567890 (/payload/id) cannot be held exactly by JavaScript, which reads it as 12345678901234567000',
    );
    await expect(app.saying(/12345678901234567890 .*cannot be held exactly/)).toHaveCount(1);
    await expect(app.paneNotes('payload')).toHaveCount(0);
  });

  test('member order is kept as the token has it', async ({ app }) => {
    await app.open();
    await app.pasteToken(rawToken('{"typ":"JWT","alg":"HS256"}', '{"z":1,"b":2,"10":3,"2":4}'));
    const text = (await app.payloadJson.textContent()) ?? '';
    expect(text.replace(/\s/g, '')).toBe('{"z":1,"b":2,"10":3,"2":4}');
    expect(((await app.headerJson.textContent()) ?? '').replace(/\s/g, '')).toBe(
      '{"typ":"JWT","alg":"HS256"}',
    );
  });

  test('duplicate member names are shown and flagged', async ({ app }) => {
    await app.open();
    await app.pasteToken(rawToken('{"alg":"HS256"}', DUPLICATE_PAYLOAD));
    await expect(app.payloadJson).toContainText('"admin": false');
    await expect(app.payloadJson).toContainText('"admin": true');
    await expect(app.payloadFlags('duplicate')).toHaveCount(2);
    // Said once, by the duplicate-member finding, not again under the pane.
    await app.findings.expectFinding('duplicate-member', 'high');
    await expect(app.findings.finding('duplicate-member')).toContainText(
      '"admin" more than once (/payload/admin)',
    );
    await expect(app.saying(/which copy wins/)).toHaveCount(1);
    await expect(app.paneNotes('payload')).toHaveCount(0);
  });

  test('unicode text is shown correctly', async ({ app }) => {
    await app.open();
    await app.pasteToken(rawToken('{"alg":"HS256"}', UNICODE_PAYLOAD));
    await expect(app.payloadJson).toContainText('"🔐🎉"');
    await expect(app.payloadJson).toContainText('"認証トークン"');
    await expect(app.payloadJson).toContainText('"مرحبا بالعالم"');
    // Escapes are shown as written.
    await expect(app.payloadJson).toContainText('"a\\u00e9b"');
  });

  test('a payload that is not JSON is shown as text, and one that is not UTF-8 as hex', async ({ app }) => {
    await app.open();
    await app.pasteToken(
      `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${Buffer.from('hello, world').toString('base64url')}.c2ln`,
    );
    await expect(app.payloadJson).toHaveText('hello, world');
    await expect(app.note('PAYLOAD_NOT_JSON')).toBeVisible();
    await expect(app.decodeError).toHaveCount(0);
    await app.pasteToken(
      `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${Buffer.from([0xff, 0xfe, 0x00, 0x41]).toString('base64url')}.c2ln`,
    );
    await expect(app.payloadJson).toHaveText('ff fe 00 41');
    await expect(app.note('PAYLOAD_BINARY')).toBeVisible();
  });

  test('a compact JWE is recognised: header decoded, content said to be encrypted', async ({ app }) => {
    await app.open();
    await app.pasteToken(await makeJwe());
    expect(await app.paneJson(app.headerJson)).toEqual({ alg: 'dir', enc: 'A256GCM', kid: 'enc-key-1' });
    await expect(app.payloadJson).toContainText('encrypted');
    await expect(app.page.getByText(/encrypted token \(JWE\)/)).toBeVisible();
    await expect(app.decodeError).toHaveCount(0);
    await expect(app.page.getByRole('heading', { name: 'Protected header' })).toBeVisible();
  });

  test("alg 'none' is unsigned", async ({ app }) => {
    await app.open();
    await app.pasteToken(rawToken('{"alg":"none"}', '{"sub":"x"}', ''));
    await app.expectVerdict('unsigned');
    await expect(app.decodeError).toHaveCount(0);
  });

  test('token contents are text, never HTML', async ({ app, page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await app.open();
    await app.pasteToken(
      rawToken('{"alg":"HS256"}', '{"x":"<img src=x onerror=alert(1)><script>alert(2)</script>"}'),
    );
    await expect(app.payloadJson).toContainText('<img src=x onerror=alert(1)><script>alert(2)</script>');
    await expect(app.payloadJson.locator('img, script')).toHaveCount(0);
    expect(dialogs).toBe(0);
  });
});

test.describe('SD-JWT (RFC 9901)', () => {
  test('regression: an SD-JWT with a key-binding JWT was labelled a JWE; it decodes and verifies its issuer-signed JWT', async ({
    app,
    page,
  }) => {
    await app.open();
    await app.pasteToken(sdJwt(true));
    const summary = app.tokenSummary;
    await expect(summary).toContainText('SD-JWT');
    await expect(summary).not.toContainText('JWE');
    await expect(app.decodeError).toHaveCount(0);
    await expect(app.headerJson).toContainText('"HS256"');
    await expect(app.payloadJson).toContainText('"Grace Hopper"');
    await expect(page.getByText(/This is an SD-JWT.*shown in place/)).toBeVisible();
    await app.key.use(SECRET);
    await app.expectVerdict('verified');
  });

  test('regression: a plain SD-JWT decoded under a red "invalid character \'~\'"', async ({ app }) => {
    await app.open();
    await app.pasteToken(sdJwt(false));
    await expect(app.tokenSummary).toContainText('SD-JWT');
    await expect(app.decodeError).toHaveCount(0);
    await expect(app.payloadJson).toContainText('"Grace Hopper"');
  });
});
