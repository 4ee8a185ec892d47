import { generateKeyPairSync, randomBytes } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, NOW_SECONDS, test } from './fixtures';
import { hs256, rawToken, rs256, selfSignedCertificate } from './tokens';

const FRESH = `"iat":${NOW_SECONDS - 60},"exp":${NOW_SECONDS + 600}`;
const random = () => randomBytes(32).toString('hex');

// Made with OpenSSL 3.0 (keys thrown away): an RSA 2048 leaf "signer.example" signed by a P-256 "Test Root CA".
const LEAF =
  'MIICGjCCAcACFBMyBcKTgkBAqc0q4SAwxsR1rzw8MAoGCCqGSM49BAMCMCkxFTATBgNVBAMMDFRlc3QgUm9vdCBDQTEQMA4GA1UECgwHRXhhbXBsZTAeFw0yNjExMjYwNDQxMDhaFw0zNjExMjMwNDQxMDhaMCsxFzAVBgNVBAMMDnNpZ25lci5leGFtcGxlMRAwDgYDVQQKDAdFeGFtcGxlMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAuztM+MHNeuWVvfYJ5lqgrO6QS2PU5CCWsHIA7CbjvvKEXn2l6bz1jGcnV1fzt6KCKEbYGf6g9tAAQf1D6f3KsBRx7Y53SaK3WhtOxLHmK1eigeuTA9wNyRBsQ/Amsbxkf5s9ZufFXE01+66EUu9lW2ALOtOpklByQiPLIs3xcpG3dmKxkfNFTBXPcZIznlqmNl2POlDNMiGMSNbyqKqzUB7rka0kIZ74A1yNLebkeoeUL6+quRcuF2Uu+D2mkzWwlwmMhw4VJ2qXHnaFamKTMnQdtvrClQEkbQaAXiceKozHkUr4MecVDbiRcFAtQQKix1HHUpTDWGjy+JWePQxynwIDAQABMAoGCCqGSM49BAMCA0gAMEUCIF7OagL25ZGKQryknUJlYV7leyXtiei5kGWacrQisTaEAiEAiqwsgAbriIp730HzDtfU541CnOCFuHbmQv3dM/v9Xy8=';
const ROOT =
  'MIIBpjCCAU2gAwIBAgIUdx/ZFu5uJcmwbrVR/4fZpkLmzVcwCgYIKoZIzj0EAwIwKTEVMBMGA1UEAwwMVGVzdCBSb290IENBMRAwDgYDVQQKDAdFeGFtcGxlMB4XDTI2MTEyNjA0NDEwOFoXDTM2MTEyMzA0NDEwOFowKTEVMBMGA1UEAwwMVGVzdCBSb290IENBMRAwDgYDVQQKDAdFeGFtcGxlMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEzec4q0iI39VWjpCTlbo0lLbb1UkivPvNEBw1QEOI5FNwrwaERp6L9Ax46yDnx6uLpHFo3/F81zquGGI4dbZ3cqNTMFEwHQYDVR0OBBYEFC8bis2fhBLlgH1LViDc/hG/kU43MB8GA1UdIwQYMBaAFC8bis2fhBLlgH1LViDc/hG/kU43MA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDRwAwRAIgRk17umPfhmN3ROZpL2cZfP6pfp1pv/OyeJkj08HP8YgCIC+mhSmQUV1nuHs9w1ThYI0K/M8Etd73pkOrhJtuOWxZ';

test.describe('findings', () => {
  test('header and payload rules, each with its id, severity and words', async ({ app }) => {
    await app.open();
    const cases: ReadonlyArray<[string, string, string, string]> = [
      ['alg-none', '{"alg":"none"}', `{"sub":"a",${FRESH}}`, 'unsigned'],
      ['no-exp', '{"alg":"HS256"}', '{"sub":"a"}', 'no expiry'],
      ['kid-injection', '{"alg":"HS256","kid":"../../../../dev/null"}', `{${FRESH}}`, '../../../../dev/null'],
      ['duplicate-member', '{"alg":"HS256"}', `{"admin":false,"admin":true,${FRESH}}`, '"admin"'],
      ['key-url-header', '{"alg":"RS256","jku":"https://attacker.example/jwks.json"}', `{${FRESH}}`, 'jku'],
      ['embedded-key-header', '{"alg":"RS256","jwk":{"kty":"oct","k":"AAAA"}}', `{${FRESH}}`, 'jwk'],
      ['exp-in-milliseconds', '{"alg":"HS256"}', `{"exp":${(NOW_SECONDS + 600) * 1000}}`, 'milliseconds'],
      ['sensitive-data', '{"alg":"HS256"}', `{"password":"hunter2",${FRESH}}`, '"password"'],
    ];
    for (const [id, header, payload, words] of cases) {
      await app.pasteToken(id === 'alg-none' ? rawToken(header, payload, '') : rawToken(header, payload));
      await app.findings.expectFinding(id, id === 'alg-none' ? 'high' : undefined);
      await expect(app.findings.finding(id)).toHaveAttribute('data-severity', /^(high|medium|low|info)$/);
      await expect(app.findings.finding(id)).toContainText(words);
      await expect(app.findings.finding(id)).toContainText(/RFC \d+/);
    }
  });

  test('a token whose payload does not decode has no "no risks" said of it: only of what could be read', async ({
    app,
  }) => {
    await app.open();
    const whole = hs256('{"alg":"HS256","typ":"JWT"}', `{"sub":"a",${FRESH}}`, random());
    await app.pasteToken(whole);
    await expect(app.findings.card).toContainText('No risks found in this token.');
    const [header = '', payload = '', signature = ''] = whole.split('.');
    await app.pasteToken(`${header}.${payload}x.${signature}`);
    await expect(app.findings.card).toContainText(
      'No risks found in what could be read: the payload could not be decoded, so it was not checked.',
    );
    await expect(app.findings.findings).toHaveCount(0);
  });

  test('known-secret: the jwt.io secrets are found and named; a random secret is searched to the end', async ({
    app,
    page,
  }) => {
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await app.open();
    await app.pasteToken(hs256('{"alg":"HS256","typ":"JWT"}', `{"sub":"a",${FRESH}}`, 'your-256-bit-secret'));
    await app.findings.expectFinding('known-secret', 'high');
    await expect(app.findings.finding('known-secret')).toContainText('your-256-bit-secret');

    await app.pasteToken(
      hs256('{"alg":"HS256"}', `{"sub":"b",${FRESH}}`, 'a-string-secret-at-least-256-bits-long'),
    );
    await expect(app.findings.finding('known-secret')).toContainText(
      'a-string-secret-at-least-256-bits-long',
    );

    // A secret nobody knows: progress is shown while the list is tried, then the search says it found none.
    await app.pasteToken(hs256('{"alg":"HS256"}', `{"sub":"c",${FRESH}}`, random()));
    await app.findings.expectNoFinding('known-secret');
    await expect(app.findings.search).toBeVisible();
    await app.findings.expectSearchDone();
    await expect(app.findings.search).toContainText(/None of [\d,]{7,} publicly known secrets/);
    await app.findings.expectNoFinding('known-secret');
    // Off the main thread: the built worker, started through the page's one Trusted Types policy.
    expect(workers.some((url) => /\/assets\/known-secret\.worker-[\w-]+\.js$/.test(url))).toBe(true);
  });

  test('known-secret: a new token cancels the search and the page stays responsive', async ({ app }) => {
    await app.open();
    await app.pasteToken(hs256('{"alg":"HS512"}', `{"sub":"slow",${FRESH}}`, random()));
    // At once, while the first search is surely still running (it takes a second or more): a status read here
    // raced the search, which a fast machine finished before the first look. Typing goes on while the worker
    // searches; the new token's search replaces the old one, and its findings show at once.
    await app.pasteToken(hs256('{"alg":"HS256"}', `{"sub":"d",${FRESH}}`, 'your-256-bit-secret'));
    await expect(app.findings.finding('known-secret')).toContainText('your-256-bit-secret');
    await app.pasteToken(rawToken('{"alg":"RS256"}', `{${FRESH}}`));
    await expect(app.findings.search).toHaveCount(0);
    await app.findings.expectNoFinding('known-secret');
  });

  test('short-secret and key-confusion appear only while that key is in the key input', async ({ app }) => {
    await app.open();
    await app.pasteToken(hs256('{"alg":"HS256"}', `{"sub":"a",${FRESH}}`, 'tiny'));
    await app.findings.expectNoFinding('short-secret');
    await app.key.use('tiny');
    await app.findings.expectFinding('short-secret', 'high');
    await app.key.use('a-secret-long-enough-for-hs256-32b!');
    await app.findings.expectNoFinding('short-secret');

    const pem = generateKeyPairSync('rsa', { modulusLength: 2048 })
      .publicKey.export({ type: 'spki', format: 'pem' })
      .toString();
    await app.key.use(pem);
    await app.findings.expectFinding('key-confusion', 'high');
    await expect(app.findings.finding('key-confusion')).toContainText('public key');
    await app.key.use('');
    await app.findings.expectNoFinding('key-confusion');
    await app.findings.expectNoFinding('short-secret');
  });

  test('x5c certificates are listed with the warning, and a known issuer gets its JWKS address as text', async ({
    app,
  }) => {
    await app.open();
    await app.pasteToken(
      rawToken(
        JSON.stringify({ alg: 'RS256', x5c: [LEAF, ROOT] }),
        `{"iss":"https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0",${FRESH}}`,
      ),
    );
    await app.findings.expectFinding('embedded-key-header');
    await expect(app.findings.certificates).toHaveCount(2);
    await expect(app.findings.certificates.first()).toContainText('CN=signer.example, O=Example');
    await expect(app.findings.certificates.first()).toContainText('RSA 2048 bits');
    await expect(app.findings.certificates.nth(1)).toContainText('EC P-256');
    await expect(app.findings.x5cChain).toContainText('proves nothing by itself');
    await expect(app.findings.issuerKeys).toContainText(
      'https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/discovery/v2.0/keys',
    );
  });

  test('a header of 1,000 certificates lists the first 16 and says the rest were not read', async ({
    app,
  }) => {
    // All of them were read and listed: 0.75 s and 0.3 s in single tasks.
    await app.open();
    await app.pasteToken(
      rawToken(JSON.stringify({ alg: 'RS256', x5c: Array(1000).fill(ROOT) }), `{${FRESH}}`),
    );
    await expect(app.findings.certificates).toHaveCount(16);
    await expect(app.findings.x5cChain).toContainText(
      'Only the first 16 of its 1,000 certificates are read (a chain is rarely more than 4): whether it links is not known.',
    );
    await expect(app.findings.certificates.nth(15)).toContainText('Certificate 16');
  });

  test("the x5c leaf certificate's key verifies in one click, with the warning that the token vouches for itself", async ({
    app,
    page,
  }, testInfo) => {
    const signer = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const cert = selfSignedCertificate(signer.privateKey, testInfo.outputPath('signer'), 'signer.example');
    await app.open();
    await app.pasteToken(
      rs256(
        JSON.stringify({ alg: 'RS256', x5c: [cert.raw.toString('base64')] }),
        `{"sub":"a",${FRESH}}`,
        signer.privateKey,
      ),
    );
    await expect(app.findings.certificates).toHaveCount(1);
    await expect(app.key.carriedKeyWarning).toHaveCount(0);
    await app.findings.useLeafKey();
    // The certificate as a PEM block, exactly as OpenSSL writes it.
    await expect(app.key.input).toHaveValue(cert.toString());
    await expect(app.key.kind).toContainText('X.509 certificate, CN=signer.example');
    await app.expectVerdict('verified');
    await expect(app.key.carriedKeyWarning).toContainText('This key came from the token itself');
    await expect(app.key.carriedKeyWarning).toContainText(
      '"Verified" here proves only that the token is consistent with itself, not who made it',
    );
    await expect(app.key.carriedKeyWarning).toContainText(
      'chains to a certificate authority you already trust',
    );
    // The verdict does not call the x5c unused: it was the key given.
    await expect(app.verifyStatus).not.toContainText('x5c was not used');
    const results = await new AxeBuilder({ page })
      .include([...app.findings.regions, ...app.key.regions])
      .analyze();
    expect(results.violations).toEqual([]);

    // The same key from elsewhere (its SPKI): still verified, and the warning is gone.
    await app.key.use(signer.publicKey.export({ type: 'spki', format: 'pem' }).toString());
    await app.expectVerdict('verified');
    await expect(app.key.carriedKeyWarning).toHaveCount(0);
  });

  test('the x5c leaf of another key does not verify; no offer when the leaf does not suit the alg', async ({
    app,
  }, testInfo) => {
    const signer = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const cert = selfSignedCertificate(other.privateKey, testInfo.outputPath('other'), 'other.example');
    const x5c = [cert.raw.toString('base64')];
    await app.open();
    await app.pasteToken(
      rs256(JSON.stringify({ alg: 'RS256', x5c }), `{"sub":"a",${FRESH}}`, signer.privateKey),
    );
    await app.findings.useLeafKey();
    await app.expectVerdict('invalid');
    await expect(app.key.carriedKeyWarning).toContainText('This key came from the token itself');
    await expect(app.key.carriedKeyWarning).toContainText('does not even match');
    await app.key.clear();
    await expect(app.key.carriedKeyWarning).toHaveCount(0);

    // An RSA leaf cannot verify ES256 (nor any HMAC): no offer.
    await app.pasteToken(rawToken(JSON.stringify({ alg: 'ES256', x5c }), `{${FRESH}}`));
    await expect(app.findings.certificates).toHaveCount(1);
    await expect(app.findings.useLeafKeyButton).toHaveCount(0);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`the findings card passes axe in the ${scheme} theme`, async ({ app, page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await app.open();
      await app.pasteToken(
        hs256(
          JSON.stringify({ alg: 'HS256', kid: '../x', x5c: [LEAF] }),
          `{"password":"p","iss":"https://accounts.google.com"}`,
          'your-256-bit-secret',
        ),
      );
      await app.findings.expectFinding('known-secret');
      const results = await new AxeBuilder({ page }).include(app.findings.regions).analyze();
      expect(results.violations).toEqual([]);
    });
  }
});

test.describe('each risk is said once, by its finding', () => {
  test('a duplicate member, at the top or nested: one finding each, no note under the pane', async ({
    app,
  }) => {
    await app.open();
    await app.pasteToken(
      rawToken('{"alg":"HS256"}', `{"admin":false,"admin":true,"user":{"role":"a","role":"b"},${FRESH}}`),
    );
    await expect(app.findings.finding('duplicate-member')).toHaveCount(2);
    await expect(app.findings.finding('duplicate-member').first()).toContainText(
      'The payload has the member "admin" more than once (/payload/admin)',
    );
    await expect(app.findings.finding('duplicate-member').nth(1)).toContainText(
      'The payload has the member "role" more than once (/payload/user/role)',
    );
    // The editor still marks the exact places; the words are the findings' alone.
    await expect(app.payloadFlags('duplicate')).toHaveCount(4);
    await expect(app.saying(/which copy wins/)).toHaveCount(2);
    await expect(app.paneNotes('payload')).toHaveCount(0);
    await expect(app.note('DUPLICATE_MEMBER')).toHaveCount(0);
  });

  test('a number JavaScript cannot hold, in the header: the finding says where and what it is read as', async ({
    app,
  }) => {
    await app.open();
    await app.pasteToken(rawToken('{"alg":"HS256","n":12345678901234567890}', `{${FRESH}}`));
    await app.findings.expectFinding('inexact-number', 'low');
    await expect(app.findings.finding('inexact-number')).toContainText(
      'The number 12345678901234567890 (/header/n) cannot be held exactly by JavaScript, which reads it as 12345678901234567000',
    );
    await expect(app.saying(/cannot be held exactly/)).toHaveCount(1);
    await expect(app.paneNotes('header')).toHaveCount(0);
    await expect(app.note('INEXACT_NUMBER')).toHaveCount(0);
  });

  test('a short secret: the finding gives its bytes and the bytes needed, only while that key is there', async ({
    app,
  }) => {
    await app.open();
    await app.pasteToken(hs256('{"alg":"HS256"}', `{"sub":"a",${FRESH}}`, 'tiny'));
    await app.key.use('tiny');
    await app.expectVerdict('verified');
    await app.findings.expectFinding('short-secret', 'high');
    await expect(app.findings.finding('short-secret')).toContainText(
      'The HMAC secret is 4 bytes, shorter than the 32 bytes HS256 needs',
    );
    await expect(app.findings.finding('short-secret')).toContainText('RFC 7518 section 3.2');
    // Not again beside the verdict.
    await expect(app.saying(/shorter than/)).toHaveCount(1);
    await expect(app.note('SHORT_SECRET')).toHaveCount(0);
    await app.key.use('');
    await app.findings.expectNoFinding('short-secret');
    await expect(app.saying(/shorter than/)).toHaveCount(0);
  });

  test('alg none: the verdict and the editing warning say it is unsigned; the finding says what that risks', async ({
    app,
  }) => {
    await app.open();
    await app.pasteToken(rawToken('{"alg":"none"}', `{"sub":"a",${FRESH}}`, ''));
    await app.expectVerdict('unsigned');
    await app.findings.expectFinding('alg-none', 'high');
    await expect(app.findings.finding('alg-none')).toContainText(
      'a server that accepts it lets anyone write',
    );
    await expect(app.saying(/anyone/i)).toHaveCount(1);
    await expect(app.saying(/must never accept/)).toHaveCount(0);
    await expect(app.verifyStatus).toContainText("Unsigned: the header says alg 'none'");
    await expect(app.editing.unsignedWarning).toContainText('unsigned (alg: none)');
    // Its link brings the finding into view and moves focus to it.
    await app.editing.unsignedWarningLink.click();
    await expect(app.findings.finding('alg-none')).toBeFocused();
    await expect(app.findings.finding('alg-none')).toBeInViewport();
  });
});
