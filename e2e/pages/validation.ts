import { expect, test, type Locator, type Page } from '@playwright/test';
import { TEST_IDS } from '../../src/ui/test-ids';

/** The values of a `check`'s `data-check` (CONTRACT.md), in the order the panel lists them. */
export const CHECK_IDS = [
  'exp',
  'nbf',
  'iat',
  'iss',
  'aud',
  'nonce',
  'typ',
  'alg',
  'at_hash',
  'c_hash',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/** The values of a `check`'s `data-status` (CONTRACT.md). */
export type CheckStatus = 'pass' | 'fail' | 'skip';

/** What a careful server expects, as the validation panel's inputs take it. */
export interface Expected {
  readonly iss?: string;
  readonly aud?: string;
  readonly nonce?: string;
  readonly typ?: string;
  /** The allowed algorithms, comma-separated. */
  readonly algs?: string;
  /** An access token (for at_hash) or authorization code (for c_hash). */
  readonly hashInput?: string;
}

/** The validation panel: the expected values and one `check` per check run, with its status and words. */
export class ValidationArea {
  /** Where the panel is on the page, as a CSS selector (for accessibility checks). */
  readonly regionSelector = 'section[aria-labelledby="validation-heading"]';
  readonly region: Locator;
  readonly inputs: Readonly<Record<keyof Expected, Locator>>;
  /** Every check listed (CONTRACT.md `check`). */
  readonly checks: Locator;

  constructor(readonly page: Page) {
    this.region = page.locator(this.regionSelector);
    this.inputs = {
      iss: page.getByTestId(TEST_IDS.expectedIss),
      aud: page.getByTestId(TEST_IDS.expectedAud),
      nonce: page.getByTestId(TEST_IDS.expectedNonce),
      typ: page.getByTestId(TEST_IDS.expectedTyp),
      algs: page.getByTestId(TEST_IDS.expectedAlgs),
      hashInput: page.getByTestId(TEST_IDS.atHashInput),
    };
    this.checks = page.getByTestId(TEST_IDS.check);
  }

  /** One check by its id. */
  check(id: CheckId): Locator {
    return this.checks.and(this.page.locator(`[data-check="${id}"]`));
  }

  /** Types the expected values given (an empty string clears one). */
  async expect(expected: Expected): Promise<void> {
    for (const [field, text] of Object.entries(expected) as [keyof Expected, string][]) {
      await this.inputs[field].fill(text);
    }
  }

  /** Waits until each named check has its status (web-first: retried until it holds). */
  async expectStatuses(statuses: Partial<Record<CheckId, CheckStatus>>): Promise<void> {
    await test.step(
      `checks are ${JSON.stringify(statuses)}`,
      async () => {
        for (const [id, status] of Object.entries(statuses) as [CheckId, CheckStatus][]) {
          await expect(this.check(id)).toHaveAttribute('data-status', status);
        }
      },
      { box: true },
    );
  }
}
