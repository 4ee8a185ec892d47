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
