import { expect, type Locator, type Page } from '@playwright/test';
import { TEST_IDS } from '../../src/ui/test-ids';

/** A JSON pane the user can edit. */
export type Pane = 'header' | 'payload';

/** How far ahead a claim helper sets `exp`. */
export type ExpChoice = '5 minutes' | '1 hour' | '1 day';

/** Editing and signing: the JSON panes as editors, the alg picker, key generation, claim helpers, examples. */
export class Editing {
  /** The header's alg (CONTRACT.md `alg-select`, a native select). */
  readonly algSelect: Locator;
  /** Generates a key for the header's alg (CONTRACT.md `generate-key`). */
  readonly generateKeyButton: Locator;
  /** The RSA size for RS* and PS* (shown only for them). */
  readonly rsaBits: Locator;
  /** The public half of the key, as an SPKI PEM (CONTRACT.md `public-key-output`). */
  readonly publicKeyOutput: Locator;
  readonly setKidThumbprintButton: Locator;
  /** Shown while the token being produced is `alg: none` (CONTRACT.md `unsigned-warning`). */
  readonly unsignedWarning: Locator;
  /** The unsigned warning's link to the alg-none finding, which says what an unsigned token risks. */
  readonly unsignedWarningLink: Locator;
  /** The switch: edited JSON byte for byte (on) or compacted (off). */
  readonly keepWhitespace: Locator;
  /** Why the last key action (generate, thumbprint) did not happen. */
  readonly keyActionFailure: Locator;
  /** Shown while an edited token is being signed. */
  readonly signState: Locator;
  readonly examplesButton: Locator;
  readonly clearButton: Locator;
  /** The claim helpers, and the date each time claim means. */
  readonly claimHelpers: Locator;
  readonly claimDates: Locator;

  constructor(readonly page: Page) {
    this.algSelect = page.getByTestId(TEST_IDS.algSelect);
    this.generateKeyButton = page.getByTestId(TEST_IDS.generateKey);
    this.rsaBits = page.getByTestId(TEST_IDS.rsaBits);
    this.publicKeyOutput = page.getByTestId(TEST_IDS.publicKeyOutput);
    this.setKidThumbprintButton = page.getByTestId(TEST_IDS.setKidThumbprint);
    this.unsignedWarning = page.getByTestId(TEST_IDS.unsignedWarning);
    this.unsignedWarningLink = this.unsignedWarning.getByRole('button', { name: 'see Findings' });
    this.keepWhitespace = page.getByTestId(TEST_IDS.keepWhitespace);
    this.keyActionFailure = page.getByTestId(TEST_IDS.keyActionFailure);
    this.signState = page.getByTestId(TEST_IDS.signState);
    this.examplesButton = page.getByTestId(TEST_IDS.examplesButton);
    this.clearButton = page.getByTestId(TEST_IDS.clearAll);
    this.claimHelpers = page.getByTestId(TEST_IDS.claimHelpers);
    this.claimDates = page.getByTestId(TEST_IDS.claimDates);
  }

  /** A pane's editor (CONTRACT.md `header-json`, `payload-json`). */
  pane(pane: Pane): Locator {
    return this.page.getByTestId(pane === 'header' ? TEST_IDS.headerJson : TEST_IDS.payloadJson);
  }

  /** The syntax error shown under a pane while its text is not valid JSON. */
  paneError(pane: Pane): Locator {
    return this.page.getByTestId(pane === 'header' ? TEST_IDS.headerJsonError : TEST_IDS.payloadJsonError);
  }

  /** The characters a pane marks as its syntax error. */
  errorMark(pane: Pane): Locator {
    return this.pane(pane).locator('.cm-json-error');
  }

  /** Replaces a pane's text, as a paste does. */
  async edit(pane: Pane, text: string): Promise<void> {
    await this.pane(pane).fill(text);
  }

  /** The algorithms the alg picker offers, in order. */
  async algChoices(): Promise<string[]> {
    // A snapshot, not a retrying assertion: wait for the picker and its options first.
    await expect(this.algSelect.locator('option').first()).toBeAttached();
    return this.algSelect.locator('option:not([disabled])').allTextContents();
  }

  async chooseAlg(alg: string): Promise<void> {
    await this.algSelect.selectOption(alg);
  }

  /** Generates a key for the header's alg (an RSA size for RS* and PS*). */
  async generateKey(rsaBits?: 2048 | 3072 | 4096): Promise<void> {
    if (rsaBits !== undefined) await this.rsaBits.selectOption(String(rsaBits));
    await this.generateKeyButton.click();
  }

  async setKidThumbprint(): Promise<void> {
    await this.setKidThumbprintButton.click();
  }

  /** The public key as the output shows it. */
  async publicKey(): Promise<string> {
    return this.publicKeyOutput.inputValue();
  }

  /** Loads a fresh example token and key pair for `alg` from the Examples menu. */
  async loadExample(alg: string): Promise<void> {
    await this.examplesButton.click();
    await this.page.getByRole('menuitem', { name: alg, exact: true }).click();
  }

  async clear(): Promise<void> {
    await this.clearButton.click();
  }

  /** A claim helper's button: `iat = now`, `nbf = now`, `Random jti`. */
  claimButton(name: 'iat = now' | 'nbf = now' | 'Random jti'): Locator {
    return this.claimHelpers.getByRole('button', { name, exact: true });
  }

  async setClaim(name: 'iat = now' | 'nbf = now' | 'Random jti'): Promise<void> {
    await this.claimButton(name).click();
  }

  /** Sets `exp` to now plus one of the offered durations. */
  async setExpIn(choice: ExpChoice): Promise<void> {
    await this.claimHelpers.getByRole('button', { name: `exp = now + ${choice}`, exact: true }).click();
  }

  /** Sets `exp` to now plus a number of minutes typed in. */
  async setExpInMinutes(minutes: number): Promise<void> {
    await this.claimHelpers.getByRole('textbox', { name: 'Minutes' }).fill(String(minutes));
    await this.claimHelpers.getByRole('button', { name: 'exp = now + the minutes given' }).click();
  }

  /** The date a time claim means, as the helpers show it. */
  claimDate(claim: 'iat' | 'exp' | 'nbf'): Locator {
    return this.claimDates.locator(`[data-claim="${claim}"]`);
  }
}
