import { describeSize } from '../../core/limits';

/**
 * Key text longer than this many characters is kept (and read) but not shown in the key box unless the user
 * asks: a text box lays out all of its text to size itself. Measured in Chromium on a loaded 2-core machine,
 * laying out JSON in the key box costs about 1.7 ms per KB (1.4 s for an 800 KB JWKS, 5 s for 16 MB of words);
 * at 16 KB, as the token editor's folds, it stays under a frame's worth. A real key or JWKS is 100 bytes to
 * 10 KB: none is ever hidden.
 */
export const KEY_SHOWN_MAX_CHARS = 16 * 1024;

/** The text of a text box after `data` replaces its selection `start`..`end`. */
export function insertedText(value: string, start: number, end: number, data: string): string {
  return value.slice(0, start) + data + value.slice(end);
}

/**
 * Whether text put into the key box (typed, dropped, set by a script or pasted) must go around the box: when
 * the box would hold more than {@link KEY_SHOWN_MAX_CHARS}, the page takes the text and shows its size instead.
 */
export function isTooLongToShow(text: string): boolean {
  return text.length > KEY_SHOWN_MAX_CHARS;
}

/** What the key box says instead of a text too long to show: "Key text of 808 KB, not shown". */
export function describeHiddenKey(chars: number): string {
  return `Key text of ${describeSize(chars)}, not shown here so the page stays responsive. Typing or pasting replaces it.`;
}
