import AxeBuilder from '@axe-core/playwright';
import { expect, NOW_SECONDS, test } from './fixtures';
import { SdJwtArea } from './pages/sd-jwt';
import { b64u, digest, disclose, given, KB, PAYLOAD, PRESENTATION } from './sd-jwt-tokens';

test.describe('SD-JWT disclosures (RFC 9901)', () => {
  test('each disclosure is matched with its claim, the payload shows them in place, the key binding is verified', async ({
    app,
    page,
  }) => {
    const sdJwt = new SdJwtArea(page);
    await app.open();
    await app.pasteToken(PRESENTATION + KB);
    await sdJwt.expectKeyBinding('verified');
    await expect(sdJwt.kbStatus).toContainText('n-0S6_WzA2Mj');
    expect(await sdJwt.disclosureStates()).toEqual([
      ['given_name', 'matched'],
      ['family_name', 'matched'],
      ['...', 'matched'],
      ['address', 'matched'],
      ['street_address', 'matched'],
    ]);
    expect(await sdJwt.payload()).toEqual({
      iss: 'https://issuer.example',
      iat: NOW_SECONDS - 60,
      exp: NOW_SECONDS + 3600,
      vct: 'https://credentials.example/identity',
      given_name: 'Grace',
      family_name: 'Hopper',
      address: { street_address: '1 Navy Way', country: 'US' },
      nationalities: ['US', 'GB'],
      cnf: PAYLOAD.cnf,
    });
    const results = await new AxeBuilder({ page }).include(sdJwt.regions).analyze();
    expect(results.violations).toEqual([]);
  });

  test('the key-binding JWT is shown decoded, its sd_hash beside the one computed over the presentation', async ({
    app,
    page,
  }) => {
    const sdJwt = new SdJwtArea(page);
    await app.open();
    await app.pasteToken(PRESENTATION + KB);
    await sdJwt.expectKeyBinding('verified');
    expect(await sdJwt.kbJson()).toEqual({
      header: { alg: 'ES256', typ: 'kb+jwt' },
      payload: {
        iat: NOW_SECONDS,
        aud: 'https://verifier.example',
        nonce: 'n-0S6_WzA2Mj',
        sd_hash: digest(PRESENTATION),
      },
    });
    await expect(sdJwt.kbFact('typ')).toContainText('kb+jwt');
    await expect(sdJwt.kbFact('alg')).toHaveText('ES256');
    await expect(sdJwt.kbFact('iat')).toContainText(
      new Date(NOW_SECONDS * 1000).toISOString().replace('.000Z', 'Z'),
    );
    await expect(sdJwt.kbFact('iat')).toContainText('issued');
    await expect(sdJwt.kbFact('aud')).toHaveText('https://verifier.example');
    await expect(sdJwt.kbFact('nonce')).toHaveText('n-0S6_WzA2Mj');
    await expect(sdJwt.kbFact('sd_hash')).toHaveText(digest(PRESENTATION));
    await expect(sdJwt.kbFact('Computed')).toHaveText(digest(PRESENTATION));
    await expect(sdJwt.kbFact('Compared')).toContainText('Equal');
    await expect(sdJwt.kbProblems).toHaveCount(0);
    const results = await new AxeBuilder({ page }).include(sdJwt.regions).analyze();
    expect(results.violations).toEqual([]);
  });

  test('300 disclosures, each disclosing a property where array elements go: 100 shown, 20 problems, more on request', async ({
    app,
    page,
  }) => {
    // All of them, each a block with its problem above, made 6,500 elements and a frame of 130 ms.
    const sd = new SdJwtArea(page);
    const disclosures = Array.from({ length: 300 }, (_, i) => disclose(`salt-${i}`, `c${i}`, i));
    const payload = { list: disclosures.map((d) => ({ '...': digest(d) })), _sd_alg: 'sha-256', iss: 'x' };
    const header = b64u(JSON.stringify({ alg: 'ES256', typ: 'dc+sd-jwt' }));
    await app.open();
    await app.pasteToken(
      `${header}.${b64u(JSON.stringify(payload))}.${'A'.repeat(86)}~${disclosures.join('~')}~`,
    );
    await expect(sd.disclosures).toHaveCount(100);
    const problems = sd.card
      .getByRole('listitem')
      .filter({ hasText: /^Disclosure \d+ discloses an object property/ });
    await expect(problems).toHaveCount(20);
    await sd.card.getByRole('button', { name: 'Show 20 more (280 not shown)' }).click();
    await expect(problems).toHaveCount(40);
    await sd.card.getByRole('button', { name: 'Show 100 more (200 not shown)' }).click();
    await expect(sd.disclosures).toHaveCount(200);
  });

  test('a payload with its disclosures in place over 32 KB shows its start, and more on request', async ({
    app,
    page,
  }) => {
    const sd = new SdJwtArea(page);
    const disclosures = Array.from({ length: 90 }, (_, i) =>
      disclose(`salt-${i}`, `claim${i}`, 'v'.repeat(500)),
    );
    const payload = { _sd: disclosures.map(digest), _sd_alg: 'sha-256', iss: 'x' };
    const header = b64u(JSON.stringify({ alg: 'ES256', typ: 'dc+sd-jwt' }));
    await app.open();
    await app.pasteToken(
      `${header}.${b64u(JSON.stringify(payload))}.${'A'.repeat(86)}~${disclosures.join('~')}~`,
    );
    await expect(sd.disclosures).toHaveCount(90);
    await expect(
      sd.card.getByText(/^Showing the first 32 KB of 4\d KB; copy takes all of it\.$/),
    ).toBeVisible();
    expect((await sd.payloadJson.textContent())?.length).toBe(32 * 1024);
    await sd.card.getByRole('button', { name: /^Show \d+ KB more$/ }).click();
    await expect(sd.payloadJson).toContainText('"claim89": "vvv');
  });

  test('a tampered key-binding JWT is invalid', async ({ app, page }) => {
    const sdJwt = new SdJwtArea(page);
    await app.open();
    // Another nonce under the holder's signature: the signature no longer matches.
    const [header, , signature] = KB.split('.');
    const payload = b64u(
      JSON.stringify({
        iat: NOW_SECONDS,
        aud: 'https://verifier.example',
        nonce: 'x',
        sd_hash: digest(PRESENTATION),
      }),
    );
    await app.pasteToken(`${PRESENTATION}${header}.${payload}.${signature}`);
    await sdJwt.expectKeyBinding('invalid');
    // Shown as the tampered KB-JWT says it; its sd_hash still matches, its signature does not.
    expect((await sdJwt.kbJson()).payload).toMatchObject({ nonce: 'x', sd_hash: digest(PRESENTATION) });
    await expect(sdJwt.kbFact('nonce')).toHaveText('x');
    await expect(sdJwt.kbFact('Compared')).toContainText('Equal');
    await expect(sdJwt.kbProblems).toHaveCount(1);
    await expect(sdJwt.kbProblems).toContainText('signature does not match');
    const results = await new AxeBuilder({ page }).include(sdJwt.regions).analyze();
    expect(results.violations).toEqual([]);
  });

  test('a key-binding JWT made for other disclosures is invalid', async ({ app, page }) => {
    const sdJwt = new SdJwtArea(page);
    await app.open();
    // The same KB-JWT presented with one disclosure fewer: its sd_hash is not this presentation's.
    const fewer = PRESENTATION.replace(`~${given}~`, '~');
    await app.pasteToken(fewer + KB);
    await sdJwt.expectKeyBinding('invalid');
    await expect(sdJwt.kbStatus).toContainText('sd_hash');
    await expect(sdJwt.kbFact('sd_hash')).toHaveText(digest(PRESENTATION));
    await expect(sdJwt.kbFact('Computed')).toHaveText(digest(fewer));
    await expect(sdJwt.kbFact('Compared')).toContainText('Different');
    await expect(sdJwt.kbProblems).toHaveCount(1);
    await expect(sdJwt.kbProblems).toContainText('other disclosures');
  });

  test('without a key-binding JWT the key binding is absent; an unmatched disclosure is flagged', async ({
    app,
    page,
  }) => {
    const sdJwt = new SdJwtArea(page);
    await app.open();
    const stray = disclose('c2FsdA', 'email', 'grace@example.com');
    await app.pasteToken(`${PRESENTATION}${stray}~`);
    await sdJwt.expectKeyBinding('absent');
    await expect(sdJwt.kbJwt).toHaveCount(0);
    await expect(sdJwt.disclosures.last()).toHaveAttribute('data-claim', 'email');
    await expect(sdJwt.disclosures.last()).toHaveAttribute('data-digest-status', 'unmatched');
    await expect(sdJwt.card).toContainText('Disclosure 6 matches no digest');
  });

  test('a JWS shows no SD-JWT card', async ({ app, page }) => {
    const sdJwt = new SdJwtArea(page);
    await app.open();
    await app.pasteToken(PRESENTATION + KB);
    await expect(sdJwt.card).toBeVisible();
    await app.pasteToken(PRESENTATION.slice(0, PRESENTATION.indexOf('~')));
    await expect(app.tokenSummary).not.toContainText('SD-JWT');
    await expect(sdJwt.card).toHaveCount(0);
    await expect(sdJwt.kbStatus).toHaveCount(0);
  });
});
