import { formatCount } from '../../core/count';
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
  /**
   * Which segment it hides, counting the segments from 0, or {@link RUN_FOLD} for a run of segments: what "show
   * all" remembers.
   */
  readonly segment: number;
  readonly part: TokenPart;
  readonly from: number;
  readonly to: number;
  /** For a run of segments: how many it hides. */
  readonly segments?: number;
}

/**
 * A text still longer than this once its long segments are folded has the segments in its middle folded as one
 * run: an SD-JWT of 300 disclosures of 13 KB (none long enough to fold) is a 4 MB line, laid out whole in tasks of
 * up to 155 ms. Below it, every segment shows (64 KB of a line lays out in about 8 ms).
 */
export const FOLD_RUN_MIN_CHARS = 64 * 1024;
/** What a run fold leaves shown before and after it: the segments within the first and the last this many. */
export const RUN_HEAD_CHARS = 4 * 1024;
export const RUN_TAIL_CHARS = 2 * 1024;
/** The `segment` of a run fold (there is at most one). */
export const RUN_FOLD = -1;

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
  /** Each segment's characters left shown by its own fold. */
  const shown: number[] = [];
  segments.forEach((segment, index) => {
    const to = Math.min(segment.to, length);
    if (to - segment.from <= FOLD_MIN_CHARS || expanded.has(index)) {
      shown.push(Math.max(0, to - segment.from));
      return;
    }
    folds.push({
      segment: index,
      part: segment.part,
      from: segment.from + FOLD_HEAD_CHARS,
      to: to - FOLD_TAIL_CHARS,
    });
    shown.push(FOLD_HEAD_CHARS + FOLD_TAIL_CHARS);
  });
  const run = expanded.has(RUN_FOLD) ? undefined : runFold(segments, shown, length);
  return run === undefined
    ? folds
    : [...folds.filter((f) => f.to <= run.from), run, ...folds.filter((f) => f.from >= run.to)];
}

/**
 * The run of middle segments to fold when what the segments' own folds leave shown is still over
 * {@link FOLD_RUN_MIN_CHARS}: every segment but those within the first {@link RUN_HEAD_CHARS} and the last
 * {@link RUN_TAIL_CHARS} shown (always the first and the last segment), when that is two segments or more.
 */
function runFold(
  segments: readonly SegmentSpan[],
  shown: readonly number[],
  length: number,
): FoldRange | undefined {
  let total = 0;
  for (const chars of shown) total += chars;
  if (total <= FOLD_RUN_MIN_CHARS) return undefined;
  let first = 0;
  for (let head = shown[0] ?? 0; first + 1 < segments.length && head < RUN_HEAD_CHARS;) {
    first++;
    head += shown[first] ?? 0;
  }
  first++;
  let last = segments.length - 1;
  for (let tail = shown[last] ?? 0; last - 1 > first && tail < RUN_TAIL_CHARS;) {
    last--;
    tail += shown[last] ?? 0;
  }
  last--;
  const start = segments[first];
  const end = segments[last];
  if (start === undefined || end === undefined || last - first < 1) return undefined;
  const parts = new Set(segments.slice(first, last + 1).map((s) => s.part));
  return {
    segment: RUN_FOLD,
    part: parts.size === 1 ? start.part : 'token',
    from: start.from,
    to: Math.min(end.to, length),
    segments: last - first + 1,
  };
}

/** What a fold hides, in words: "977 KB of the payload segment hidden", "285 disclosure segments (4 MB) hidden". */
export function describeFold(fold: FoldRange): string {
  const size = describeSize(fold.to - fold.from);
  if (fold.segments !== undefined) {
    const kind = fold.part === 'token' ? '' : `${describePart(fold.part)} `;
    return `${formatCount(fold.segments)} ${kind}segments (${size}) hidden`;
  }
  return fold.part === 'token'
    ? `${size} of the text hidden`
    : `${size} of the ${describePart(fold.part)} segment hidden`;
}
