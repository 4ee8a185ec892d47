import { describeTokenSummary } from '../../core/token/describe';
import { toHexDump } from '../../core/encoding/text';
import type { PrettyJson } from '../../core/json/pretty';
import type { DecodedBytes, DecodedPart, DecodedToken } from '../../core/token/decode';
import { extractToken, toOriginalOffset, type CleanedToken } from '../../core/token/extract';
import { describeNote, isCleanupNote, type Note, type NoteCode } from '../../core/token/notes';
import type { TokenPart } from '../../core/token/parts';
import { splitToken, type Segment } from '../../core/token/split';
import {
  describeFoundCount,
  describeFoundKind,
  describeFoundWhere,
  type FoundKind,
} from '../../core/token/find';
import type { AppState, DocumentId } from '../types';
import { prettyOf } from '../pretty';
import { decodeIsCurrent, memoOnDecoded, memoOnShown } from './document';

/** A coloured range of the token editor's text: a segment, a dot, or the character an error points at. */
export interface TokenMark {
  readonly from: number;
  readonly to: number;
  readonly kind: TokenPart | 'dot' | 'error';
}

export interface ShownNote {
  readonly code: Note['code'];
  readonly part: TokenPart;
  readonly severity: Note['severity'];
  readonly message: string;
}

/** Marks for the token editor, in the editor's own offsets (the text as typed, before clean-up). */
function markSegments(cleaned: CleanedToken, segments: readonly Segment[]): TokenMark[] {
  const marks: TokenMark[] = [];
  const map = (offset: number): number => toOriginalOffset(cleaned, offset);
  segments.forEach((segment, i) => {
    if (i > 0) marks.push({ from: map(segment.start - 1), to: map(segment.start - 1) + 1, kind: 'dot' });
    if (segment.end > segment.start) {
      marks.push({ from: map(segment.start), to: map(segment.end - 1) + 1, kind: segment.part });
    }
  });
  return marks;
}

const NO_MARKS: readonly TokenMark[] = [];

/** Each document's marks as last made, with what they were made from. */
const lastMarks = new Map<
  DocumentId,
  { text: string; decoded?: DecodedToken; marks: readonly TokenMark[] }
>();

/**
 * Marks for the token editor, in the editor's own offsets (the text as typed, before clean-up). The segment
 * colours never wait for a decode: while one is in flight they come from a cheap split of the text on screen,
 * and the error marks follow once the decode for that text arrives.
 */
export function selectTokenMarks(state: AppState): readonly TokenMark[] {
  return selectTokenMarksOf(state, 'main');
}

/** A document's marks, as `selectTokenMarks` for the main token (none while the document does not exist). */
export function selectTokenMarksOf(state: AppState, id: DocumentId): readonly TokenMark[] {
  const doc = state.documents[id];
  if (doc === undefined) {
    lastMarks.delete(id);
    return NO_MARKS;
  }
  const decoded = decodeIsCurrent(doc) ? doc.decoded.value : undefined;
  const last = lastMarks.get(id);
  if (last !== undefined && last.text === doc.text && last.decoded === decoded) return last.marks;
  let marks: TokenMark[];
  if (decoded === undefined) {
    const cleaned = extractToken(doc.text);
    marks = markSegments(cleaned, splitToken(cleaned).segments);
  } else {
    const { cleaned } = decoded;
    const map = (offset: number): number => toOriginalOffset(cleaned, offset);
    marks = markSegments(cleaned, decoded.segments);
    for (const error of decoded.errors) {
      // Errors about the text as a whole are said in words, not painted over it.
      if (error.at === undefined || error.part === 'token') continue;
      // Point at the exact character for character-level errors; underline the whole segment otherwise.
      const end = error.end ?? error.at + 1;
      if (end <= error.at) continue;
      marks.push({ from: map(error.at), to: map(end - 1) + 1, kind: 'error' });
    }
  }
  lastMarks.set(id, { text: doc.text, ...(decoded === undefined ? {} : { decoded }), marks });
  return marks;
}

function toShownNote(note: Note): ShownNote {
  return { code: note.code, part: note.part, severity: note.severity, message: describeNote(note) };
}

/** The clean-ups made to the pasted text, in words. */
export const selectCleanupNotes = memoOnDecoded((decoded): readonly ShownNote[] =>
  decoded.notes.filter(isCleanupNote).map(toShownNote),
);

/**
 * Notes whose risk a finding says (duplicate-member, inexact-number, alg-none), in its own words and with its
 * reference: the page says each risk once, in the findings card. The decoder still records them; the editors
 * still mark the exact place.
 */
const SAID_BY_FINDINGS: ReadonlySet<NoteCode> = new Set(['DUPLICATE_MEMBER', 'INEXACT_NUMBER', 'UNSECURED']);

/** Whether a note is shown beside the panes: a fact about the content that no finding already says. */
function isPaneNote(note: Note): boolean {
  return !isCleanupNote(note) && !SAID_BY_FINDINGS.has(note.code);
}

/** Notes about the token's content, grouped by the part they concern (risks are findings, not notes). */
export const selectContentNotes = memoOnShown(
  (decoded): Readonly<Partial<Record<TokenPart, ShownNote[]>>> => {
    const byPart: Partial<Record<TokenPart, ShownNote[]>> = {};
    for (const note of decoded.notes) {
      if (!isPaneNote(note)) continue;
      (byPart[note.part] ??= []).push(toShownNote(note));
    }
    return byPart;
  },
);

/** One token found in pasted text, as the list of found tokens shows it (CONTRACT.md `found-token`). */
export interface ShownFoundToken {
  readonly index: number;
  readonly kind: FoundKind;
  readonly kindWords: string;
  readonly whereWords: string;
  /** The token's start and end, for a glance: "eyJhbGciOi…Qssw5c". */
  readonly preview: string;
  readonly selected: boolean;
}

/** The tokens found in pasted text that is not one token, with the one decoded; undefined for a plain token. */
export const selectFoundTokens = memoOnDecoded(
  (decoded): { readonly tokens: readonly ShownFoundToken[]; readonly summary: string } | undefined => {
    const found = decoded.found;
    if (found === undefined) return undefined;
    const tokens = found.tokens.map((t, index): ShownFoundToken => ({
      index,
      kind: t.kind,
      kindWords: describeFoundKind(t.kind),
      whereWords: describeFoundWhere(t.where),
      preview: t.token.length <= 40 ? t.token : `${t.token.slice(0, 24)}…${t.token.slice(-12)}`,
      selected: index === found.chosen,
    }));
    return { tokens, summary: describeFoundCount(found.tokens.length, found.more) };
  },
);

/** A one-line summary of the token: its kind, algorithm and size. */
export const selectTokenSummary = memoOnDecoded(describeTokenSummary);

/** A header or payload as the page shows it: pretty JSON with its coloured runs, text, or a hex dump. */
export type ShownContent =
  | { readonly kind: 'json'; readonly pretty: PrettyJson }
  | { readonly kind: 'text'; readonly text: string }
  /** Bytes, shown as a hex dump made only as far as it is shown (`toHexDump` with a limit; `toDisplayText` whole). */
  | { readonly kind: 'binary'; readonly bytes: Uint8Array }
  | { readonly kind: 'empty' };

/** A decoded part as shown: presentation is computed here, when shown, never by the decoder. */
function toShownContent(part: DecodedPart | undefined): ShownContent | undefined {
  const content = part?.content;
  switch (content?.kind) {
    case undefined:
      return undefined;
    case 'json':
      // A worker's decode brings the pretty text of the whole part (its tree may be cut down).
      return { kind: 'json', pretty: prettyOf(content) };
    case 'text':
      return content;
    case 'binary':
      return { kind: 'binary', bytes: part?.bytes ?? new Uint8Array(0) };
    case 'empty':
      return content;
  }
}

/** The shown layer's header as shown; undefined when it has none or it did not decode. */
export const selectShownHeader = memoOnShown((decoded) => toShownContent(decoded.header));

/** The shown layer's payload as shown; undefined when it has none (a JWE not decrypted) or it did not decode. */
export const selectShownPayload = memoOnShown((decoded) => toShownContent(decoded.payload));

/** A part's content as the page displays it (and copies it). */
export function toDisplayText(content: ShownContent | undefined): string {
  if (content === undefined) return '';
  switch (content.kind) {
    case 'json':
      return content.pretty.text;
    case 'text':
      return content.text;
    case 'binary':
      return toHexDump(content.bytes);
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

export const selectTrailingSegments = memoOnShown((decoded): readonly ShownSegment[] => {
  const list: readonly DecodedBytes[] =
    decoded.kind === 'jwe'
      ? [decoded.encryptedKey, decoded.iv, decoded.ciphertext, decoded.tag]
      : decoded.signature === undefined
        ? []
        : [decoded.signature];
  return list.map((s) => ({
    part: s.segment.part,
    text: s.segment.text,
    ...(s.bytes === undefined ? {} : { byteLength: s.bytes.length }),
  }));
});

/** Notes about the signature (an unsigned token is the verdict's status, and its risk the alg-none finding). */
export const selectSignatureNotes = memoOnShown((decoded): readonly ShownNote[] =>
  decoded.notes.filter((n) => n.part === 'signature' && isPaneNote(n)).map(toShownNote),
);
