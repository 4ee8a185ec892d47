import { expect, type Locator, type Page } from '@playwright/test';
import { TEST_IDS } from '../src/ui/test-ids';

/** The debugger as a user sees it: one place that knows how to reach each part of the page. */
export class DebuggerPage {
  readonly tokenInput: Locator;
  readonly headerJson: Locator;
  readonly payloadJson: Locator;
  readonly signatureView: Locator;
  readonly decodeError: Locator;
  readonly verifyStatus: Locator;

  constructor(readonly page: Page) {
    this.tokenInput = page.getByTestId(TEST_IDS.tokenInput);
    this.headerJson = page.getByTestId(TEST_IDS.headerJson);
    this.payloadJson = page.getByTestId(TEST_IDS.payloadJson);
    this.signatureView = page.getByTestId(TEST_IDS.signatureView);
    this.decodeError = page.getByTestId(TEST_IDS.decodeError);
    this.verifyStatus = page.getByTestId(TEST_IDS.verifyStatus);
  }

  /** Opens the app (optionally with a URL fragment) and waits until the editor is ready. */
  async open(fragment = ''): Promise<void> {
    await this.page.goto(`./${fragment}`);
    await expect(this.tokenInput).toBeVisible();
  }

  /** Replaces the token the way a paste does. */
  async pasteToken(text: string): Promise<void> {
    await this.tokenInput.fill(text);
  }

  /** The token text as the editor holds it. */
  async tokenText(): Promise<string> {
    return (await this.tokenInput.textContent()) ?? '';
  }

  /** The decoded JSON of a pane, parsed (whitespace between tokens is irrelevant to JSON). */
  async paneJson(pane: Locator): Promise<unknown> {
    return JSON.parse((await pane.textContent()) ?? '') as unknown;
  }

  segment(kind: 'header' | 'payload' | 'signature' | 'dot' | 'error'): Locator {
    return this.page.locator(`[data-testid="${TEST_IDS.tokenInput}"] .tok-${kind}`);
  }

  themeButton(name: 'Light theme' | 'Dark theme' | 'System theme'): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }
}
