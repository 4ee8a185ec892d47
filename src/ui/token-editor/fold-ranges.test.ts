import { describe, expect, it } from 'vitest';
import type { TokenMark } from '../../state/selectors/token';
import {
  describeFold,
  FOLD_HEAD_CHARS,
  FOLD_MIN_CHARS,
  FOLD_TAIL_CHARS,
  toFoldRanges,
  toSegmentSpans,
} from './fold-ranges';

/** The marks of a JWS whose three segments are `sizes` characters long, as the store gives them. */
function jwsMarks(sizes: readonly [number, number, number]): TokenMark[] {
  const [h, p, s] = sizes;
  return [
    { from: 0, to: h, kind: 'header' },
    { from: h, to: h + 1, kind: 'dot' },
    { from: h + 1, to: h + 1 + p, kind: 'payload' },
    { from: h + 1 + p, to: h + 2 + p, kind: 'dot' },
    { from: h + 2 + p, to: h + 2 + p + s, kind: 'signature' },
  ];
}

const NONE: ReadonlySet<number> = new Set();

/** The segments of a JWS of segments `sizes` long, and its length. */
function jws(sizes: readonly [number, number, number]): [ReturnType<typeof toSegmentSpans>, number] {
  const length = sizes[0] + sizes[1] + sizes[2] + 2;
  return [toSegmentSpans(jwsMarks(sizes), length), length];
}

describe('toSegmentSpans', () => {
  it('keeps the segments, in order, and leaves out dots and error marks', () => {
    const marks: TokenMark[] = [...jwsMarks([10, 20, 5]), { from: 15, to: 16, kind: 'error' }];
    expect(toSegmentSpans(marks, 37)).toEqual([
      { from: 0, to: 10, part: 'header' },
      { from: 11, to: 31, part: 'payload' },
      { from: 32, to: 37, part: 'signature' },
    ]);
  });

  it('counts what no mark colours as text of the token: words around it, or a text refused whole', () => {
    const marks = jwsMarks([10, 20, 5]).map((m) => ({ ...m, from: m.from + 7, to: m.to + 7 }));
    expect(toSegmentSpans(marks, 50)).toEqual([
      { from: 0, to: 7, part: 'token' },
      { from: 7, to: 17, part: 'header' },
      { from: 18, to: 38, part: 'payload' },
      { from: 39, to: 44, part: 'signature' },
      { from: 44, to: 50, part: 'token' },
    ]);
    expect(toSegmentSpans([], 9_000_000)).toEqual([{ from: 0, to: 9_000_000, part: 'token' }]);
    expect(toSegmentSpans([], 0)).toEqual([]);
  });
});

function withNone([spans, length]: [ReturnType<typeof toSegmentSpans>, number]) {
  return [spans, NONE, length] as const;
}

describe('toFoldRanges', () => {
  it('folds nothing of a typical token, nor of one whose segments are all at the limit', () => {
    expect(toFoldRanges(...withNone(jws([36, 400, 43])))).toEqual([]);
    expect(toFoldRanges(...withNone(jws([36, 10_000, 43])))).toEqual([]);
    expect(toFoldRanges(...withNone(jws([FOLD_MIN_CHARS, FOLD_MIN_CHARS, FOLD_MIN_CHARS])))).toEqual([]);
  });

  it('hides the middle of a long segment, keeping its start and its end', () => {
    expect(toFoldRanges(...withNone(jws([36, 1_000_000, 43])))).toEqual([
      { segment: 1, part: 'payload', from: 37 + FOLD_HEAD_CHARS, to: 37 + 1_000_000 - FOLD_TAIL_CHARS },
    ]);
  });

  it('folds every long segment, one past the limit too, but not one the user expanded', () => {
    const n = FOLD_MIN_CHARS + 1;
    const [spans, length] = jws([n, 5, n]);
    expect(toFoldRanges(spans, NONE, length).map((f) => [f.segment, f.part])).toEqual([
      [0, 'header'],
      [2, 'signature'],
    ]);
    expect(toFoldRanges(spans, new Set([2]), length).map((f) => f.segment)).toEqual([0]);
  });

  it('never reaches past the end of the text (marks a moment older than the text)', () => {
    const [spans] = jws([36, 100_000, 43]);
    expect(toFoldRanges(spans, NONE, 50_000)).toEqual([
      { segment: 1, part: 'payload', from: 37 + FOLD_HEAD_CHARS, to: 50_000 - FOLD_TAIL_CHARS },
    ]);
    expect(toFoldRanges(spans, NONE, 1_000)).toEqual([]);
  });

  it('folds a long text that is not cut into segments (over the size limit) as the text', () => {
    expect(toFoldRanges(toSegmentSpans([], 9_000_000), NONE, 9_000_000)).toEqual([
      { segment: 0, part: 'token', from: FOLD_HEAD_CHARS, to: 9_000_000 - FOLD_TAIL_CHARS },
    ]);
  });
});

describe('describeFold', () => {
  it('says how much of which segment is hidden', () => {
    expect(describeFold({ segment: 1, part: 'payload', from: 0, to: 1_258_291 })).toBe(
      '1.2 MB of the payload segment hidden',
    );
    expect(describeFold({ segment: 3, part: 'ciphertext', from: 0, to: 40_000 })).toBe(
      '39 KB of the ciphertext segment hidden',
    );
    expect(describeFold({ segment: 0, part: 'token', from: 0, to: 20_480 })).toBe('20 KB of the text hidden');
  });
});
