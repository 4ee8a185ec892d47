import { expect, test, type Locator, type Page } from '@playwright/test';
import { TEST_IDS } from '../src/ui/test-ids';
import { Editing } from './pages/editing';
import { FindingsArea } from './pages/findings';
import { KeyArea } from './pages/key-area';
import { TopBar } from './pages/top-bar';
import { ValidationArea } from './pages/validation';

/** The values of `verify-status`'s `data-status` (CONTRACT.md). */
export type Verdict = 'idle' | 'checking' | 'verified' | 'invalid' | 'error' | 'unsigned';

/** A part of a token as the editor colours it. */
export type Segment = 'header' | 'payload' | 'signature' | 'dot' | 'error';

/**
 * The debugger as a user sees it: one place that knows how to reach each part of the page. The token editor,
 * the decoded panes and the verdict are here; the key area and the top bar (Share, Privacy, theme) are parts.
 */
export class DebuggerPage {
  readonly tokenInput: Locator;
  /** One line that says what the token is: "Signed JWT (JWS)", "SD-JWT", "Encrypted JWT (JWE)". */
  readonly tokenSummary: Locator;
  readonly headerJson: Locator;
  readonly payloadJson: Locator;
  readonly signatureView: Locator;
  /** Why the token cannot be decoded (present only while it cannot). */
  readonly decodeError: Locator;
  /** The tokens found in pasted text that is not one token: `data-kind`, `aria-selected` on the one shown. */
  readonly foundTokens: Locator;
  /** The signature verdict: `data-status` is a {@link Verdict}, its text says why. */
  readonly verifyStatus: Locator;
  /** The secret or key, its encoding, what it holds, and the keys considered. */
  readonly key: KeyArea;
  /** Share, Privacy and the theme switch. */
  readonly topBar: TopBar;
  /** The panes as editors, the alg picker, key generation, claim helpers, examples and Clear. */
  readonly editing: Editing;
  /** The findings card: risks of the token, the known-secret search, x5c certificates, issuer keys. */
  readonly findings: FindingsArea;
  /** The validation panel: expected values and one check per check run. */
  readonly validation: ValidationArea;

  constructor(readonly page: Page) {
    this.tokenInput = page.getByTestId(TEST_IDS.tokenInput);
    this.tokenSummary = page.getByTestId(TEST_IDS.tokenSummary);
    this.headerJson = page.getByTestId(TEST_IDS.headerJson);
    this.payloadJson = page.getByTestId(TEST_IDS.payloadJson);
    this.signatureView = page.getByTestId(TEST_IDS.signatureView);
    this.decodeError = page.getByTestId(TEST_IDS.decodeError);
    this.foundTokens = page.getByTestId(TEST_IDS.foundToken);
    this.verifyStatus = page.getByTestId(TEST_IDS.verifyStatus);
    this.key = new KeyArea(page);
    this.topBar = new TopBar(page);
    this.editing = new Editing(page);
    this.findings = new FindingsArea(page);
    this.validation = new ValidationArea(page);
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

  /** The characters of the token editor coloured as `kind`. */
  segment(kind: Segment): Locator {
    return this.tokenInput.locator(`.tok-${kind}`);
  }

  /** The values of the payload marked as `flag`: numbers JavaScript cannot hold, or repeated member names. */
  payloadFlags(flag: 'inexact' | 'duplicate'): Locator {
    return this.payloadJson.locator(`[data-flag="${flag}"]`);
  }

  /** A note about the token (a clean-up made to the pasted text, or what its content is), by its code. */
  note(code: string): Locator {
    return this.page.locator(`[data-note="${code}"]`);
  }

  /** The notes shown in a part's card (a payload that is not JSON, …); a risk is a finding, never a pane note. */
  paneNotes(part: 'header' | 'payload' | 'signature'): Locator {
    const title = { header: /^(Protected h|H)eader$/, payload: /^Payload$/, signature: /^Signature$/ }[part];
    return this.page.getByRole('region', { name: title }).locator('[data-note]');
  }

  /** Every element of the page whose own text matches `words`: to check a warning is said exactly once. */
  saying(words: string | RegExp): Locator {
    return this.page.locator('main').getByText(words);
  }

  /** One problem listed in the decode error, by its code; `data-error-part` names the segment. */
  decodeProblem(code: string): Locator {
    return this.decodeError.locator(`[data-error-code="${code}"]`);
  }

  /** A one-click fix offered by the decode error ("Remove the stray character", "Convert to base64url"). */
  decodeErrorFix(label: string | RegExp): Locator {
    return this.decodeError.getByRole('button', { name: label });
  }

  /** Shows the `index`-th token found in the pasted text (0 is the first). */
  async chooseFoundToken(index: number): Promise<void> {
    await this.foundTokens.nth(index).click();
  }

  /** Raises the token size limit, offered while a token is refused for its size. */
  async raiseTokenLimit(): Promise<void> {
    await this.decodeError.getByTestId(TEST_IDS.raiseTokenLimit).click();
  }

  /** Applies the decode error's one-click fix named `label`. */
  async applyFix(label: string | RegExp): Promise<void> {
    await this.decodeErrorFix(label).click();
  }

  /** A button in the verdict, such as the one-click switch "Read as base64". */
  verdictAction(name: string | RegExp): Locator {
    return this.verifyStatus.getByRole('button', { name, exact: typeof name === 'string' });
  }

  /** A copy button of the token or a pane. */
  copyButton(what: 'token' | 'header' | 'payload'): Locator {
    return this.page.getByRole('button', { name: `Copy ${what}` });
  }

  /** The link Share makes for `token` on this page: the page's address with the token in the fragment. */
  shareLinkFor(token: string): string {
    return `${new URL('./', this.page.url()).href}#token=${token}`;
  }

  /** What the clipboard holds (the test needs the clipboard-read permission). */
  async clipboardText(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** Puts `text` on the clipboard, to see later whether something replaced it. */
  async setClipboardText(text: string): Promise<void> {
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
  }

  /** Waits until the verdict is `status` (web-first: it retries until it holds or times out). */
  async expectVerdict(status: Verdict): Promise<void> {
    await test.step(
      `verdict is ${status}`,
      async () => {
        await expect(this.verifyStatus).toHaveAttribute('data-status', status);
      },
      { box: true },
    );
  }

  /** Waits until no check is in flight for the token and key on screen. */
  async expectVerdictSettled(): Promise<void> {
    await test.step(
      'verdict settled',
      async () => {
        await expect(this.verifyStatus).not.toHaveAttribute('data-status', 'checking');
      },
      { box: true },
    );
  }
}
