import AxeBuilder from '@axe-core/playwright';
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { expect, NOW_SECONDS, test } from './fixtures';
import { SdJwtArea } from './pages/sd-jwt';

// SD-JWTs made here with node:crypto (RFC 9901): an issuer key signs the issuer JWT, the holder key in cnf.jwk
// signs the key-binding JWT, whose sd_hash is the SHA-256 of the presentation up to its last '~'.
const b64u = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');
const digest = (text: string): string => createHash('sha256').update(text, 'ascii').digest('base64url');
const issuer = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const holder = generateKeyPairSync('ec', { namedCurve: 'P-256' });

function es256(header: object, payload: object, key: KeyObject): string {
  const input = `${b64u(JSON.stringify(header))}.${b64u(JSON.stringify(payload))}`;
  return `${input}.${sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' }).toString('base64url')}`;
}

const disclose = (...parts: unknown[]): string => b64u(JSON.stringify(parts));
const given = disclose('2GLC42sKQveCfGfryNRN9w', 'given_name', 'Grace');
const family = disclose('eluV5Og3gSNII8EYnsxA_A', 'family_name', 'Hopper');
const us = disclose('lklxF5jMYlGTPUovMNIvCA', 'US');
const street = disclose('6Ij7tM-a5iVPGboS5tmvVA', 'street_address', '1 Navy Way');
const address = disclose('eI8ZWm9QnKPpNPeNenHdhQ', 'address', { _sd: [digest(street)], country: 'US' });

const PAYLOAD = {
  iss: 'https://issuer.example',
  iat: NOW_SECONDS - 60,
  exp: NOW_SECONDS + 3600,
  vct: 'https://credentials.example/identity',
  _sd: [digest(given), digest(family), digest(address), digest('a decoy')],
  nationalities: [{ '...': digest(us) }, 'GB'],
  _sd_alg: 'sha-256',
  cnf: { jwk: holder.publicKey.export({ format: 'jwk' }) },
};
const PRESENTATION = `${es256({ alg: 'ES256', typ: 'dc+sd-jwt' }, PAYLOAD, issuer.privateKey)}~${[
  given,
  family,
  us,
  address,
  street,
].join('~')}~`;
const KB = es256(
  { alg: 'ES256', typ: 'kb+jwt' },
  { iat: NOW_SECONDS, aud: 'https://verifier.example', nonce: 'n-0S6_WzA2Mj', sd_hash: digest(PRESENTATION) },
  holder.privateKey,
);

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
  });

  test('a key-binding JWT made for other disclosures is invalid', async ({ app, page }) => {
    const sdJwt = new SdJwtArea(page);
    await app.open();
    // The same KB-JWT presented with one disclosure fewer: its sd_hash is not this presentation's.
    await app.pasteToken(PRESENTATION.replace(`~${given}~`, '~') + KB);
    await sdJwt.expectKeyBinding('invalid');
    await expect(sdJwt.kbStatus).toContainText('sd_hash');
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
