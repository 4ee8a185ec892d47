import { formatCount } from '../../core/count';

/**
 * The most characters each small text box takes (its `maxLength`: the browser cuts longer text as it is put in,
 * so a megabyte pasted by mistake, or by an attacker's page, is never laid out). A text box lays out all it holds
 * on each change and repaints it as the caret blinks: a megabyte in one froze the tab for 0.2 to 0.4 s and then
 * took 60 ms a second. Each limit is far beyond any real value of its field.
 */
export const INPUT_MAX_CHARS = {
  /** An expected issuer, audiences, nonce, type or algorithm list: URLs and names. */
  expectation: 4096,
  /**
   * The access token or authorization code checked against `at_hash` and `c_hash`: an access token travels in an
   * HTTP header, which servers cap at 8 to 16 KB (64 KB in a box lays out in a few milliseconds).
   */
  hashInput: 65_536,
  /** An instant: ISO 8601 or a NumericDate. */
  instant: 64,
  /** A number of seconds or minutes. */
  number: 32,
} as const;

/** What a text box says once it holds as much as it takes. */
export function describeInputLimit(maxChars: number): string {
  return `Longer text is cut: this box takes at most ${formatCount(maxChars)} characters.`;
}
