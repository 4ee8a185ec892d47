import { describeSize } from '../../core/limits';
import { describePart, type TokenPart } from '../../core/token/parts';
import type { TokenMark } from '../../state/selectors/token';

/**
 * Segments longer than this many characters are shown folded. Measured in Chromium on a 2-core machine: laying
 * out the editor's text costs about 0.12 ms per KB (2 ms at 16 KB), and past 20,000 characters on one line
 * CodeMirror itself starts leaving parts of the line out of the page, silently, under a scroll height of 400,000
 * pixels for a megabyte. A real token is 400 bytes to 10 KB: none is ever folded.
 */
export const FOLD_MIN_CHARS = 16 * 1024;

/**
 * What stays shown of a folded segment: its first and last characters, about two lines and one line of the editor
 * beside the panes (55 characters a line), three and two at a phone's width (35).
 */
export const FOLD_HEAD_CHARS = 120;
export const FOLD_TAIL_CHARS = 72;

/** One segment of the token editor's text, in the editor's offsets, as its marks colour it. */
export interface SegmentSpan {
  readonly from: number;
  readonly to: number;
  readonly part: TokenPart;
}

/** The hidden middle of a long segment: `from`..`to` is replaced by the fold's button. */
export interface FoldRange {
  /** Which segment it hides, counting the segments from 0: what "show all" remembers. */
  readonly segment: number;
  readonly part: TokenPart;
  readonly from: number;
  readonly to: number;
}

type SegmentMark = TokenMark & { readonly kind: TokenPart | 'dot' };

function isSegmentOrDot(mark: TokenMark): mark is SegmentMark {
  return mark.kind !== 'error';
}

/**
 * The segments the marks colour, in order, and what no mark colours (text around a token, or text refused
 * before it is cut into segments, such as one over the size limit) as `token`: a text of `length` characters
 * is covered end to end. Dots and error marks are not segments.
 */
export function toSegmentSpans(marks: readonly TokenMark[], length: number): SegmentSpan[] {
  const covering = marks.filter(isSegmentOrDot).sort((a, b) => a.from - b.from);
  const spans: SegmentSpan[] = [];
  let at = 0;
  for (const mark of covering) {
    if (mark.from > at) spans.push({ from: at, to: Math.min(mark.from, length), part: 'token' });
    if (mark.kind !== 'dot') spans.push({ from: mark.from, to: mark.to, part: mark.kind });
    at = Math.max(at, mark.to);
  }
  if (length > at) spans.push({ from: at, to: length, part: 'token' });
  return spans;
}

/**
 * The folds of a text's segments: the middle of each segment longer than {@link FOLD_MIN_CHARS}, unless the
 * user asked to see that segment whole (`expanded`). Work is per segment, never per character.
 */
export function toFoldRanges(
  segments: readonly SegmentSpan[],
  expanded: ReadonlySet<number>,
  length: number,
): FoldRange[] {
  const folds: FoldRange[] = [];
  segments.forEach((segment, index) => {
    const to = Math.min(segment.to, length);
    if (to - segment.from <= FOLD_MIN_CHARS || expanded.has(index)) return;
    folds.push({
      segment: index,
      part: segment.part,
      from: segment.from + FOLD_HEAD_CHARS,
      to: to - FOLD_TAIL_CHARS,
    });
  });
  return folds;
}

/** What a fold hides, in words: "977 KB of the payload segment hidden". */
export function describeFold(fold: FoldRange): string {
  const size = describeSize(fold.to - fold.from);
  return fold.part === 'token'
    ? `${size} of the text hidden`
    : `${size} of the ${describePart(fold.part)} segment hidden`;
}
