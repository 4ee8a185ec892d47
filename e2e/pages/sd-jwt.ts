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

  /** The key-binding JWT decoded: what it says, its sd_hash beside the page's, its header and payload. */
  readonly kbJwt: Locator;
  readonly kbHeader: Locator;
  readonly kbPayload: Locator;
  /** Each problem of the key-binding JWT, in words. */
  readonly kbProblems: Locator;

  /** Where the card is on the page. */
  readonly regions = ['section[aria-labelledby="sd-jwt-heading"]'];

  constructor(readonly page: Page) {
    this.card = page.getByRole('region', { name: 'SD-JWT disclosures' });
    this.disclosures = page.getByTestId(TEST_IDS.disclosure);
    this.payloadJson = page.getByTestId(TEST_IDS.sdPayloadJson);
    this.kbStatus = page.getByTestId(TEST_IDS.kbStatus);
    this.kbJwt = this.card.getByRole('region', { name: 'Key binding JWT' });
    this.kbHeader = this.kbJwt.getByLabel('Header', { exact: true });
    this.kbPayload = this.kbJwt.getByLabel('Payload', { exact: true });
    this.kbProblems = this.kbJwt
      .getByRole('list', { name: 'Problems of the key-binding JWT' })
      .getByRole('listitem');
  }

  /** What the key-binding JWT section says for one term ("typ", "iat", "sd_hash", "Computed", "Compared"). */
  kbFact(term: string): Locator {
    return this.kbJwt
      .getByRole('term')
      .filter({ hasText: new RegExp(`^${term}$`) })
      .locator('xpath=following-sibling::dd[1]');
  }

  /** The key-binding JWT's header and payload, parsed. */
  async kbJson(): Promise<{ header: unknown; payload: unknown }> {
    return {
      header: JSON.parse((await this.kbHeader.textContent()) ?? '') as unknown,
      payload: JSON.parse((await this.kbPayload.textContent()) ?? '') as unknown,
    };
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
