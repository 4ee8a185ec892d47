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

  /** Where the JWE's own parts are on the page (for axe). */
  readonly regions = [`[data-testid="${TEST_IDS.decryptStatus}"]`, 'nav[aria-labelledby="layers-label"]'];

  constructor(readonly page: Page) {
    this.decryptStatus = page.getByTestId(TEST_IDS.decryptStatus);
    this.p2cRaise = page.getByTestId(TEST_IDS.p2cRaise);
    this.layers = page.getByTestId(TEST_IDS.layer);
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
