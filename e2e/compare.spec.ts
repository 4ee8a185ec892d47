import AxeBuilder from '@axe-core/playwright';
import { expect, NOW_SECONDS, test } from './fixtures';
import { CompareArea } from './pages/compare';
import { hs256, rawToken, SECRET } from './tokens';

const BEFORE = hs256(
  '{"alg":"HS256","typ":"JWT","kid":"2025"}',
  JSON.stringify({ sub: 'alice', roles: ['read', 'write'], iat: NOW_SECONDS - 3600, exp: NOW_SECONDS }),
  SECRET,
);
const AFTER = rawToken(
  '{"alg":"HS256","typ":"JWT","kid":"2026"}',
  JSON.stringify({ sub: 'alice', roles: ['read'], iat: NOW_SECONDS, exp: NOW_SECONDS + 3600, sid: 's-1' }),
);

test.describe('compare two tokens', () => {
  test('member by member: changed, removed and added, time claims with how far they moved', async ({
    app,
  }) => {
    const compare = new CompareArea(app.page);
    await app.open();
    await app.pasteToken(BEFORE);
    await expect(compare.input).toBeHidden();
    await compare.compareWith(AFTER);
    await expect
      .poll(() => compare.changes())
      .toEqual([
        ['/header/kid', 'changed'],
        ['/payload/roles/1', 'removed'],
        ['/payload/iat', 'changed'],
        ['/payload/exp', 'changed'],
        ['/payload/sid', 'added'],
      ]);
    await expect(compare.row('/payload/exp')).toContainText('(changed, +1 h)');
    await expect(compare.row('/header/kid')).toContainText('"2025"');
    await expect(compare.row('/header/kid')).toContainText('"2026"');
    // Editing the main token updates the comparison.
    await app.pasteToken(AFTER);
    await expect(compare.rows).toHaveCount(0);
    await expect(compare.region).toContainText('are the same');
  });

  test('a second text that is no token says so, and the comparison has no accessibility violations', async ({
    app,
  }) => {
    const compare = new CompareArea(app.page);
    await app.open();
    await app.pasteToken(BEFORE);
    await compare.compareWith('not a token');
    await expect(compare.region).toContainText('Paste a second token that decodes');
    await compare.compareWith(AFTER);
    await expect(compare.rows.first()).toBeVisible();
    const results = await new AxeBuilder({ page: app.page })
      .include('section[aria-labelledby="compare-heading"]')
      .analyze();
    expect(results.violations).toEqual([]);
  });
});
