import { describeError, type CoreError, type Fix } from '../core/errors';
import { describeNote, isCleanupNote, type Note } from '../core/notes';
import type { DecodedToken, SegmentContent } from '../core/token/decode';
import { toOriginalOffset } from '../core/token/extract';
import type { TokenPart } from '../core/token/parts';
import type { AppState } from './store';
import type { VerifyStatus } from './verify-slice';
import type { Verdict } from '../core/jws/verify';

/** A coloured range of the token editor's text: a segment, a dot, or the character an error points at. */
export interface TokenMark {
  readonly from: number;
  readonly to: number;
  readonly kind: TokenPart | 'dot' | 'error';
}

/** An error as the page shows it: its sentence, and its one-click fix when there is one. */
export interface ShownError {
  readonly code: CoreError['code'];
  readonly part: TokenPart;
  readonly message: string;
  readonly fix?: Fix;
}

export interface ShownNote {
  readonly code: Note['code'];
  readonly part: TokenPart;
  readonly severity: Note['severity'];
  readonly message: string;
}

/** Memoises a derivation on the decoded token it was computed from (the store replaces it on every change). */
function memoOnDecoded<T>(derive: (decoded: DecodedToken) => T): (state: AppState) => T {
  const cache = new WeakMap<DecodedToken, T>();
  return (state) => {
    const hit = cache.get(state.decoded);
    if (hit !== undefined) return hit;
    const value = derive(state.decoded);
    cache.set(state.decoded, value);
    return value;
  };
}

/** Marks for the token editor, in the editor's own offsets (the text as typed, before clean-up). */
export const selectTokenMarks = memoOnDecoded((decoded): readonly TokenMark[] => {
  const { cleaned } = decoded;
  const marks: TokenMark[] = [];
  const map = (offset: number): number => toOriginalOffset(cleaned, offset);
  decoded.segments.forEach((segment, i) => {
    if (i > 0) marks.push({ from: map(segment.start - 1), to: map(segment.start - 1) + 1, kind: 'dot' });
    if (segment.end > segment.start) {
      marks.push({ from: map(segment.start), to: map(segment.end - 1) + 1, kind: segment.part });
    }
  });
  for (const error of decoded.errors) {
    if (error.at === undefined || error.code === 'SEGMENT_COUNT') continue;
    // Point at the exact character for character-level errors; underline the whole segment otherwise.
    const end = error.end ?? error.at + 1;
    if (end <= error.at) continue;
    marks.push({ from: map(error.at), to: map(end - 1) + 1, kind: 'error' });
  }
  return marks;
});

export const selectShownErrors = memoOnDecoded((decoded): readonly ShownError[] =>
  decoded.errors.map((error) => ({
    code: error.code,
    part: error.part,
    message: describeError(error),
    ...(error.fix === undefined ? {} : { fix: error.fix }),
  })),
);

function toShownNote(note: Note): ShownNote {
  return { code: note.code, part: note.part, severity: note.severity, message: describeNote(note) };
}

/** The clean-ups made to the pasted text, in words. */
export const selectCleanupNotes = memoOnDecoded((decoded): readonly ShownNote[] =>
  decoded.notes.filter(isCleanupNote).map(toShownNote),
);

/** Notes about the token's content, grouped by the part they concern. */
export const selectContentNotes = memoOnDecoded(
  (decoded): Readonly<Partial<Record<TokenPart, ShownNote[]>>> => {
    const byPart: Partial<Record<TokenPart, ShownNote[]>> = {};
    for (const note of decoded.notes) {
      if (isCleanupNote(note)) continue;
      (byPart[note.part] ??= []).push(toShownNote(note));
    }
    return byPart;
  },
);

/** A one-line summary of the token: its kind, algorithm and size. */
export const selectTokenSummary = memoOnDecoded((decoded): string => {
  const kind = {
    jws: 'Signed JWT (JWS)',
    unsecured: 'Unsecured JWT',
    jwe: 'Encrypted JWT (JWE)',
    unknown: 'Token',
  }[decoded.kind];
  const parts = [kind];
  if (decoded.alg !== undefined) parts.push(decoded.alg);
  parts.push(`${decoded.cleaned.token.length.toLocaleString('en-US')} characters`);
  return parts.join(' · ');
});

/** A part's content as the page displays it (and copies it). */
export function toDisplayText(content: SegmentContent | undefined): string {
  if (content === undefined) return '';
  switch (content.kind) {
    case 'json':
      return content.pretty.text;
    case 'text':
      return content.text;
    case 'binary':
      return content.hex;
    case 'empty':
      return '';
  }
}

/** The signature or JWE segments as the signature card shows them. */
export interface ShownSegment {
  readonly part: TokenPart;
  readonly text: string;
  /** Decoded length in bytes; absent when the segment is not valid base64url. */
  readonly byteLength?: number;
}

export const selectTrailingSegments = memoOnDecoded((decoded): readonly ShownSegment[] => {
  const list = decoded.jwe ?? (decoded.signature === undefined ? [] : [decoded.signature]);
  return list.map((s) => ({
    part: s.segment.part,
    text: s.segment.text,
    ...(s.bytes === undefined ? {} : { byteLength: s.bytes.length }),
  }));
});

/** The current verdict, only when it was computed for exactly the token and key on screen. */
export function selectCurrentVerdict(state: AppState): Verdict | undefined {
  const v = state.verdict;
  if (v === undefined) return undefined;
  const { stamp } = v;
  if (
    stamp.tokenText !== state.tokenText ||
    stamp.keyText !== state.keyText ||
    stamp.encoding !== state.secretEncoding
  ) {
    return undefined;
  }
  return v.verdict;
}

/**
 * The verdict shown: `unsigned` for alg none, `idle` without a key or a decodable token, `checking` while the
 * check for the inputs on screen is in flight (an older verdict is never shown), else the verdict.
 */
export function selectVerifyStatus(state: AppState): VerifyStatus {
  const { decoded } = state;
  if (decoded.kind === 'unsecured' && decoded.errors.length === 0) return 'unsigned';
  if (state.keyText.trim() === '') return 'idle';
  if (decoded.errors.length > 0) return 'idle';
  return selectCurrentVerdict(state)?.status ?? 'checking';
}

/** The key input's kind in words, only when it describes the key text on screen. */
export function selectKeyKind(state: AppState): AppState['keyKind'] {
  const k = state.keyKind;
  // The stored object itself, never a copy: a new object on every call would re-render forever.
  if (k === undefined || k.keyText !== state.keyText || k.encoding !== state.secretEncoding) return undefined;
  return k;
}
