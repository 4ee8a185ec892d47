import { expect, test, type Locator, type Page } from '@playwright/test';
import { TEST_IDS } from '../../src/ui/test-ids';

/** The values of `time-status`'s `data-status` (CONTRACT.md). */
export type TimeVerdict = 'valid' | 'expired' | 'not-yet-valid' | 'no-expiry';

/** A part of the token whose members the claims table lists. */
export type ClaimPart = 'header' | 'payload';

/** Claims and time: the claims table, the time status, the timeline, and the instant and leeway of the judgement. */
export class ClaimsArea {
  /** Every member of the header and payload (CONTRACT.md `claims-table`). */
  readonly table: Locator;
  /** One per member (CONTRACT.md `claim-row`). */
  readonly rows: Locator;
  /** The token's validity in time (CONTRACT.md `time-status`): `data-status` is a {@link TimeVerdict}. */
  readonly timeStatus: Locator;
  /** `iat`, `nbf`, now and `exp` on one axis. */
  readonly timeline: Locator;
  /** The instant the token is judged at (CONTRACT.md `now-input`). */
  readonly nowInput: Locator;
  /** Clock-skew leeway in seconds (CONTRACT.md `leeway-input`). */
  readonly leewayInput: Locator;
  /** What a member name in a JSON editor means: shown on hover, and while the cursor is in the name. */
  readonly memberTooltip: Locator;

  /** Where claims and time are on the page (the claims card, the time card, the signature card's time status). */
  readonly regions = [
    'section[aria-labelledby="claims-heading"]',
    'section[aria-labelledby="time-heading"]',
    'section[aria-labelledby="signature-heading"]',
  ];

  constructor(readonly page: Page) {
    this.table = page.getByTestId(TEST_IDS.claimsTable);
    this.rows = this.table.getByTestId(TEST_IDS.claimRow);
    this.timeStatus = page.getByTestId(TEST_IDS.timeStatus);
    this.timeline = page.getByTestId(TEST_IDS.timeline);
    this.nowInput = page.getByTestId(TEST_IDS.nowInput);
    this.leewayInput = page.getByTestId(TEST_IDS.leewayInput);
    this.memberTooltip = page.getByTestId(TEST_IDS.memberTooltip);
  }

  /** A part's JSON editor (CONTRACT.md `header-json`, `payload-json`). */
  editor(part: ClaimPart): Locator {
    return this.page.getByTestId(part === 'header' ? TEST_IDS.headerJson : TEST_IDS.payloadJson);
  }

  /** A member name as the editor shows it, quotes included (the first, when the name appears more than once). */
  memberName(part: ClaimPart, name: string): Locator {
    return this.editor(part).getByText(JSON.stringify(name), { exact: true }).first();
  }

  /** Rests the pointer on a member name in a part's editor. */
  async hoverMember(part: ClaimPart, name: string): Promise<void> {
    // The editor waits for the pointer to rest by watching Date.now(), which the fixture's fixed time stops: let
    // the clock run on from the same instant.
    await this.page.clock.setSystemTime(await this.page.evaluate(() => Date.now()));
    await this.memberName(part, name).hover();
  }

  /** Focuses a part's editor and moves its cursor, with the arrow keys, just inside a member name. */
  async moveCursorIntoMember(part: ClaimPart, name: string): Promise<void> {
    const editor = this.editor(part);
    const lines = (): Promise<string> =>
      editor.evaluate((content) =>
        Array.from(content.querySelectorAll('.cm-line'), (line) => line.textContent).join('\n'),
      );
    // The code editor loads after the first paint (a plain-text stand-in has no lines): wait for the member.
    await expect
      .poll(lines, { message: `${name} in the ${part} editor` })
      .toContain(`${JSON.stringify(name)}:`);
    const at = (await lines()).indexOf(`${JSON.stringify(name)}:`);
    await editor.focus();
    await this.page.keyboard.press('ControlOrMeta+Home');
    // Past the opening quote and the name's first character.
    for (let i = 0; i < at + 2; i++) await this.page.keyboard.press('ArrowRight');
  }

  /** The rows of one member, by part and name as written (several when the name is repeated). */
  row(part: ClaimPart, name: string): Locator {
    return this.rows.and(this.page.locator(`[data-part="${part}"][data-claim=${JSON.stringify(name)}]`));
  }

  /** The explanation in a member's row (CONTRACT.md `claim-description`): `data-source` says who defines it. */
  description(part: ClaimPart, name: string): Locator {
    return this.row(part, name).getByTestId(TEST_IDS.claimDescription);
  }

  /** The values of a list member, shown as chips. */
  chips(part: ClaimPart, name: string): Locator {
    return this.row(part, name).getByTestId(TEST_IDS.claimChip);
  }

  /** A time claim's dates and relative words in its row. */
  time(name: string): Locator {
    return this.row('payload', name).getByTestId(TEST_IDS.claimTime);
  }

  /** The `data-claim` of every row of a part, in order. */
  async names(part: ClaimPart): Promise<string[]> {
    return this.rows
      .and(this.page.locator(`[data-part="${part}"]`))
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-claim') ?? ''));
  }

  /** Judges the token at this instant (ISO 8601 or NumericDate seconds; empty: the current time). */
  async judgeAt(text: string): Promise<void> {
    await this.nowInput.fill(text);
  }

  async setLeeway(seconds: string): Promise<void> {
    await this.leewayInput.fill(seconds);
  }

  /** Checks that an input is refused, and says why in words (its accessible description). */
  async expectRefused(input: Locator, words: RegExp): Promise<void> {
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(words);
  }

  async expectTimeStatus(status: TimeVerdict): Promise<void> {
    await test.step(
      `time status is ${status}`,
      async () => {
        await expect(this.timeStatus).toHaveAttribute('data-status', status);
      },
      { box: true },
    );
  }
}
