import { toHexDump } from '../core/encoding/text';
import { toPrettyJson, type PrettyJson } from '../core/json/pretty';
import { describeError, describeFix, type CoreError } from '../core/token/errors';
import { describeNote, isCleanupNote, type Note } from '../core/token/notes';
import type { DecodedBytes, DecodedPart, DecodedToken } from '../core/token/decode';
import { extractToken, toOriginalOffset, type CleanedToken } from '../core/token/extract';
import { splitToken, type Segment } from '../core/token/split';
import type { TokenPart } from '../core/token/parts';
import { describeKeyReading, describeKeySource } from '../core/keys/describe';
import type { KeyReading } from '../engine/verify-engine';
import { SAMPLE_SECRET, SAMPLE_TOKEN } from './sample';
import type { AppState, DocumentId, TokenDocument } from './types';
import { checkReadiness, describeReadiness, type Readiness } from '../core/jws/readiness';
import {
  describeCandidate,
  describeHiddenCandidates,
  describeOutcome,
  describeShortSecret,
  describeVerdict,
  type CandidateBecause,
  type CandidateReport,
  type Verdict,
} from '../core/jws/verdict';
import { describeEncoding, type SecretEncoding } from '../core/keys/secret';

/** A coloured range of the token editor's text: a segment, a dot, or the character an error points at. */
export interface TokenMark {
  readonly from: number;
  readonly to: number;
  readonly kind: TokenPart | 'dot' | 'error';
}

/** A one-click fix as the page offers it: the words on its button and the text it puts in the editor. */
export interface ShownFix {
  readonly label: string;
  readonly token: string;
}

/** An error as the page shows it: its sentence, and its one-click fix when there is one. */
export interface ShownError {
  readonly code: CoreError['code'];
  readonly part: TokenPart;
  readonly message: string;
  readonly fix?: ShownFix;
}

export interface ShownNote {
  readonly code: Note['code'];
  readonly part: TokenPart;
  readonly severity: Note['severity'];
  readonly message: string;
}

/** The signature verdict as the page shows it (CONTRACT.md `verify-status`). */
export type VerifyStatus = 'idle' | 'checking' | 'verified' | 'invalid' | 'error' | 'unsigned';

/** One document (the main token unless another is named). */
export function selectDocument(state: AppState, id: DocumentId = 'main'): TokenDocument {
  return state.documents[id] ?? state.documents.main;
}

/** The main token's text as typed. */
export function selectTokenText(state: AppState): string {
  return state.documents.main.text;
}

/** Where the main token came from. */
export function selectTokenSource(state: AppState): TokenDocument['source'] {
  return state.documents.main.source;
}

/** The main token's latest decode (it may lag behind the text while an asynchronous decode is in flight). */
export function selectDecoded(state: AppState): DecodedToken {
  return state.documents.main.decoded.value;
}

/** The main token's key inputs. */
export function selectKey(state: AppState): TokenDocument['key'] {
  return state.documents.main.key;
}

/** Memoises a derivation on the decoded token it was computed from (the store replaces it on every change). */
function memoOnDecoded<T>(derive: (decoded: DecodedToken) => T): (state: AppState) => T {
  const cache = new WeakMap<DecodedToken, T>();
  return (state) => {
    const decoded = selectDecoded(state);
    const hit = cache.get(decoded);
    if (hit !== undefined) return hit;
    const value = derive(decoded);
    cache.set(decoded, value);
    return value;
  };
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

let lastMarks: { text: string; decoded?: DecodedToken; marks: readonly TokenMark[] } | undefined;

/**
 * Marks for the token editor, in the editor's own offsets (the text as typed, before clean-up). The segment
 * colours never wait for a decode: while one is in flight they come from a cheap split of the text on screen,
 * and the error marks follow once the decode for that text arrives.
 */
export function selectTokenMarks(state: AppState): readonly TokenMark[] {
  const doc = state.documents.main;
  const decoded = doc.decoded.text === doc.text ? doc.decoded.value : undefined;
  if (lastMarks !== undefined && lastMarks.text === doc.text && lastMarks.decoded === decoded) {
    return lastMarks.marks;
  }
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
  lastMarks = { text: doc.text, ...(decoded === undefined ? {} : { decoded }), marks };
  return marks;
}

export const selectShownErrors = memoOnDecoded((decoded): readonly ShownError[] =>
  decoded.errors.map((error) => ({
    code: error.code,
    part: error.part,
    message: describeError(error),
    ...(error.fix === undefined ? {} : { fix: { label: describeFix(error.fix), token: error.fix.token } }),
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
    'sd-jwt': 'SD-JWT',
    unknown: 'Token',
  }[decoded.kind];
  const parts = [kind];
  if (decoded.alg !== undefined) parts.push(decoded.alg);
  parts.push(`${decoded.cleaned.token.length.toLocaleString('en-US')} characters`);
  return parts.join(' · ');
});

/** A header or payload as the page shows it: pretty JSON with its coloured runs, text, or a hex dump. */
export type ShownContent =
  | { readonly kind: 'json'; readonly pretty: PrettyJson }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'binary'; readonly hex: string }
  | { readonly kind: 'empty' };

/** A decoded part as shown: presentation is computed here, when shown, never by the decoder. */
function toShownContent(part: DecodedPart | undefined): ShownContent | undefined {
  const content = part?.content;
  switch (content?.kind) {
    case undefined:
      return undefined;
    case 'json':
      return { kind: 'json', pretty: toPrettyJson(content.json) };
    case 'text':
      return content;
    case 'binary':
      return { kind: 'binary', hex: toHexDump(part?.bytes ?? new Uint8Array(0)) };
    case 'empty':
      return content;
  }
}

/** The main token's header as shown; undefined when it has none or it did not decode. */
export const selectShownHeader = memoOnDecoded((decoded) => toShownContent(decoded.header));

/** The main token's payload as shown; undefined when it has none (a JWE) or it did not decode. */
export const selectShownPayload = memoOnDecoded((decoded) => toShownContent(decoded.payload));

/** A part's content as the page displays it (and copies it). */
export function toDisplayText(content: ShownContent | undefined): string {
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

/** The current verdict, only when it was computed for exactly the token and key on screen. */
export function selectCurrentVerdict(state: AppState): Verdict | undefined {
  const doc = state.documents.main;
  const v = doc.verdict;
  if (v === undefined) return undefined;
  const { stamp } = v;
  if (stamp.tokenText !== doc.text || stamp.keyText !== doc.key.text || stamp.encoding !== doc.key.encoding) {
    return undefined;
  }
  return v.verdict;
}

/** Whether a check can run for the token and key on screen (one core function decides, for store and page). */
export function selectReadiness(state: AppState): Readiness {
  return checkReadiness(selectDecoded(state), selectKey(state).text.trim() !== '');
}
/**
 * The verdict shown: `unsigned` for alg none, `error` for a header no key can verify, `idle` without a key or
 * a decodable token (or for a JWE), `checking` while the check for the inputs on screen is in flight (an older
 * verdict is never shown), else the verdict.
 */
export function selectVerifyStatus(state: AppState): VerifyStatus {
  const readiness = selectReadiness(state);
  switch (readiness.kind) {
    case 'undecodable':
    case 'encrypted':
    case 'no-key':
      return 'idle';
    case 'unsigned':
      return 'unsigned';
    case 'refused':
      return 'error';
    case 'ready':
      return selectCurrentVerdict(state)?.status ?? 'checking';
  }
}

/** The verdict box's words: the verdict's, when one is shown, else why no check runs or that one is running. */
export function selectVerifyText(state: AppState): string {
  const words = selectVerdictWords(state);
  if (words !== undefined && words.status === selectVerifyStatus(state)) return words.text;
  return describeReadiness(selectReadiness(state));
}

/** A verdict in words, as the verdict box shows it. */
export interface VerdictWords {
  readonly status: Verdict['status'];
  readonly text: string;
  /** HMAC: the reading of the secret under which the signature matches, and the words of its button. */
  readonly alternate?: { readonly encoding: SecretEncoding; readonly label: string };
  /** HMAC: the warning for a secret shorter than the hash. */
  readonly shortSecret?: string;
}

const verdictWordsCache = new WeakMap<Verdict, VerdictWords>();

/** The current verdict in words (the sentence, the switch to another reading, the short-secret warning). */
export function selectVerdictWords(state: AppState): VerdictWords | undefined {
  const verdict = selectCurrentVerdict(state);
  if (verdict === undefined) return undefined;
  const cached = verdictWordsCache.get(verdict);
  if (cached !== undefined) return cached;
  const alternate = verdict.code === 'SIGNATURE_MISMATCH' ? verdict.alternateEncoding : undefined;
  const short = 'shortSecret' in verdict ? verdict.shortSecret : undefined;
  const words: VerdictWords = {
    status: verdict.status,
    text: describeVerdict(verdict),
    ...(alternate === undefined
      ? {}
      : { alternate: { encoding: alternate, label: `Read as ${describeEncoding(alternate)}` } }),
    ...(short === undefined ? {} : { shortSecret: describeShortSecret(short) }),
  };
  verdictWordsCache.set(verdict, words);
  return words;
}

/** How many candidate keys are listed before the rest are only counted (a JWKS may hold thousands). */
export const SHOWN_CANDIDATES = 8;

/** The candidate keys worth reading (matched, checked, skipped for a reason other than their kid) and a count of the rest. */
export interface ShownCandidates {
  readonly shown: ReadonlyArray<
    CandidateReport & { readonly label: string; readonly outcomeWords: string; readonly reason: string }
  >;
  /** Keys not listed, by why they fared as they did. */
  readonly hidden: Readonly<Partial<Record<CandidateBecause, number>>>;
  readonly hiddenCount: number;
  /** The line that counts the keys not listed, when there are any. */
  readonly more?: string;
}

const NO_CANDIDATES: ShownCandidates = { shown: [], hidden: {}, hiddenCount: 0 };
const candidateCache = new WeakMap<Verdict, ShownCandidates>();

/** The candidate keys of the current verdict as the page lists them. */
export function selectShownCandidates(state: AppState): ShownCandidates {
  const verdict = selectCurrentVerdict(state);
  if (verdict === undefined || verdict.candidates.length === 0) return NO_CANDIDATES;
  const cached = candidateCache.get(verdict);
  if (cached !== undefined) return cached;
  const rank = (c: CandidateReport): number =>
    c.outcome === 'matched' || c.outcome === 'no-match'
      ? 0
      : c.outcome === 'skipped' && c.because !== 'kid-differs'
        ? 1
        : 2;
  const order = verdict.candidates
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i);
  const keep = new Set(order.slice(0, SHOWN_CANDIDATES).map(({ i }) => i));
  const hidden: Partial<Record<CandidateBecause, number>> = {};
  verdict.candidates.forEach((c, i) => {
    if (!keep.has(i)) hidden[c.because] = (hidden[c.because] ?? 0) + 1;
  });
  const result: ShownCandidates = {
    shown: verdict.candidates
      .filter((_, i) => keep.has(i))
      .map((c) => ({
        ...c,
        label: describeKeySource(c.key),
        outcomeWords: describeOutcome(c.outcome),
        reason: describeCandidate(c),
      })),
    hidden,
    hiddenCount: verdict.candidates.length - keep.size,
    ...(keep.size < verdict.candidates.length ? { more: describeHiddenCandidates(hidden) } : {}),
  };
  candidateCache.set(verdict, result);
  return result;
}

/** What the key input holds, in words, and whether it could be read. */
export interface KeyKind {
  readonly text: string;
  readonly ok: boolean;
}

const keyKindCache = new WeakMap<KeyReading, KeyKind>();

/** The key input's kind in words, only when it describes the key text on screen. */
export function selectKeyKind(state: AppState): KeyKind | undefined {
  const doc = state.documents.main;
  const k = doc.keyReading;
  if (k === undefined || k.stamp.keyText !== doc.key.text || k.stamp.encoding !== doc.key.encoding) {
    return undefined;
  }
  // The same object for the same reading: a new object on every call would re-render forever.
  const cached = keyKindCache.get(k.reading);
  if (cached !== undefined) return cached;
  const reading = k.reading;
  const kind: KeyKind = { text: describeKeyReading(reading), ok: reading.ok };
  keyKindCache.set(reading, kind);
  return kind;
}

/** Which key controls apply to the token and key on screen, and the sample's secret when it can be offered. */
export interface KeyControls {
  /** False for an unsigned token (alg none): there is nothing to verify with a key. */
  readonly keyInput: boolean;
  /** The secret-encoding choice: for an HMAC token, or one whose alg is not known yet while the key is no key material. */
  readonly secretEncoding: boolean;
  /** The sample token's secret, offered while the sample is on screen and no key is given. */
  readonly sampleSecret?: string;
}

const controlsCache = new Map<string, KeyControls>();

/** The key controls to show (the same object for the same answer, so components re-render only on change). */
export function selectKeyControls(state: AppState): KeyControls {
  const doc = state.documents.main;
  const readiness = selectReadiness(state);
  const keyInput = readiness.kind !== 'unsigned';
  const family =
    readiness.kind === 'ready' || readiness.kind === 'no-key' ? readiness.spec.family : undefined;
  const reading = doc.keyReading;
  const current =
    reading !== undefined &&
    reading.stamp.keyText === doc.key.text &&
    reading.stamp.encoding === doc.key.encoding;
  const keyMaterial =
    current &&
    doc.key.text.trim() !== '' &&
    (reading.reading.ok
      ? reading.reading.value.kind === 'keys'
      : reading.reading.error.material !== undefined);
  // An HMAC token always offers it (even for key material, which every reading refuses as key confusion); a token
  // whose alg takes a public key never does; otherwise only while the key is not a public or private key.
  const secretEncoding = keyInput && (family === 'hmac' || (family === undefined && !keyMaterial));
  const offerSample = keyInput && doc.source === 'sample' && doc.text === SAMPLE_TOKEN && doc.key.text === '';
  const cacheKey = `${keyInput}-${secretEncoding}-${offerSample}`;
  let controls = controlsCache.get(cacheKey);
  if (controls === undefined) {
    controls = { keyInput, secretEncoding, ...(offerSample ? { sampleSecret: SAMPLE_SECRET } : {}) };
    controlsCache.set(cacheKey, controls);
  }
  return controls;
}

/** Signature notes the verdict does not already say (an unsigned token's warning is the verdict itself). */
export const selectSignatureNotes = memoOnDecoded((decoded): readonly ShownNote[] =>
  decoded.notes
    .filter((n) => n.part === 'signature' && n.code !== 'UNSECURED' && !isCleanupNote(n))
    .map(toShownNote),
);
