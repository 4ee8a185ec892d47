import { expect, type Locator, type Page } from '@playwright/test';
import { TEST_IDS } from '../../src/ui/test-ids';

/** The values of a finding's `data-severity` (CONTRACT.md). */
export type Severity = 'high' | 'medium' | 'low' | 'info';

/** The findings card: one `finding` per finding, the known-secret search, x5c certificates and issuer keys. */
export class FindingsArea {
  readonly card: Locator;
  /** One per finding (CONTRACT.md `finding`). */
  readonly findings: Locator;
  /** The known-secret search: `data-status` is loading, searching, done or failed. */
  readonly search: Locator;
  readonly x5cChain: Locator;
  readonly certificates: Locator;
  /** The one-click offer to verify with the x5c leaf certificate's key (only when that key suits the alg). */
  readonly useLeafKeyButton: Locator;
  readonly issuerKeys: Locator;

  /** Where the findings are on the page. */
  readonly regions = ['section[aria-labelledby="findings-heading"]'];

  constructor(readonly page: Page) {
    this.card = page.getByRole('region', { name: 'Findings' });
    this.findings = page.getByTestId(TEST_IDS.finding);
    this.search = page.getByTestId(TEST_IDS.knownSecretSearch);
    this.x5cChain = page.getByTestId(TEST_IDS.x5cChain);
    this.certificates = this.x5cChain.getByTestId(TEST_IDS.x5cCertificate);
    this.useLeafKeyButton = this.x5cChain.getByRole('button', {
      name: "Use the leaf certificate's key to verify",
    });
    this.issuerKeys = page.getByTestId(TEST_IDS.issuerKeys);
  }

  /** The finding with a rule id (CONTRACT.md `data-finding`). */
  finding(id: string): Locator {
    return this.findings.and(this.page.locator(`[data-finding="${id}"]`));
  }

  async expectFinding(id: string, severity?: Severity): Promise<void> {
    await expect(this.finding(id)).toHaveCount(1);
    if (severity !== undefined) await expect(this.finding(id)).toHaveAttribute('data-severity', severity);
  }

  async expectNoFinding(id: string): Promise<void> {
    await expect(this.finding(id)).toHaveCount(0);
  }

  /** Puts the x5c leaf certificate into the key input, to verify with it. */
  async useLeafKey(): Promise<void> {
    await this.useLeafKeyButton.click();
  }

  /** Waits until the known-secret search of the token on screen has finished. */
  async expectSearchDone(): Promise<void> {
    await expect(this.search).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  }
}
