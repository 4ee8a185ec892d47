import { expect, type Locator, type Page } from '@playwright/test';
import { TEST_IDS } from '../../src/ui/test-ids';

/** The values of `decrypt-status`'s `data-status` (CONTRACT.md). */
export type DecryptStatus = 'idle' | 'checking' | 'decrypted' | 'failed' | 'error' | 'refused';

/** A JWE's decryption and the layers of a nested token. */
export class JweArea {
  /** The decryption's status (CONTRACT.md `decrypt-status`): `data-status`, and why in words. */
  readonly decryptStatus: Locator;
  /** Allows a refused PBES2 count for this token, once (CONTRACT.md `p2c-raise`). */
  readonly p2cRaise: Locator;
  /** One per layer of a nested token, outermost first (CONTRACT.md `layer`). */
  readonly layers: Locator;

  /** The encoder's last step: wrap the token as a JWE (the app's own `encrypt-…` ids). */
  readonly encryptButton: Locator;
  readonly encryptKey: Locator;
  readonly encryptAlg: Locator;
  readonly encryptEnc: Locator;
  readonly encryptRun: Locator;
  readonly encryptOutput: Locator;
  readonly encryptStatus: Locator;
  readonly encryptOpen: Locator;

  /** Where the JWE's own parts are on the page (for axe). */
  readonly regions = [`[data-testid="${TEST_IDS.decryptStatus}"]`, 'nav[aria-labelledby="layers-label"]'];

  /** Where the encrypt card is on the page (for axe). */
  readonly encryptRegion = 'section[aria-labelledby="encrypt-heading"]';

  constructor(readonly page: Page) {
    this.decryptStatus = page.getByTestId(TEST_IDS.decryptStatus);
    this.p2cRaise = page.getByTestId(TEST_IDS.p2cRaise);
    this.layers = page.getByTestId(TEST_IDS.layer);
    this.encryptButton = page.getByTestId(TEST_IDS.encryptButton);
    this.encryptKey = page.getByTestId(TEST_IDS.encryptKeyInput);
    this.encryptAlg = page.getByTestId(TEST_IDS.encryptAlg);
    this.encryptEnc = page.getByTestId(TEST_IDS.encryptEnc);
    this.encryptRun = page.getByTestId(TEST_IDS.encryptRun);
    this.encryptOutput = page.getByTestId(TEST_IDS.encryptOutput);
    this.encryptStatus = page.getByTestId(TEST_IDS.encryptStatus);
    this.encryptOpen = page.getByTestId(TEST_IDS.encryptOpen);
  }

  /** Wraps the token on screen as a JWE to `key` (with `alg` and `enc` when given) and waits for the JWE. */
  async encrypt(key: string, alg?: string, enc?: string): Promise<string> {
    await this.encryptButton.click();
    await this.encryptKey.fill(key);
    if (alg !== undefined) await this.encryptAlg.selectOption(alg);
    if (enc !== undefined) await this.encryptEnc.selectOption(enc);
    await this.encryptRun.click();
    await expect(this.encryptOutput).toBeVisible();
    return (await this.encryptOutput.textContent()) ?? '';
  }

  async expectDecrypt(status: DecryptStatus): Promise<void> {
    await expect(this.decryptStatus).toHaveAttribute('data-status', status);
  }

  /** The layer numbered `n` (0 is the outermost token). */
  layer(n: number): Locator {
    return this.page.locator(`[data-testid="${TEST_IDS.layer}"][data-layer="${n}"]`);
  }

  /** The layers as [kind, selected], outermost first. */
  async layerStates(): Promise<[string, boolean][]> {
    const items = await this.layers.all();
    return Promise.all(
      items.map(async (l): Promise<[string, boolean]> => [
        (await l.getAttribute('data-kind')) ?? '',
        (await l.getAttribute('aria-selected')) === 'true',
      ]),
    );
  }
}
