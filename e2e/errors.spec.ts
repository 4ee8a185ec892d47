import { exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { b64url, hs256, nonCanonicalTwin, rawToken, SECRET, TYPICAL } from './tokens';
import { expect, test } from './fixtures';

const [H, P, S] = TYPICAL.split('.') as [string, string, string];

test.describe('decode errors', () => {
  test('a wrong segment count says how many there are', async ({ app }) => {
    await app.open();
    await app.pasteToken(`${H}.${P}`);
    await expect(app.decodeError).toBeVisible();
    await expect(app.decodeError).toContainText('2 segments where 3');
    // What can be decoded still is.
    await expect(app.headerJson).toContainText('"HS256"');
    await expect(app.payloadJson).toContainText('"Grace Hopper"');
  });

  test('an invalid base64url character is named, placed and highlighted, with a one-click fix', async ({
    app,
  }) => {
    await app.open();
    const broken = `${H}.${P.slice(0, 10)}*${P.slice(10)}.${S}`;
    await app.pasteToken(broken);
    const position = H.length + 1 + 10;
    await expect(app.decodeError).toContainText(`Payload: invalid base64url character '*'`);
    await expect(app.decodeError).toContainText(`at position ${position}`);
    await expect(app.segment('error')).toHaveText('*');
    await app.applyFix(/Remove the stray character/);
    await expect(app.decodeError).toHaveCount(0);
    expect(await app.tokenText()).toBe(TYPICAL);
    await expect(app.payloadJson).toContainText('"Grace Hopper"');
  });

  test('standard base64 is recognised and converted in one click', async ({ app }) => {
    await app.open();
    const header = '{"alg":"HS256","typ":"JWT","kid":"??>>"}';
    const standard = Buffer.from(header).toString('base64');
    expect(standard).toMatch(/[+/=]/);
    await app.pasteToken(`${standard}.${P}.${S}`);
    await expect(app.decodeError).toContainText('Header:');
    await expect(app.decodeError).toContainText('base64');
    await app.applyFix(/Convert to base64url/);
    await expect(app.decodeError).toHaveCount(0);
    expect(await app.paneJson(app.headerJson)).toEqual(JSON.parse(header));
  });

  test('a JSON syntax error gives the line and column', async ({ app }) => {
    await app.open();
    await app.pasteToken(rawToken('{"alg":"HS256",}', '{"sub":"x"}'));
    await expect(app.decodeError).toContainText('Header: JSON syntax error at line 1 column 16');
    // The payload still decodes.
    await expect(app.payloadJson).toContainText('"sub": "x"');
  });

  test('a bad signature segment does not hide header and payload', async ({ app }) => {
    await app.open();
    await app.pasteToken(`${H}.${P}.${S}$`);
    await expect(app.decodeError).toContainText('Signature: invalid base64url character');
    await expect(app.headerJson).toContainText('"HS256"');
    await expect(app.payloadJson).toContainText('"Grace Hopper"');
  });

  test('an impossible segment length, an empty header, padding and a non-object header are explained', async ({
    app,
  }) => {
    await app.open();
    const tooLong = P + 'A'.repeat((5 - (P.length % 4)) % 4);
    expect(tooLong.length % 4).toBe(1);
    await app.pasteToken(`${H}.${tooLong}.${S}`);
    await expect(app.decodeError).toContainText('Payload: a base64url segment cannot be');

    await app.pasteToken(`.${P}.${S}`);
    await expect(app.decodeError).toContainText('Header: the segment is empty');

    const padded = Buffer.from('{"alg":"HS256","x":12}').toString('base64');
    expect(padded.endsWith('==')).toBe(true);
    await app.pasteToken(`${padded}.${P}.${S}`);
    await expect(app.decodeError).toContainText("Header: '=' padding");
    await app.applyFix(/Convert to base64url/);
    await expect(app.decodeError).toHaveCount(0);

    await app.pasteToken(`${b64url('["HS256"]')}.${P}.${S}`);
    await expect(app.decodeError).toContainText('the JOSE header must be a JSON object, but it is an array');
  });

  test('something that is not a token at all', async ({ app }) => {
    await app.open();
    await app.pasteToken('{"alg":"HS256"}');
    await expect(app.decodeError).toContainText('looks like JSON');
    await app.pasteToken('hello');
    await expect(app.decodeError).toContainText('1 segment where 3');
  });

  test('the last good decode is never left on screen', async ({ app }) => {
    await app.open();
    await app.pasteToken(TYPICAL);
    await expect(app.payloadJson).toContainText('Grace Hopper');
    await app.pasteToken(`${H}.@@@@.${S}`);
    await expect(app.decodeError).toBeVisible();
    await expect(app.payloadJson).not.toContainText('Grace Hopper');
    await app.pasteToken('');
    await expect(app.headerJson).not.toContainText('HS256');
    await expect(app.decodeError).toHaveCount(0);
  });

  test('pasted clean-ups are applied and shown as notes', async ({ app }) => {
    await app.open();
    await app.pasteToken(`  Bearer "${TYPICAL.slice(0, 40)}\n${TYPICAL.slice(40)}"\n`);
    await expect(app.decodeError).toHaveCount(0);
    await expect(app.payloadJson).toContainText('"Grace Hopper"');
    await expect(app.note('REMOVED_BEARER')).toContainText("Removed the 'Bearer ' prefix");
    await expect(app.note('REMOVED_QUOTES')).toBeVisible();
    await expect(app.note('REMOVED_INNER_WHITESPACE')).toBeVisible();
    // The segments are still coloured where they are in the text as typed.
    await expect(app.segment('header')).toHaveText(H);
  });
});

test('a header that is not UTF-8 and JSON nested too deep are explained', async ({ app }) => {
  await app.open();
  await app.pasteToken(`${b64url(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))}.${P}.${S}`);
  await expect(app.decodeError).toContainText('Header: the decoded bytes are not valid UTF-8');
  await expect(app.payloadJson).toContainText('"Grace Hopper"');
  await app.pasteToken(`${H}.${b64url('['.repeat(600) + ']'.repeat(600))}.${S}`);
  await expect(app.decodeError).toContainText('Payload: the JSON is nested more than 512 levels deep');
});

test.describe('never a wrong verdict from a token the issuer did not write', () => {
  for (const alg of ['RS256', 'ES256'] as const) {
    test(`an ${alg} signature whose last character sets unused bits is a decode error with a one-click fix`, async ({
      app,
    }) => {
      const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
      const token = await new SignJWT({ sub: 'x' }).setProtectedHeader({ alg }).sign(privateKey);
      // RS256 signatures are 256 bytes and ES256 ones 64: 4 unused bits in the last character, 15 twins.
      const twin = nonCanonicalTwin(token, 0b1010);
      expect(twin).not.toBe(token);
      const char = twin.charAt(twin.length - 1);
      const canonical = token.charAt(token.length - 1);

      await app.open();
      await app.pasteToken(token);
      await app.key.use(await exportSPKI(publicKey));
      await app.expectVerdict('verified');

      await app.pasteToken(twin);
      await expect(app.decodeError).toBeVisible();
      await expect(app.decodeError).toContainText(`Signature: the last character '${char}'`);
      await expect(app.decodeError).toContainText(`at position ${twin.length - 1}`);
      await expect(app.decodeError).toContainText(
        `'${canonical}' (U+00${canonical.charCodeAt(0).toString(16).toUpperCase()}) in its place`,
      );
      await expect(app.decodeProblem('BASE64URL_NONCANONICAL')).toHaveAttribute(
        'data-error-part',
        'signature',
      );
      await expect(app.segment('error')).toHaveText(char);
      // The right key is on screen, and still no verdict: the token as pasted does not decode.
      await app.expectVerdict('idle');
      await expect(app.verifyStatus).not.toHaveAttribute('data-status', 'verified');
      // What can be shown still is.
      await expect(app.payloadJson).toContainText('"sub": "x"');

      await app.applyFix(/canonical last character/);
      await expect(app.decodeError).toHaveCount(0);
      expect(await app.tokenText()).toBe(token);
      await app.expectVerdict('verified');
    });
  }

  test("alg 'None' is not 'none': the token is not treated as unsigned", async ({ app }) => {
    const token = hs256('{"alg":"None","typ":"JWT"}', '{"sub":"admin"}', SECRET);
    await app.open();
    await app.pasteToken(token);
    await expect(app.headerJson).toContainText('"None"');
    await expect(app.decodeError).toHaveCount(0);
    const summary = app.tokenSummary;
    await expect(summary).toContainText('Signed JWT (JWS)');
    await expect(summary).not.toContainText('Unsecured');
    await expect(app.note('UNSECURED')).toHaveCount(0);
    await expect(app.verifyStatus).not.toHaveAttribute('data-status', 'unsigned');
    // With a key, the unknown algorithm is an error quoting the value (and never verified).
    await app.key.use(SECRET);
    await app.expectVerdict('error');
    await expect(app.verifyStatus).toContainText('None');
  });
});

test.describe('text around a token (what new users paste whole)', () => {
  const cases: [string, string][] = [
    ['a curl command', `curl -H "Authorization: Bearer ${TYPICAL}" https://api.example.com/orders`],
    ['a log line', `2026-11-26T03:00:00Z INFO auth ok token=${TYPICAL} status=200`],
    ['a Cookie header', `Cookie: session=${TYPICAL}; theme=dark; _ga=GA1.2.3456.7890`],
  ];
  for (const [name, text] of cases) {
    test(`regression: ${name} was called a JWE or "6 segments" and its fix mangled it; now its token is found`, async ({
      app,
    }) => {
      await app.open();
      await app.pasteToken(text);
      await expect(app.foundTokens).toHaveCount(1);
      await expect(app.foundTokens.first()).toHaveAttribute('aria-selected', 'true');
      await expect(app.decodeError).toBeHidden();
      await expect(app.tokenSummary).not.toContainText('JWE');
      await expect(app.payloadJson).toContainText('"sub"');
    });
  }
});
