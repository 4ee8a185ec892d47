import type { Locator, Page } from '@playwright/test';
import { TEST_IDS } from '../../src/ui/test-ids';

/** How an HMAC secret is read (CONTRACT.md: `secret-encoding-*`). */
export type SecretEncoding = 'utf8' | 'base64url' | 'base64' | 'hex';

const ENCODING_IDS: Record<SecretEncoding, string> = {
  utf8: TEST_IDS.secretEncodingUtf8,
  base64url: TEST_IDS.secretEncodingBase64url,
  base64: TEST_IDS.secretEncodingBase64,
  hex: TEST_IDS.secretEncodingHex,
};

/** Every way a secret can be read, in the order the page offers them. */
export const SECRET_ENCODINGS = Object.keys(ENCODING_IDS) as readonly SecretEncoding[];

/** Where the user gives the secret or key to verify with, and what the page says it holds. */
export class KeyArea {
  /** The secret or key text box (CONTRACT.md `key-input`). */
  readonly input: Locator;
  /** The words saying what the key text holds: "HMAC secret, 32 bytes", "JWKS, 3 keys". */
  readonly kind: Locator;
  /** The list of keys considered for a JWKS, with what became of each. */
  readonly candidates: Locator;
  /** The one-click offer of the sample token's secret. */
  readonly sampleSecretOffer: Locator;
  /** Beside the verdict while the key is one the token carries itself (its x5c leaf): what a match means. */
  readonly carriedKeyWarning: Locator;

  /** Where the key area's own warnings are on the page (for axe). */
  readonly regions = [`[data-testid="${TEST_IDS.carriedKeyWarning}"]`];

  constructor(readonly page: Page) {
    this.input = page.getByTestId(TEST_IDS.keyInput);
    this.kind = page.getByTestId(TEST_IDS.keyKind);
    this.candidates = page.getByRole('list', { name: 'Keys considered' });
    this.sampleSecretOffer = page.getByRole('button', { name: 'Use the sample secret' });
    this.carriedKeyWarning = page.getByTestId(TEST_IDS.carriedKeyWarning);
  }

  /** The control that reads a secret as `encoding` (pressed when chosen). */
  encoding(encoding: SecretEncoding): Locator {
    return this.page.getByTestId(ENCODING_IDS[encoding]);
  }

  /** Pastes `text` as the secret or key, replacing what was there. */
  async use(text: string): Promise<void> {
    await this.input.fill(text);
  }

  /** Pastes `text` into the key box as the clipboard does (a paste event the page may take or refuse). */
  async pasteFromClipboard(text: string): Promise<void> {
    await this.input.focus();
    await this.input.evaluate((box, pasted) => {
      const data = new DataTransfer();
      data.setData('text/plain', pasted);
      const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
      // What a browser does when the page lets a paste through: the text goes into the box.
      if (box.dispatchEvent(event) && box instanceof HTMLTextAreaElement) {
        box.setRangeText(pasted, box.selectionStart, box.selectionEnd, 'end');
        box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      }
    }, text);
  }

  /** Empties the key box. */
  async clear(): Promise<void> {
    await this.input.fill('');
  }

  /** Chooses how the secret is read. */
  async readSecretAs(encoding: SecretEncoding): Promise<void> {
    await this.encoding(encoding).click();
  }

  /** Takes the page's offer of the sample token's secret. */
  async useSampleSecret(): Promise<void> {
    await this.sampleSecretOffer.click();
  }
}
