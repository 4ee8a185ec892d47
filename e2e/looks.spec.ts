import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import {
  b64url,
  BIG_NUMBERS_PAYLOAD,
  DUPLICATE_PAYLOAD,
  hs256,
  makeJwe,
  nonCanonicalTwin,
  rawToken,
  sdJwt,
  SECRET,
  TYPICAL,
} from './tokens';
import { ENTRA_V2, EXPIRED, KEYCLOAK } from './claim-tokens';
import { expect, NOW_SECONDS, test } from './fixtures';
import type { Page } from '@playwright/test';
import type { DebuggerPage } from './debugger-page';
import { ClaimsArea } from './pages/claims';
import type { ValidationArea } from './pages/validation';
import type { TopBar } from './pages/top-bar';
import { SdJwtArea } from './pages/sd-jwt';
import { KB, PRESENTATION } from './sd-jwt-tokens';
import { JweArea } from './pages/jwe';
import { CompareArea } from './pages/compare';
import { CompactEncrypt } from 'jose';
import { TEST_IDS } from '../src/ui/test-ids';

const SCHEMES = ['light', 'dark'] as const;
const SIZES = [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
] as const;

/**
 * Declares one screenshot test per colour scheme and size: the page opened at that size in that scheme, then
 * `shoot`, which names its files with `shot` ("dark-phone").
 */
function looks(
  title: string,
  shoot: (args: { app: DebuggerPage; page: Page; shot: string }) => Promise<void>,
): void {
  for (const scheme of SCHEMES) {
    for (const [size, viewport] of SIZES) {
      test(`looks: ${title}, ${scheme}, ${size}`, async ({ app, page }) => {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: scheme });
        await app.open();
        await shoot({ app, page, shot: `${scheme}-${size}` });
      });
    }
  }
}

// Screenshots for a person to review (written to screenshots/, which git ignores): every view, in light and
// dark themes, at desktop and phone widths. The assertions only check the page rendered what was shot.
const VIEWS = {
  sample: () => Promise.resolve(''),
  typical: () => Promise.resolve(TYPICAL),
  fidelity: () =>
    Promise.resolve(
      rawToken(
        '{"alg":"HS256","typ":"JWT"}',
        BIG_NUMBERS_PAYLOAD.replace('}', `,${DUPLICATE_PAYLOAD.slice(1)}`),
      ),
    ),
  error: () => Promise.resolve(`Bearer ${TYPICAL.slice(0, 60)}*${TYPICAL.slice(60)}`),
  jwe: makeJwe,
  verified: () => Promise.resolve(TYPICAL),
  mismatch: () => Promise.resolve(TYPICAL),
  unsigned: () =>
    Promise.resolve(rawToken('{"alg":"none","typ":"JWT"}', '{"sub":"user-42","admin":true}', '')),
  confusion: () => Promise.resolve(TYPICAL),
  'sd-jwt': () => Promise.resolve(sdJwt(true)),
  curl: () => Promise.resolve(`curl -H "Authorization: Bearer ${TYPICAL}" https://api.example.com/orders`),
  exchange: () =>
    Promise.resolve(
      [
        'POST /token HTTP/1.1',
        `Authorization: Bearer ${TYPICAL}`,
        '',
        'HTTP/1.1 200 OK',
        `Set-Cookie: session=${rawToken('{"alg":"RS256","kid":"k1"}', '{"sub":"bob"}')}; Path=/; HttpOnly`,
      ].join('\n'),
    ),
  noncanonical: () => Promise.resolve(nonCanonicalTwin(TYPICAL, 1)),
} as const;

const KEYS: Partial<Record<keyof typeof VIEWS, string>> = {
  verified: SECRET,
  mismatch: Buffer.from(SECRET).toString('base64'),
  confusion: generateKeyPairSync('rsa', { modulusLength: 2048 })
    .publicKey.export({ format: 'der', type: 'spki' })
    .toString('base64'),
};

for (const [name, token] of Object.entries(VIEWS)) {
  looks(name, async ({ app, page, shot }) => {
    const text = await token();
    if (text !== '') await app.pasteToken(text);
    const key = KEYS[name as keyof typeof KEYS];
    if (key !== undefined) {
      await app.key.use(key);
      await app.expectVerdictSettled();
    }
    await expect(app.headerJson).toBeVisible();
    // The editors, not their plain stand-ins: a shot taken before they load misses the fold gutter.
    await expect(page.locator('.cm-editor', { has: app.headerJson })).toBeVisible();
    await expect(page.locator('.cm-editor', { has: app.tokenInput })).toBeVisible();
    await page.screenshot({ path: `screenshots/${name}-${shot}.png`, fullPage: true });
  });
}

// A long payload that is not JSON and a long signature: their starts, what is left out, and "show more".
looks('long text payload', async ({ app, page, shot }) => {
  const text = Array.from({ length: 1600 }, (_, i) => `line ${i} ${'x'.repeat(50)}`).join('\n');
  await app.pasteToken(`${b64url('{"alg":"HS256"}')}.${b64url(text)}.${b64url('s'.repeat(60_000))}`);
  await expect(app.payloadJson).toContainText('line 0');
  await page.screenshot({ path: `screenshots/long-text-${shot}.png` });
  await app.payloadJson.locator('xpath=..').getByRole('button').last().scrollIntoViewIfNeeded();
  await page.screenshot({ path: `screenshots/long-text-more-${shot}.png` });
});

// The SD-JWT card alone: its disclosures in place (object, array element, nested) and the key binding verified.
looks('sd-jwt layer', async ({ app, page, shot }) => {
  const sdJwt = new SdJwtArea(page);
  await app.pasteToken(PRESENTATION + KB);
  await sdJwt.expectKeyBinding('verified');
  await sdJwt.card.screenshot({ path: `screenshots/sd-jwt-layer-${shot}.png` });
});

// A JWE decrypted with the recipient's private key, and the inner layer of a nested token (a JWS in a JWE).
const recipient = generateKeyPairSync('rsa', { modulusLength: 2048 });
const recipientPem = recipient.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const toRecipient = (plaintext: string, cty?: string): Promise<string> =>
  new CompactEncrypt(new TextEncoder().encode(plaintext))
    .setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM', ...(cty === undefined ? {} : { cty }) })
    .encrypt(recipient.publicKey);

looks('jwe decrypted', async ({ app, page, shot }) => {
  const jwe = new JweArea(page);
  await app.pasteToken(await toRecipient(JSON.stringify({ sub: 'alice', exp: NOW_SECONDS + 3600 })));
  await app.key.use(recipientPem);
  await jwe.expectDecrypt('decrypted');
  await page.screenshot({ path: `screenshots/jwe-decrypted-${shot}.png`, fullPage: true });
});

looks('jwe nested layer', async ({ app, page, shot }) => {
  const jwe = new JweArea(page);
  await app.pasteToken(await toRecipient(TYPICAL, 'JWT'));
  await app.key.use(recipientPem);
  await jwe.expectDecrypt('decrypted');
  await jwe.layer(1).click();
  await app.key.use(SECRET);
  await app.expectVerdictSettled();
  await page.screenshot({ path: `screenshots/jwe-nested-${shot}.png`, fullPage: true });
});

looks('jwe p2c refused', async ({ app, page, shot }) => {
  const jwe = new JweArea(page);
  const token = await new CompactEncrypt(new TextEncoder().encode('{"sub":"alice"}'))
    .setProtectedHeader({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM' })
    .setKeyManagementParameters({ p2c: 600_000 })
    .encrypt(new TextEncoder().encode('hunter2'));
  await app.pasteToken(token);
  await app.key.use('hunter2');
  await jwe.expectDecrypt('refused');
  await jwe.decryptStatus.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `screenshots/jwe-p2c-${shot}.png` });
});

looks('key over the limit, with the offer to raise it', async ({ app, page, shot }) => {
  await app.key.use('correct horse battery staple '.repeat(72_000));
  const raise = page.getByTestId(TEST_IDS.raiseKeyLimit);
  await expect(raise).toBeVisible();
  await raise.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `screenshots/key-limit-${shot}.png` });
  await raise.click();
  await expect(raise).toBeHidden();
  await page.screenshot({ path: `screenshots/key-limit-raised-${shot}.png` });
});

// Typing in a 100 KB token: the long payload folded in the token editor; a keystroke that breaks the payload's
// base64url (its editor hidden, the error said), and the one that mends it (the editor back, verified again).
looks('typing in a big token', async ({ app, page, shot }) => {
  const payload = JSON.stringify({
    sub: 'big-token-user',
    groups: Array.from({ length: 2000 }, (_, i) => `group-${String(i).padStart(6, '0')}-${'a'.repeat(24)}`),
    exp: NOW_SECONDS + 3600,
  });
  await app.pasteToken(hs256('{"alg":"HS256","typ":"JWT"}', payload, SECRET));
  await app.key.use(SECRET);
  await app.expectVerdict('verified');
  await app.caretBeforeSignature();
  await page.keyboard.type('x');
  await expect(app.decodeError).toBeVisible();
  await app.expectVerdictSettled();
  await page.screenshot({ path: `screenshots/typing-broken-${shot}.png`, fullPage: true });
  await page.keyboard.press('Backspace');
  await expect(app.decodeError).toBeHidden();
  await app.expectVerdict('verified');
  await expect(app.payloadJson).toContainText('"sub": "big-token-user"');
  await page.screenshot({ path: `screenshots/typing-mended-${shot}.png` });
});

looks('fidelity in a big token', async ({ app, page, shot }) => {
  // Decoded off the page: the pretty text and its marks are printed from the JSON tape in the worker.
  const groups = Array.from(
    { length: 25_000 },
    (_, i) => `group-${String(i).padStart(6, '0')}-${'a'.repeat(16)}`,
  );
  const payload = `{"admin":false,"admin":true,"id":12345678901234567890,"groups":${JSON.stringify(groups)}}`;
  await app.pasteToken(rawToken('{"alg":"HS256","typ":"JWT"}', payload));
  await expect(app.payloadFlags('duplicate')).toHaveCount(2);
  await expect(app.payloadFlags('inexact')).toHaveCount(1);
  await page.screenshot({ path: `screenshots/fidelity-big-${shot}.png` });
  // The top of the payload's card, where the marks are (the card of a big payload is too tall for one shot).
  await app.payloadFlags('duplicate').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: `screenshots/fidelity-big-payload-${shot}.png` });
});

looks('jwe encrypt card', async ({ app, page, shot }) => {
  const jwe = new JweArea(page);
  await app.pasteToken(TYPICAL);
  await jwe.encrypt(recipient.publicKey.export({ type: 'spki', format: 'pem' }).toString());
  await page.locator(jwe.encryptRegion).screenshot({ path: `screenshots/jwe-encrypt-${shot}.png` });
});

// The dialogs of the top bar, shot as the viewport shows them: how each opens, and what shows once open.
const DIALOGS = {
  share: { open: (topBar: TopBar) => topBar.share(), dialog: (topBar: TopBar) => topBar.shareDialog.root },
  privacy: {
    open: (topBar: TopBar) => topBar.openPrivacyNote(),
    dialog: (topBar: TopBar) => topBar.privacyNote.root,
  },
} as const;

for (const [name, { open, dialog }] of Object.entries(DIALOGS)) {
  looks(`${name} dialog`, async ({ app, page, shot }) => {
    await app.pasteToken(TYPICAL);
    await open(app.topBar);
    await expect(dialog(app.topBar)).toBeVisible();
    // Let the dialog's entrance transition finish.
    await page.waitForTimeout(400);
    await page.screenshot({ path: `screenshots/dialog-${name}-${shot}.png` });
  });
}

// Editing and signing: each view is what a few user actions leave on screen.
const EDIT_VIEWS: Record<string, (app: DebuggerPage) => Promise<void>> = {
  'edit-resigned': async (app) => {
    await app.pasteToken(TYPICAL);
    await app.key.use(SECRET);
    await app.editing.edit('payload', '{\n  "sub": "user-42",\n  "role": "admin",\n  "exp": 4102444800\n}');
    await app.expectVerdict('verified');
  },
  'edit-error': async (app) => {
    await app.pasteToken(TYPICAL);
    await app.editing.edit('payload', '{\n  "sub": "user-42",\n  "admin": tru\n}');
    await expect(app.editing.paneError('payload')).toBeVisible();
  },
  'edit-claims': async (app) => {
    await app.pasteToken(TYPICAL);
    await app.editing.setClaim('iat = now');
    await app.editing.setExpIn('1 hour');
    await expect(app.editing.claimDate('exp')).toBeVisible();
  },
  'edit-public-only': async (app) => {
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const signingInput = `${b64url('{"alg":"ES256","typ":"JWT"}')}.${b64url('{"sub":"x"}')}`;
    const signature = sign('sha256', Buffer.from(signingInput), {
      key: privateKey,
      dsaEncoding: 'ieee-p1363',
    });
    await app.pasteToken(`${signingInput}.${signature.toString('base64url')}`);
    await app.key.use(publicKey.export({ type: 'spki', format: 'pem' }).toString());
    await app.expectVerdict('verified');
    await app.editing.edit('payload', '{"sub":"y"}');
    await app.expectVerdict('invalid');
  },
  'generated-key': async (app) => {
    await app.pasteToken(rawToken('{"alg":"ES256","typ":"JWT"}', '{"sub":"x"}'));
    await app.editing.generateKey();
    await expect(app.editing.publicKeyOutput).toBeVisible();
  },
  'alg-select': async (app) => {
    await app.pasteToken(TYPICAL);
    await app.key.use(SECRET);
    await app.editing.chooseAlg('HS512');
    await app.expectVerdict('verified');
    await app.editing.algSelect.focus();
  },
  compare: async (app) => {
    const compare = new CompareArea(app.page);
    await app.pasteToken(rawToken('{"alg":"HS256","kid":"2025"}', '{"sub":"user-42","exp":1764064800}'));
    const groups = Array.from({ length: 300 }, (_, i) => `group-${i}`);
    await compare.compareWith(
      rawToken('{"alg":"HS256","kid":"2026"}', JSON.stringify({ sub: 'user-42', exp: 1764068400, groups })),
    );
    await expect(compare.row('/payload/groups')).toContainText('in all');
  },
  'unsigned-warning': async (app) => {
    await app.pasteToken(TYPICAL);
    await app.editing.chooseAlg('none');
    await expect(app.editing.unsignedWarning).toBeVisible();
  },
};

for (const [name, act] of Object.entries(EDIT_VIEWS)) {
  looks(name, async ({ app, page, shot }) => {
    await act(app);
    await page.screenshot({ path: `screenshots/${name}-${shot}.png`, fullPage: true });
  });
}

// Claims and time: the claims table, the time status beside the verdict, the timeline and the clock inputs.
const CLAIM_VIEWS: Record<string, (app: DebuggerPage, claims: ClaimsArea) => Promise<void>> = {
  'claims-entra': async (app, claims) => {
    await app.pasteToken(ENTRA_V2);
    await claims.expectTimeStatus('valid');
  },
  'claims-keycloak': async (app, claims) => {
    await app.pasteToken(KEYCLOAK);
    await claims.expectTimeStatus('valid');
  },
  'claims-expired': async (app, claims) => {
    await app.pasteToken(EXPIRED);
    await claims.expectTimeStatus('expired');
  },
  'claims-expired-verified': async (app, claims) => {
    await app.pasteToken(
      hs256('{"alg":"HS256","typ":"JWT"}', `{"sub":"user-42","exp":${String(NOW_SECONDS - 7200)}}`, SECRET),
    );
    await app.key.use(SECRET);
    await app.expectVerdict('verified');
    await claims.expectTimeStatus('expired');
  },
  'claims-now-error': async (app, claims) => {
    await app.pasteToken(KEYCLOAK);
    await claims.judgeAt('next tuesday');
    await claims.setLeeway('30');
  },
};

for (const [name, act] of Object.entries(CLAIM_VIEWS)) {
  looks(name, async ({ app, page, shot }) => {
    const claims = new ClaimsArea(page);
    await act(app, claims);
    await expect(claims.rows.first()).toBeVisible();
    await page.screenshot({ path: `screenshots/${name}-${shot}.png`, fullPage: true });
  });
}

// Validation: the expected values and the checks of an ID token, passing and failing.
const ACCESS_TOKEN = 'SlAV32hkKG.access-token-issued-with-the-id-token';
const ID_TOKEN = rawToken(
  '{"alg":"RS256","typ":"JWT","kid":"1e9gdk7"}',
  JSON.stringify({
    iss: 'https://accounts.example.com',
    sub: '248289761001',
    aud: 's6BhdRkqt3',
    nonce: 'n-0S6_WzA2Mj',
    iat: NOW_SECONDS - 60,
    exp: NOW_SECONDS + 600,
    at_hash: createHash('sha256').update(ACCESS_TOKEN).digest().subarray(0, 16).toString('base64url'),
  }),
);
const VALIDATION_VIEWS: Record<string, (app: DebuggerPage, v: ValidationArea) => Promise<void>> = {
  'validation-pass': async (app, v) => {
    await app.pasteToken(ID_TOKEN);
    await v.expect({
      iss: 'https://accounts.example.com',
      aud: 's6BhdRkqt3',
      nonce: 'n-0S6_WzA2Mj',
      typ: 'JWT',
      algs: 'RS256, ES256',
      hashInput: ACCESS_TOKEN,
    });
    await v.expectStatuses({ iss: 'pass', at_hash: 'pass' });
  },
  'validation-fail': async (app, v) => {
    await app.pasteToken(EXPIRED);
    await v.expect({
      iss: 'https://login.example.com',
      aud: '1234987819200.apps.googleusercontent.com',
      algs: 'ES256',
      hashInput: ACCESS_TOKEN,
    });
    await v.expectStatuses({ exp: 'fail', iss: 'fail', aud: 'pass', alg: 'fail' });
  },
};

for (const [name, act] of Object.entries(VALIDATION_VIEWS)) {
  looks(name, async ({ app, page, shot }) => {
    await act(app, app.validation);
    await expect(app.validation.checks).toHaveCount(10);
    await page.screenshot({ path: `screenshots/${name}-${shot}.png`, fullPage: true });
    await app.validation.region.screenshot({ path: `screenshots/${name}-${shot}-panel.png` });
  });
}

// Findings: a risky token (a known secret, a path in kid, a password, an x5c chain, a known issuer) and a plain one.
const X5C_LEAF =
  'MIICGjCCAcACFBMyBcKTgkBAqc0q4SAwxsR1rzw8MAoGCCqGSM49BAMCMCkxFTATBgNVBAMMDFRlc3QgUm9vdCBDQTEQMA4GA1UECgwHRXhhbXBsZTAeFw0yNjExMjYwNDQxMDhaFw0zNjExMjMwNDQxMDhaMCsxFzAVBgNVBAMMDnNpZ25lci5leGFtcGxlMRAwDgYDVQQKDAdFeGFtcGxlMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAuztM+MHNeuWVvfYJ5lqgrO6QS2PU5CCWsHIA7CbjvvKEXn2l6bz1jGcnV1fzt6KCKEbYGf6g9tAAQf1D6f3KsBRx7Y53SaK3WhtOxLHmK1eigeuTA9wNyRBsQ/Amsbxkf5s9ZufFXE01+66EUu9lW2ALOtOpklByQiPLIs3xcpG3dmKxkfNFTBXPcZIznlqmNl2POlDNMiGMSNbyqKqzUB7rka0kIZ74A1yNLebkeoeUL6+quRcuF2Uu+D2mkzWwlwmMhw4VJ2qXHnaFamKTMnQdtvrClQEkbQaAXiceKozHkUr4MecVDbiRcFAtQQKix1HHUpTDWGjy+JWePQxynwIDAQABMAoGCCqGSM49BAMCA0gAMEUCIF7OagL25ZGKQryknUJlYV7leyXtiei5kGWacrQisTaEAiEAiqwsgAbriIp730HzDtfU541CnOCFuHbmQv3dM/v9Xy8=';
const FINDINGS_VIEWS: Record<string, { token: string; expect: string }> = {
  'findings-risky': {
    token: hs256(
      JSON.stringify({ alg: 'HS256', typ: 'JWT', kid: '../../keys/dev', x5c: [X5C_LEAF] }),
      JSON.stringify({ iss: 'https://accounts.google.com', sub: 'user-42', password: 'hunter2' }),
      'your-256-bit-secret',
    ),
    expect: 'known-secret',
  },
  'findings-searching': {
    token: hs256('{"alg":"HS256","typ":"JWT"}', `{"sub":"user-42","exp":${NOW_SECONDS + 600}}`, SECRET),
    expect: 'none',
  },
};

for (const [name, view] of Object.entries(FINDINGS_VIEWS)) {
  looks(name, async ({ app, page, shot }) => {
    await app.pasteToken(view.token);
    if (view.expect === 'none') await app.findings.expectSearchDone();
    else await app.findings.expectFinding(view.expect);
    await page.screenshot({ path: `screenshots/${name}-${shot}.png`, fullPage: true });
    await page.screenshot({ path: `screenshots/${name}-${shot}-viewport.png` });
    await app.findings.card.screenshot({ path: `screenshots/${name}-${shot}-card.png` });
  });
}
