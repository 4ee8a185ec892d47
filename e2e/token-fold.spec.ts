import { expect, test } from './fixtures';
import { b64url, TYPICAL } from './tokens';

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

/** A token of about 1 MB (its payload segment 1,000,050 characters), folded in the editor. */
const BIG = tokenOfSize(750_000);
const [BIG_HEADER = '', BIG_PAYLOAD = '', BIG_SIGNATURE = ''] = BIG.split('.');

test.describe('a very long segment is shown folded', () => {
  test('a 1 MB token shows its payload folded with the size hidden, decodes, and keeps every character', async ({
    app,
  }) => {
    await app.open();
    await app.pasteToken(BIG);
    await expect(app.tokenFolds).toHaveCount(1);
    await expect(app.tokenFolds).toHaveAttribute('data-fold', 'payload');
    await expect(app.tokenFolds).toHaveAccessibleName('976 KB of the payload segment hidden — show all');
    // The start and the end of the segment stay, in the payload's colour; the other segments are whole.
    await expect(app.segment('payload')).toHaveCount(2);
    expect(BIG_PAYLOAD.startsWith((await app.segment('payload').first().textContent()) ?? '-')).toBe(true);
    expect(BIG_PAYLOAD.endsWith((await app.segment('payload').last().textContent()) ?? '-')).toBe(true);
    await expect(app.segment('header')).toHaveText(BIG_HEADER);
    await expect(app.segment('signature')).toHaveText(BIG_SIGNATURE);
    // Only a few hundred characters are laid out.
    expect(((await app.tokenInput.textContent()) ?? '').length).toBeLessThan(1000);

    await expect(app.payloadJson).toContainText('"sub": "big-token-user"');
    await expect(app.decodeError).toBeHidden();
    // Select all and copy takes every character, and the page object's reading of the text gets them all too.
    expect(await app.copyWholeToken()).toBe(BIG);
    expect(await app.tokenText()).toBe(BIG);
  });

  test('"show all" shows the segment whole until another token is pasted', async ({ app }) => {
    await app.open();
    await app.pasteToken(BIG);
    await app.tokenFolds.click();
    await expect(app.tokenFolds).toHaveCount(0);
    await expect(app.segment('payload')).toHaveCount(1);
    await expect(app.tokenInput).toBeFocused();
    // Typing keeps it whole.
    await app.page.keyboard.press('ControlOrMeta+End');
    await app.page.keyboard.type('x');
    await expect(app.segment('signature')).toHaveText(`${BIG_SIGNATURE}x`);
    await expect(app.tokenFolds).toHaveCount(0);
    // A paste is a new token: folded again, and so is one that replaces all of the text.
    await app.pasteTokenFromClipboard(BIG);
    await expect(app.tokenFolds).toHaveCount(1);
    expect(await app.tokenText()).toBe(BIG);
    await app.tokenFolds.click();
    await expect(app.tokenFolds).toHaveCount(0);
    await app.pasteToken(`${BIG}y`);
    await expect(app.tokenFolds).toHaveCount(1);
    expect(await app.tokenText()).toBe(`${BIG}y`);
  });

  test('a keyboard user reaches the button with Tab and presses it', async ({ app }) => {
    await app.open();
    await app.pasteToken(BIG);
    await app.tokenInput.focus();
    await app.page.keyboard.press('ControlOrMeta+Home');
    await app.page.keyboard.press('Tab');
    await expect(app.tokenFolds).toBeFocused();
    await app.page.keyboard.press('Enter');
    await expect(app.tokenFolds).toHaveCount(0);
    await expect(app.tokenInput).toBeFocused();
  });

  test('the hidden text cannot be deleted by accident; typing elsewhere still works', async ({ app }) => {
    await app.open();
    await app.pasteToken(BIG);
    await expect(app.tokenFolds).toHaveCount(1);
    const tail = (await app.segment('payload').last().textContent()) ?? '';
    await app.tokenInput.focus();
    // Just after the fold: the end of the token, back over the signature, the dot and the payload's shown end.
    await app.page.keyboard.press('ControlOrMeta+End');
    for (let i = 0; i < BIG_SIGNATURE.length + 1 + tail.length; i++)
      await app.page.keyboard.press('ArrowLeft');
    await app.page.keyboard.press('Backspace');
    await expect(app.tokenFolds).toHaveAccessibleName('976 KB of the payload segment hidden — show all');
    await app.page.keyboard.press('ControlOrMeta+End');
    await app.page.keyboard.type('x');
    await expect(app.segment('signature')).toHaveText(`${BIG_SIGNATURE}x`);
    expect(await app.tokenText()).toBe(`${BIG}x`);
  });

  test('an SD-JWT of many disclosures, none long, folds the disclosures in its middle as one run', async ({
    app,
  }) => {
    // 300 disclosures of about 1,000 characters: a 300 KB line laid out whole, no segment long enough to fold.
    const disclosures = Array.from({ length: 300 }, (_, i) =>
      b64url(JSON.stringify([`salt${i}`, `c${i}`, 'v'.repeat(700)])),
    );
    const jws = `${b64url('{"alg":"ES256","typ":"dc+sd-jwt"}')}.${b64url('{"iss":"x"}')}.${'A'.repeat(86)}`;
    const token = `${jws}~${disclosures.join('~')}~`;
    await app.open();
    await app.pasteToken(token);
    await expect(app.tokenFolds).toHaveCount(1);
    await expect(app.tokenFolds).toHaveAttribute('data-fold', 'disclosure');
    await expect(app.tokenFolds).toHaveAccessibleName(
      /^29\d disclosure segments \(\d+ KB\) hidden — show all$/,
    );
    const folded = ((await app.tokenInput.textContent()) ?? '').length;
    expect(folded).toBeLessThan(10_000);
    // The whole text is still the token's: the decode reads every disclosure.
    await expect(app.tokenSummary).toContainText('SD-JWT');
    await app.tokenFolds.click();
    await expect(app.tokenFolds).toHaveCount(0);
    // Shown whole (CodeMirror itself lays out only the part of so long a line near the screen).
    expect(((await app.tokenInput.textContent()) ?? '').length).toBeGreaterThan(folded);
  });

  test('tokens of ordinary size are never folded, up to a 10 KB token', async ({ app }) => {
    await app.open();
    await app.pasteToken(TYPICAL);
    await expect(app.payloadJson).toContainText('"sub"');
    await expect(app.tokenFolds).toHaveCount(0);
    expect(await app.tokenText()).toBe(TYPICAL);
    const tenKb = tokenOfSize(7_400);
    expect(tenKb.length).toBeGreaterThan(9_900);
    await app.pasteToken(tenKb);
    await expect(app.payloadJson).toContainText('"sub": "big-token-user"');
    await expect(app.tokenFolds).toHaveCount(0);
    expect(await app.tokenInput.textContent()).toBe(tenKb);
  });

  test('a long text that is no token is folded too, and still copied whole', async ({ app }) => {
    await app.open();
    const text = 'A'.repeat(100_000);
    await app.pasteToken(text);
    await expect(app.tokenFolds).toHaveCount(1);
    await expect(app.tokenFolds).toHaveAccessibleName(/^9\d KB of the .+ hidden — show all$/);
    expect(await app.tokenText()).toBe(text);
  });
});
