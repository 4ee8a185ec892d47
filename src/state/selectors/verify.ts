import { checkReadiness, describeReadiness, type Readiness } from '../../core/jws/readiness';
import {
  describeCandidate,
  describeHiddenCandidates,
  describeOutcome,
  describeVerdict,
  type CandidateBecause,
  type CandidateReport,
  type Verdict,
} from '../../core/jws/verdict';
import { describeKeySource } from '../../core/keys/describe';
import { describeKeyTooLarge } from '../../core/keys/errors';
import { describeReadAs, type SecretEncoding } from '../../core/keys/secret';
import type { AppState } from '../types';
import { selectShownDecoded, selectShownDocument, selectShownKey, tokenIdentity } from './document';

/** The signature verdict as the page shows it (CONTRACT.md `verify-status`). */
export type VerifyStatus = 'idle' | 'checking' | 'verified' | 'invalid' | 'error' | 'unsigned';

/** The current verdict, only when it was computed for exactly the token and key on screen. */
export function selectCurrentVerdict(state: AppState): Verdict | undefined {
  const doc = selectShownDocument(state);
  const v = doc.verdict;
  if (v === undefined) return undefined;
  const { stamp } = v;
  if (
    stamp.tokenText !== tokenIdentity(doc) ||
    stamp.keyText !== doc.key.text ||
    stamp.encoding !== doc.key.encoding
  ) {
    return undefined;
  }
  return v.verdict;
}

/** Whether a check can run for the token and key on screen (one core function decides, for store and page). */
export function selectReadiness(state: AppState): Readiness {
  return checkReadiness(selectShownDecoded(state), selectShownKey(state).text.trim() !== '');
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
      return 'idle';
    case 'no-key':
      // Key text over the size limit was given but not kept: a key that cannot be used, not no key.
      return selectShownDocument(state).key.refused === undefined ? 'idle' : 'error';
    case 'unsigned':
      return 'unsigned';
    case 'refused':
      return 'error';
    case 'ready': {
      // An edit's signature is still being made: the token on screen is not the one that will be judged.
      const doc = selectShownDocument(state);
      if (doc.signing?.status === 'signing' && doc.signing.token === doc.text) return 'checking';
      return selectCurrentVerdict(state)?.status ?? 'checking';
    }
  }
}

/** The verdict box's words: the verdict's, when one is shown, else why no check runs or that one is running. */
export function selectVerifyText(state: AppState): string {
  const words = selectVerdictWords(state);
  const status = selectVerifyStatus(state);
  if (words !== undefined && words.status === status) {
    // An edit kept the old signature (a public key only, a key that does not fit): say why beside the verdict.
    const doc = selectShownDocument(state);
    const signing = doc.signing;
    const kept = signing?.status === 'kept' && signing.token === doc.text ? signing.failure : undefined;
    return kept === undefined || status !== 'invalid' ? words.text : `${words.text} ${kept.words}`;
  }
  const refused = selectShownDocument(state).key.refused;
  if (status === 'error' && refused !== undefined) return describeKeyTooLarge(refused);
  return describeReadiness(selectReadiness(state));
}

/** A verdict in words, as the verdict box shows it. */
export interface VerdictWords {
  readonly status: Verdict['status'];
  readonly text: string;
  /** HMAC: the reading of the secret under which the signature matches, and the words of its button. */
  readonly alternate?: { readonly encoding: SecretEncoding; readonly label: string };
}

const verdictWordsCache = new WeakMap<Verdict, VerdictWords>();

/** The current verdict in words (the sentence, the switch to another reading); a short secret is a finding. */
export function selectVerdictWords(state: AppState): VerdictWords | undefined {
  const verdict = selectCurrentVerdict(state);
  if (verdict === undefined) return undefined;
  const cached = verdictWordsCache.get(verdict);
  if (cached !== undefined) return cached;
  const alternate = verdict.code === 'SIGNATURE_MISMATCH' ? verdict.alternateEncoding : undefined;
  const words: VerdictWords = {
    status: verdict.status,
    text: describeVerdict(verdict),
    ...(alternate === undefined
      ? {}
      : { alternate: { encoding: alternate, label: describeReadAs(alternate) } }),
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
