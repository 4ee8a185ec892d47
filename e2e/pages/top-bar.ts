import type { Locator, Page } from '@playwright/test';
import { TEST_IDS } from '../../src/ui/test-ids';

export type ThemeName = 'Light theme' | 'Dark theme' | 'System theme';

/** The dialog that asks before a live token is shared. */
export class ShareDialog {
  readonly root: Locator;
  /** Why the token should not be shared lightly (it has not expired, until when). */
  readonly warning: Locator;
  /** The link that would be copied, read-only. */
  readonly link: Locator;
  readonly copyButton: Locator;
  readonly cancelButton: Locator;

  constructor(page: Page) {
    this.root = page.getByTestId(TEST_IDS.shareDialog);
    this.warning = page.getByTestId(TEST_IDS.shareWarning);
    this.link = page.getByTestId(TEST_IDS.shareLink);
    this.copyButton = page.getByTestId(TEST_IDS.shareCopy);
    this.cancelButton = this.root.getByRole('button', { name: 'Cancel' });
  }

  /** Copies the link despite the warning. */
  async copyAnyway(): Promise<void> {
    await this.copyButton.click();
  }

  async cancel(): Promise<void> {
    await this.cancelButton.click();
  }
}

/** The privacy note opened from the top bar. */
export class PrivacyNote {
  /** The note's text: what is and is not kept. */
  readonly root: Locator;
  readonly closeButton: Locator;

  constructor(page: Page) {
    this.root = page.getByTestId(TEST_IDS.privacyNote);
    this.closeButton = page
      .getByRole('dialog', { name: /^Privacy/ })
      .getByRole('button', { name: 'Close', exact: true });
  }

  async close(): Promise<void> {
    await this.closeButton.click();
  }
}

/** The top bar: Share, Privacy and the theme switch, with the dialogs they open. */
export class TopBar {
  readonly shareButton: Locator;
  readonly shareDialog: ShareDialog;
  /** The message saying the link was copied. */
  readonly linkCopied: Locator;
  readonly privacyButton: Locator;
  readonly privacyNote: PrivacyNote;

  constructor(readonly page: Page) {
    this.shareButton = page.getByTestId(TEST_IDS.shareButton);
    this.shareDialog = new ShareDialog(page);
    this.linkCopied = page.getByTestId(TEST_IDS.shareCopied);
    this.privacyButton = page.getByTestId(TEST_IDS.privacyButton);
    this.privacyNote = new PrivacyNote(page);
  }

  /** Clicks Share: an expired token is copied at once, a live one opens the dialog first. */
  async share(): Promise<void> {
    await this.shareButton.click();
  }

  async openPrivacyNote(): Promise<void> {
    await this.privacyButton.click();
  }

  themeButton(name: ThemeName): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  async chooseTheme(name: ThemeName): Promise<void> {
    await this.themeButton(name).click();
  }
}
