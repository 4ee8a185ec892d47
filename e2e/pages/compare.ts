import { expect, type Locator, type Page } from '@playwright/test';
import { TEST_IDS } from '../../src/ui/test-ids';

/** The comparison: a second token box and the differences from the main token to it. */
export class CompareArea {
  /** Opens the comparison (CONTRACT.md `compare-button`). */
  readonly openButton: Locator;
  /** The token to compare with (CONTRACT.md `compare-input`). */
  readonly input: Locator;
  /** One per difference (CONTRACT.md `diff-row`): `data-path` and `data-change`. */
  readonly rows: Locator;
  /** The comparison's card. */
  readonly region: Locator;

  constructor(readonly page: Page) {
    this.openButton = page.getByTestId(TEST_IDS.compareButton);
    this.input = page.getByTestId(TEST_IDS.compareInput);
    this.rows = page.getByTestId(TEST_IDS.diffRow);
    this.region = page.getByRole('region', { name: 'Compare' });
  }

  /** Opens the comparison and pastes `token` as the one to compare with. */
  async compareWith(token: string): Promise<void> {
    // The card loads after the first paint: wait for it (its button, or its box when already open) before asking.
    await expect(this.openButton.or(this.input)).toBeVisible();
    if (await this.openButton.isVisible()) await this.openButton.click();
    await this.input.fill(token);
  }

  /** The difference at a JSON pointer into the token (`/payload/exp`). */
  row(path: string): Locator {
    return this.page.locator(`[data-testid="${TEST_IDS.diffRow}"][data-path="${path}"]`);
  }

  /** Every difference as [path, change], in order. */
  async changes(): Promise<[string, string][]> {
    return this.rows.evaluateAll((rows) =>
      rows.map(
        (r) => [r.getAttribute('data-path') ?? '', r.getAttribute('data-change') ?? ''] as [string, string],
      ),
    );
  }
}
