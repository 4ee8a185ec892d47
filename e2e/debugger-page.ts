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
  /**
   * The buttons in the token editor standing for the hidden middle of a long segment ("976 KB of the payload
   * segment hidden — show all"): pressing one shows the segment whole. `data-fold` names the segment's part.
   */
  readonly tokenFolds: Locator;
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
    this.tokenFolds = this.tokenInput.getByRole('button', { name: /hidden — show all$/ });
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

  /**
   * Replaces the token as a user's paste does (select all, then a paste event carrying `text`): the editor takes
   * it as a paste, which folds long segments again even where "show all" was pressed.
   */
  async pasteTokenFromClipboard(text: string): Promise<void> {
    await expect(this.tokenInput).toHaveAttribute('contenteditable', 'true');
    await this.tokenInput.focus();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.tokenInput.evaluate((editor, pasted) => {
      const data = new DataTransfer();
      data.setData('text/plain', pasted);
      editor.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, text);
  }

  /**
   * The token text as the editor holds it. The editor's DOM holds every character of a token of ordinary size,
   * so that is read; a long one is shown folded (its segments' ends and a button) and CodeMirror leaves parts of
   * a line longer than 20,000 characters out of the page anyway, so then the text is read the way a user
   * gets all of it: select all and copy ({@link copyWholeToken}).
   */
  async tokenText(): Promise<string> {
    const shown = (await this.tokenInput.textContent()) ?? '';
    if (shown.length < 10_000 && (await this.tokenFolds.count()) === 0) return shown;
    return this.copyWholeToken();
  }

  /**
   * Puts the caret in the token editor just before the dot that starts the signature (the end of the payload
   * segment), through the DOM selection, which the editor follows: typing then goes where a user's would.
   */
  async caretBeforeSignature(): Promise<void> {
    await expect(this.tokenInput).toHaveAttribute('contenteditable', 'true');
    await this.tokenInput.focus();
    await this.tokenInput.evaluate((el) => {
      const dots = el.querySelectorAll('.tok-dot');
      const dot = dots[dots.length - 1];
      if (dot?.firstChild) getSelection()?.collapse(dot.firstChild, 0);
    });
  }

  /**
   * Selects the whole token in the editor and copies it (Ctrl+A, Ctrl+C), answering what the editor put on the
   * clipboard, read from the copy event itself (no clipboard permission needed). The focus goes back where it
   * was; the selection ends collapsed at the end of the token.
   */
  async copyWholeToken(): Promise<string> {
    // The editor, not its read-only stand-in shown until CodeMirror loads.
    await expect(this.tokenInput).toHaveAttribute('contenteditable', 'true');
    const before = await this.page.evaluate(() => {
      const focused = document.activeElement;
      const mark = 'data-before-copy';
      document.querySelectorAll(`[${mark}]`).forEach((el) => el.removeAttribute(mark));
      if (focused !== null && focused !== document.body) focused.setAttribute(mark, '');
      const w = window as unknown as { copiedText?: string };
      delete w.copiedText;
      window.addEventListener(
        'copy',
        (event) => {
          w.copiedText = event.clipboardData?.getData('text/plain') ?? '';
        },
        { once: true },
      );
      return focused !== null && focused !== document.body;
    });
    await this.tokenInput.focus();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('ControlOrMeta+C');
    await this.page.keyboard.press('ArrowRight');
    const copied = await this.page.evaluate(() => (window as unknown as { copiedText?: string }).copiedText);
    if (before) await this.page.locator('[data-before-copy]').focus();
    if (copied === undefined) throw new Error('the token editor put nothing on the clipboard');
    return copied;
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
