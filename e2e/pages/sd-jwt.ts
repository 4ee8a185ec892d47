import { expect, type Locator, type Page } from '@playwright/test';
import { TEST_IDS } from '../../src/ui/test-ids';

/** The values of `kb-status`'s `data-status` (CONTRACT.md). */
export type KeyBindingStatus = 'absent' | 'verified' | 'invalid' | 'error';

/** The SD-JWT card: one `disclosure` per disclosure, the payload with them in place, the key binding's status. */
export class SdJwtArea {
  readonly card: Locator;
  /** One per disclosure (CONTRACT.md `disclosure`): `data-claim`, `data-digest-status`. */
  readonly disclosures: Locator;
  /** The payload with every matched disclosure in place (CONTRACT.md `sd-payload-json`). */
  readonly payloadJson: Locator;
  /** The key-binding JWT's status (CONTRACT.md `kb-status`). */
  readonly kbStatus: Locator;

  /** Where the card is on the page. */
  readonly regions = ['section[aria-labelledby="sd-jwt-heading"]'];

  constructor(readonly page: Page) {
    this.card = page.getByRole('region', { name: 'SD-JWT disclosures' });
    this.disclosures = page.getByTestId(TEST_IDS.disclosure);
    this.payloadJson = page.getByTestId(TEST_IDS.sdPayloadJson);
    this.kbStatus = page.getByTestId(TEST_IDS.kbStatus);
  }

  /** The disclosures as [claim, digest status], in the order of the SD-JWT. */
  async disclosureStates(): Promise<[string, string][]> {
    const items = await this.disclosures.all();
    return Promise.all(
      items.map(async (d): Promise<[string, string]> => [
        (await d.getAttribute('data-claim')) ?? '',
        (await d.getAttribute('data-digest-status')) ?? '',
      ]),
    );
  }

  /** The processed payload, parsed. */
  async payload(): Promise<unknown> {
    return JSON.parse((await this.payloadJson.textContent()) ?? '') as unknown;
  }

  async expectKeyBinding(status: KeyBindingStatus): Promise<void> {
    await expect(this.kbStatus).toHaveAttribute('data-status', status);
  }
}
