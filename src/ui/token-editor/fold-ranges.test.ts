import { describe, expect, it } from 'vitest';
import type { TokenMark } from '../../state/selectors/token';
import {
  describeFold,
  FOLD_HEAD_CHARS,
  FOLD_MIN_CHARS,
  FOLD_RUN_MIN_CHARS,
  FOLD_TAIL_CHARS,
  RUN_FOLD,
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

/** The segments of an SD-JWT: a JWS of 30, 100 and 86 characters, then disclosures of `sizes` characters. */
function sdJwt(sizes: readonly number[]): [ReturnType<typeof toSegmentSpans>, number] {
  const marks: TokenMark[] = jwsMarks([30, 100, 86]);
  let at = 30 + 100 + 86 + 2;
  for (const size of sizes) {
    marks.push(
      { from: at, to: at + 1, kind: 'dot' },
      { from: at + 1, to: at + 1 + size, kind: 'disclosure' },
    );
    at += 1 + size;
  }
  return [toSegmentSpans(marks, at), at];
}

describe('toFoldRanges: a run of segments', () => {
  it('folds the middle segments of a long text of short segments as one run, keeping its start and end', () => {
    // 300 disclosures of 13,000 characters: none over FOLD_MIN_CHARS, 3.9 MB in all.
    const [spans, length] = sdJwt(Array<number>(300).fill(13_000));
    const folds = toFoldRanges(spans, NONE, length);
    // Shown: the JWS and the first disclosure (past 4 KB), and the last disclosure (past 2 KB).
    expect(folds).toEqual([
      { segment: RUN_FOLD, part: 'disclosure', from: spans[4]?.from, to: spans[301]?.to, segments: 298 },
    ]);
    expect(describeFold(folds[0]!)).toBe('298 disclosure segments (3.7 MB) hidden');
    // Shown whole once the user asks.
    expect(toFoldRanges(spans, new Set([RUN_FOLD]), length)).toEqual([]);
  });

  it('keeps the folds of long segments outside the run, and drops those inside it', () => {
    const sizes = [FOLD_MIN_CHARS * 2, ...Array<number>(20).fill(5_000), FOLD_MIN_CHARS * 2, 100];
    const [spans, length] = sdJwt(sizes);
    const folds = toFoldRanges(spans, NONE, length);
    // Shown: the JWS (216) and the first, long disclosure (192 of it) are under 4 KB, and the next one, 5,000,
    // passes it; at the end, 100, the long one (192) and 5,000. The long one at the end keeps its own fold.
    expect(folds.map((f) => [f.segment, f.segments])).toEqual([
      [3, undefined],
      [RUN_FOLD, 18],
      [24, undefined],
    ]);
    expect(folds[1]).toMatchObject({ from: spans[5]?.from, to: spans[22]?.to });
    // A long segment inside the run is hidden with it, not folded on its own.
    const inside = sdJwt([
      ...Array<number>(10).fill(5_000),
      FOLD_MIN_CHARS * 2,
      ...Array<number>(10).fill(5_000),
    ]);
    expect(toFoldRanges(...withNone(inside)).map((f) => f.segment)).toEqual([RUN_FOLD]);
  });

  it('folds no run while what is shown is within the limit, nor of fewer than two segments', () => {
    const under = Math.floor(FOLD_RUN_MIN_CHARS / 10_000) - 1;
    expect(toFoldRanges(...withNone(sdJwt(Array<number>(under).fill(10_000))))).toEqual([]);
    // Three segments over the limit in all: the first and last stay, one between is no run.
    expect(toFoldRanges(...withNone(jws([10_000, 16_000, 16_000])))).toEqual([]);
    expect(toFoldRanges(...withNone(sdJwt([16_000, 16_000, 16_000, 16_000, 16_000])))).toEqual([
      expect.objectContaining({ segment: RUN_FOLD, segments: 3 }),
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
