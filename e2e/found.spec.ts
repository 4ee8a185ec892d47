import { expect, test } from './fixtures';
import { hs256, rawToken, SECRET } from './tokens';

const ACCESS = hs256('{"alg":"HS256","typ":"JWT"}', '{"sub":"alice","scope":"orders:read"}', SECRET);
const SESSION = rawToken('{"alg":"RS256","kid":"k1"}', '{"sub":"bob","sid":"s-42"}');

const EXCHANGE = [
  'POST /token HTTP/1.1',
  'Host: login.example.com',
  `Authorization: Bearer ${ACCESS}`,
  '',
  'HTTP/1.1 200 OK',
  `Set-Cookie: session=${SESSION}; Path=/; HttpOnly`,
  'Content-Type: application/json',
].join('\n');

test.describe('tokens found in pasted text', () => {
  test('an HTTP exchange: both tokens listed with where they were; the first is decoded, a click shows the other', async ({
    app,
  }) => {
    await app.open();
    await app.pasteToken(EXCHANGE);
    await expect(app.foundTokens).toHaveCount(2);
    await expect(app.foundTokens.nth(0)).toHaveAttribute('aria-selected', 'true');
    await expect(app.foundTokens.nth(0)).toHaveAttribute('data-kind', 'jws');
    await expect(app.foundTokens.nth(0)).toContainText('Authorization header');
    await expect(app.foundTokens.nth(1)).toContainText('cookie "session"');
    await expect(app.decodeError).toBeHidden();
    expect(await app.paneJson(app.payloadJson)).toEqual({ sub: 'alice', scope: 'orders:read' });

    await app.chooseFoundToken(1);
    await expect(app.foundTokens.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(app.foundTokens.nth(0)).toHaveAttribute('aria-selected', 'false');
    await expect.poll(() => app.paneJson(app.payloadJson)).toEqual({ sub: 'bob', sid: 's-42' });
    // The pasted text stays as it was.
    expect(await app.tokenText()).toContain('POST /token HTTP/1.1');
  });

  test('a verdict belongs to the token shown: choosing another found token never keeps "verified"', async ({
    app,
  }) => {
    await app.open();
    await app.pasteToken(JSON.stringify({ access_token: ACCESS, id_token: SESSION, token_type: 'Bearer' }));
    await expect(app.foundTokens.nth(0)).toContainText('JSON member "access_token"');
    await app.key.use(SECRET);
    await app.expectVerdict('verified');
    await app.chooseFoundToken(1);
    await expect(app.verifyStatus).not.toHaveAttribute('data-status', 'verified');
    await app.chooseFoundToken(0);
    await app.expectVerdict('verified');
  });

  test('the list is a listbox the keyboard moves through', async ({ app }) => {
    await app.open();
    await app.pasteToken(EXCHANGE);
    await app.foundTokens.nth(0).focus();
    await app.page.keyboard.press('ArrowDown');
    await expect(app.foundTokens.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(app.foundTokens.nth(1)).toBeFocused();
  });

  test('a plain token, even with Bearer and quotes around it, lists nothing', async ({ app }) => {
    await app.open();
    await app.pasteToken(`"Bearer ${ACCESS}"`);
    await expect(app.payloadJson).toContainText('alice');
    await expect(app.foundTokens).toHaveCount(0);
  });
});
