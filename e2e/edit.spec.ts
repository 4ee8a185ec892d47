import {
  createHmac,
  createPublicKey,
  generateKeyPairSync,
  sign as nodeSign,
  verify as nodeVerify,
} from 'node:crypto';
import { b64url, rawToken, SECRET, TYPICAL } from './tokens';
import { expect, NOW_SECONDS, test } from './fixtures';
import type { DebuggerPage } from './debugger-page';

/** The token's segments as the editor holds them. */
async function segments(app: DebuggerPage): Promise<[string, string, string]> {
  const [header = '', payload = '', signature = ''] = (await app.tokenText()).split('.');
  return [header, payload, signature];
}

/** A segment's bytes as text, decoded here (never by the page). */
function segmentText(segment: string): string {
  return Buffer.from(segment, 'base64url').toString('utf8');
}

/** Checks an HS256 token with node:crypto, independently of the page. */
function hs256Holds(token: string, secret: string): boolean {
  const [h, p, s] = token.split('.');
  return createHmac('sha256', secret).update(`${h}.${p}`).digest('base64url') === s;
}

test.describe('editing the header and payload', () => {
  test('a valid payload edit re-encodes the token at once, digits and order as typed, and re-signs', async ({
    app,
  }) => {
    await app.open();
    await app.pasteToken(TYPICAL);
    await app.key.use(SECRET);
    await app.expectVerdict('verified');
    const typed = '{\n  "sub": "user-42",\n  "z": 1,\n  "id": 12345678901234567890,\n  "three": 3.0\n}';
    await app.editing.edit('payload', typed);
    await expect
      .poll(async () => segmentText((await segments(app))[1]))
      .toBe('{"sub":"user-42","z":1,"id":12345678901234567890,"three":3.0}');
    // The header segment is kept byte for byte.
    expect((await segments(app))[0]).toBe(TYPICAL.split('.')[0]);
    await app.expectVerdict('verified');
    expect(hs256Holds(await app.tokenText(), SECRET)).toBe(true);
    // The pane keeps what the user typed.
    await expect(app.payloadJson).toContainText('"id": 12345678901234567890');
  });

  test('invalid JSON is marked where it breaks and leaves the token as it was', async ({ app }) => {
    await app.open();
    await app.pasteToken(TYPICAL);
    await app.editing.edit('payload', '{\n  "sub": "user-42",\n  "admin": tru\n}');
    await expect(app.editing.paneError('payload')).toBeVisible();
    await expect(app.editing.paneError('payload')).toContainText('line 3');
    await expect(app.editing.errorMark('payload')).toHaveCount(1);
    expect(await app.tokenText()).toBe(TYPICAL);
    // The draft stays in the pane: the re-decoded token never overwrites it.
    await expect(app.payloadJson).toContainText('"admin": tru');
    await app.editing.edit('payload', '{"sub":"user-42","admin":true}');
    await expect(app.editing.paneError('payload')).toHaveCount(0);
    expect(segmentText((await segments(app))[1])).toBe('{"sub":"user-42","admin":true}');
  });

  test('undo brings the previous text back and re-encodes it', async ({ app, page }) => {
    await app.open();
    await app.pasteToken(TYPICAL);
    await app.payloadJson.click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('End');
    await page.keyboard.type(', "role": "admin"');
    await expect.poll(async () => segmentText((await segments(app))[1])).toContain('"role":"admin"');
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(async () => segmentText((await segments(app))[1])).not.toContain('role');
  });

  test('keep whitespace puts the typed text into the token byte for byte', async ({ app }) => {
    await app.open();
    await app.pasteToken(TYPICAL);
    await app.editing.keepWhitespace.check();
    const typed = '{ "sub" : "user-42",\n  "n": 1 }';
    await app.editing.edit('payload', typed);
    await expect.poll(async () => segmentText((await segments(app))[1])).toBe(typed);
  });

  test('with a public key only, the old signature stays and the verdict says a private key is needed', async ({
    app,
  }) => {
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const header = b64url('{"alg":"ES256","typ":"JWT"}');
    const payload = b64url('{"sub":"x"}');
    const signature = nodeSign('sha256', Buffer.from(`${header}.${payload}`), {
      key: privateKey,
      dsaEncoding: 'ieee-p1363',
    });
    const token = `${header}.${payload}.${signature.toString('base64url')}`;
    await app.open();
    await app.pasteToken(token);
    await app.key.use(publicKey.export({ type: 'spki', format: 'pem' }).toString());
    await app.expectVerdict('verified');
    await app.editing.edit('payload', '{"sub":"y"}');
    await expect.poll(async () => segmentText((await segments(app))[1])).toBe('{"sub":"y"}');
    expect((await segments(app))[2]).toBe(signature.toString('base64url'));
    await app.expectVerdict('invalid');
    await expect(app.verifyStatus).toContainText(/private key/i);
  });

  test('changing the key alone never changes the token', async ({ app }) => {
    await app.open();
    await app.pasteToken(TYPICAL);
    await app.key.use('another secret entirely, long enough');
    await app.expectVerdict('invalid');
    expect(await app.tokenText()).toBe(TYPICAL);
  });
});

test.describe('signing controls', () => {
  test('the alg picker offers every algorithm and none; none is unsigned, with a warning', async ({
    app,
  }) => {
    await app.open();
    await app.pasteToken(TYPICAL);
    const choices = await app.editing.algChoices();
    for (const alg of [
      'HS256',
      'RS256',
      'PS512',
      'ES256',
      'ES256K',
      'EdDSA',
      'Ed25519',
      'ML-DSA-65',
      'none',
    ]) {
      expect(choices).toContain(alg);
    }
    await expect(app.editing.unsignedWarning).toHaveCount(0);
    await app.editing.chooseAlg('none');
    await expect(app.editing.unsignedWarning).toBeVisible();
    await expect.poll(async () => (await segments(app))[2]).toBe('');
    expect(JSON.parse(segmentText((await segments(app))[0]))).toMatchObject({ alg: 'none' });
    await app.expectVerdict('unsigned');
  });

  test('choosing HS384 with the secret re-signs the token', async ({ app }) => {
    await app.open();
    await app.pasteToken(TYPICAL);
    await app.key.use(SECRET);
    await app.editing.chooseAlg('HS384');
    await expect(app.editing.algSelect).toHaveValue('HS384');
    await app.expectVerdict('verified');
    const [h, p, s] = await segments(app);
    expect(createHmac('sha384', SECRET).update(`${h}.${p}`).digest('base64url')).toBe(s);
  });

  test('generate-key makes an ES256 key pair: the private key in the key input, the public one shown', async ({
    app,
  }) => {
    await app.open();
    await app.pasteToken(rawToken('{"alg":"ES256","typ":"JWT"}', '{"sub":"x"}'));
    await app.editing.generateKey();
    await expect(app.key.input).toHaveValue(/PRIVATE KEY/);
    await expect(app.editing.publicKeyOutput).toHaveValue(/^-----BEGIN PUBLIC KEY-----/);
    await app.expectVerdict('verified');
    const pem = await app.editing.publicKey();
    const [h, p, s] = await segments(app);
    const holds = nodeVerify(
      'sha256',
      Buffer.from(`${h}.${p}`),
      { key: createPublicKey(pem), dsaEncoding: 'ieee-p1363' },
      Buffer.from(s, 'base64url'),
    );
    expect(holds).toBe(true);
    // The thumbprint goes into kid, and the token is signed again.
    await app.editing.setKidThumbprint();
    await expect(app.headerJson).toContainText('"kid"');
    await expect
      .poll(async () => JSON.parse(segmentText((await segments(app))[0])) as unknown)
      .toMatchObject({
        kid: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      });
    await app.expectVerdict('verified');
  });

  test('RS256 offers the RSA size', async ({ app }) => {
    await app.open();
    await app.pasteToken(rawToken('{"alg":"RS256","typ":"JWT"}', '{"sub":"x"}'));
    await expect(app.editing.rsaBits).toBeVisible();
    await app.editing.generateKey(2048);
    await expect(app.editing.publicKeyOutput).toHaveValue(/^-----BEGIN PUBLIC KEY-----/, { timeout: 20_000 });
    await app.expectVerdict('verified');
  });

  test('claim helpers set exp, iat, nbf and jti, and show the date each means', async ({ app }) => {
    await app.open();
    await app.pasteToken(TYPICAL);
    await app.editing.setExpIn('1 hour');
    await expect
      .poll(async () => JSON.parse(segmentText((await segments(app))[1])) as unknown)
      .toMatchObject({
        exp: NOW_SECONDS + 3600,
      });
    await expect(app.editing.claimDate('exp')).toContainText('2026-11-25T11:00:00Z');
    await app.editing.setExpInMinutes(90);
    await expect(app.editing.claimDate('exp')).toContainText('2026-11-25T11:30:00Z');
    await app.editing.setClaim('iat = now');
    await expect(app.editing.claimDate('iat')).toContainText('2026-11-25T10:00:00Z');
    await app.editing.setClaim('nbf = now');
    await expect(app.editing.claimDate('nbf')).toContainText('2026-11-25T10:00:00Z');
    await app.editing.setClaim('Random jti');
    await expect(app.payloadJson).toContainText('"jti"');
  });

  test('an example for any algorithm comes with its key, and verifies; Clear empties the page', async ({
    app,
  }) => {
    await app.open();
    await app.editing.loadExample('ES384');
    await expect(app.editing.algSelect).toHaveValue('ES384');
    await app.expectVerdict('verified');
    await app.editing.loadExample('HS512');
    await expect(app.editing.algSelect).toHaveValue('HS512');
    await app.expectVerdict('verified');
    await app.editing.clear();
    // The token editor shows only its placeholder; the panes are empty editors, ready for a new token.
    await expect(app.segment('header')).toHaveCount(0);
    await expect(app.headerJson).toHaveText('');
    await expect(app.payloadJson).toHaveText('');
    await expect(app.key.input).toHaveValue('');
  });
});
