import { toIssuerKeys, type IssuerKeys } from '../../core/claims/issuer-keys';
import { toClaimsObject } from '../../core/claims/payload';
import { checkCarriedKey, describeCarriedKey, type CarriedKey } from '../../core/jws/carried-key';
import type { X5cWords } from '../../core/jws/x5c-words';
import { stringMember } from '../../core/json/lossless';
import {
  compareSeverity,
  describeFinding,
  describeNoFindings,
  describeReference,
  findingReference,
  type Finding,
  type FindingId,
  type Severity,
} from '../../core/lint/finding';
import type { KeyContext } from '../../core/lint/key-context';
import { describeKnownSecretSearch, type KnownSecretSearchState } from '../../core/lint/known-secret-search';
import type { LintRule } from '../../core/lint/rule';
import { checkIatInFuture } from '../../core/lint/rules/iat-in-future';
import { checkLongLifetime } from '../../core/lint/rules/long-lifetime';
import { LINT_RULES } from '../../core/lint/run-lint';
import type { DecodedToken } from '../../core/token/decode';
import type { AppState } from '../types';
import {
  memoOnDecoded,
  memoOnShown,
  selectDecoded,
  selectShownDecoded,
  selectShownId,
  tokenIdentity,
} from './document';
import { selectVerifyStatus } from './verify';

/** The key facts for the key on screen: only while the key inputs are those the facts were read for. */
export function selectKeyContext(state: AppState): KeyContext | undefined {
  const facts = state.keyContext;
  const key = state.documents.main.key;
  if (facts === undefined || key.text.trim() === '') return undefined;
  if (facts.stamp.keyText !== key.text || facts.stamp.encoding !== key.encoding) return undefined;
  return facts.context;
}

/** The known-secret finding, when the search of exactly the token on screen found the secret. */
function selectKnownSecretFinding(state: AppState): Finding | undefined {
  const search = state.knownSecret;
  return search?.token === tokenIdentity(state.documents.main) ? search.finding : undefined;
}

// The rules that read `now` run on every tick; the others only when the token, key facts or leeway change.
const TIME_RULES: ReadonlySet<LintRule> = new Set([checkIatInFuture, checkLongLifetime]);

function runRule(rule: LintRule, context: Parameters<LintRule>[0]): readonly Finding[] {
  try {
    return rule(context);
  } catch {
    // A bug in one rule never hides the findings of the others (as runLint).
    return [];
  }
}

interface LintMemo {
  readonly decoded: DecodedToken;
  readonly key: KeyContext | undefined;
  readonly leeway: number;
  readonly known: Finding | undefined;
  /** The steady rules' findings, by rule. */
  readonly steady: ReadonlyMap<LintRule, readonly Finding[]>;
  /** What the time rules found at the last `now`, as JSON, and the list made with it. */
  readonly timeKey: string;
  readonly findings: readonly Finding[];
}

let lintMemo: LintMemo | undefined;

/**
 * The findings of the token on screen, highest severity first: every lint rule at the store's `now` and
 * leeway with the key facts of the key on screen, and the known-secret finding of the search for this exact
 * token. The same array while nothing it shows changes (the clock ticks every second; only the time rules run).
 */
export function selectFindings(state: AppState): readonly Finding[] {
  // The layer shown (an inner token of a nested JWE, or the main token); the key facts and the known-secret
  // search are the main token's, so an inner layer gets the findings of its token alone.
  const decoded = selectShownDecoded(state);
  const main = selectShownId(state) === 'main';
  const key = main ? selectKeyContext(state) : undefined;
  const known = main ? selectKnownSecretFinding(state) : undefined;
  const leeway = state.leeway;
  const context = { decoded, now: state.now, leeway, ...(key === undefined ? {} : { key }) };
  const memo =
    lintMemo?.decoded === decoded &&
    lintMemo.key === key &&
    lintMemo.leeway === leeway &&
    lintMemo.known === known
      ? lintMemo
      : undefined;
  const steady =
    memo?.steady ??
    new Map(LINT_RULES.filter((rule) => !TIME_RULES.has(rule)).map((rule) => [rule, runRule(rule, context)]));
  const timed = new Map([...TIME_RULES].map((rule) => [rule, runRule(rule, context)]));
  const timeKey = JSON.stringify([...timed.values()]);
  if (memo !== undefined && memo.timeKey === timeKey) return memo.findings;
  const findings = [
    ...(known === undefined ? [] : [known]),
    ...LINT_RULES.flatMap((rule) => steady.get(rule) ?? timed.get(rule) ?? []),
  ].sort(compareSeverity);
  lintMemo = { decoded, key, leeway, known, steady, timeKey, findings };
  return findings;
}

/** One finding as the card lists it (CONTRACT.md `finding`). */
export interface FindingView {
  readonly key: string;
  readonly id: FindingId;
  readonly severity: Severity;
  readonly text: string;
  /** "RFC 8725 section 3.1", and its address as text (never loaded by the page). */
  readonly reference: string;
  readonly referenceUrl: string;
}

const viewCache = new WeakMap<readonly Finding[], readonly FindingView[]>();

/** The findings in words, in the order of selectFindings. */
export function selectFindingViews(state: AppState): readonly FindingView[] {
  const findings = selectFindings(state);
  const cached = viewCache.get(findings);
  if (cached !== undefined) return cached;
  const views = findings.map((finding, i): FindingView => {
    const reference = findingReference(finding.id);
    return {
      key: `${finding.id}-${i}`,
      id: finding.id,
      severity: finding.severity,
      text: describeFinding(finding),
      reference: describeReference(reference),
      referenceUrl: reference.url,
    };
  });
  viewCache.set(findings, views);
  return views;
}

/** What the findings say when there are none: of the whole token, or of what could be read (`describeNoFindings`). */
export const selectNoFindingsText = memoOnShown((decoded): string => {
  if (decoded.errors.some((e) => e.code === 'EMPTY')) return describeNoFindings('no-token');
  const unread = (['header', 'payload'] as const).filter((part) => {
    // A JWE's payload is encrypted, not unread; a token with no such segment has nothing unread.
    if (decoded.kind === 'jwe' && part === 'payload') return false;
    return decoded[part]?.error !== undefined;
  });
  return describeNoFindings(unread);
});

/** The known-secret search of the token on screen, in words (undefined for a token that is not searched). */
export interface KnownSecretSearchView {
  readonly state: KnownSecretSearchState;
  readonly text: string;
  /** Progress, while searching. */
  readonly tried?: number;
  readonly total?: number;
}

const searchCache = new WeakMap<object, KnownSecretSearchView>();

export function selectKnownSecretSearch(state: AppState): KnownSecretSearchView | undefined {
  const search = state.knownSecret;
  if (search?.token !== tokenIdentity(state.documents.main) || selectShownId(state) !== 'main')
    return undefined;
  const cached = searchCache.get(search);
  if (cached !== undefined) return cached;
  const s = search.state;
  const view: KnownSecretSearchView = {
    state: s,
    text: describeKnownSecretSearch(s),
    ...(s.status === 'searching' ? { tried: s.tried, total: s.total } : {}),
  };
  searchCache.set(search, view);
  return view;
}

/** The header's x5c chain in words, for the token on screen. */
export function selectX5c(state: AppState): X5cWords | undefined {
  const x5c = state.x5c;
  return x5c?.token === tokenIdentity(state.documents.main) ? x5c.chain : undefined;
}

let carriedMemo:
  | { readonly decoded: DecodedToken; readonly keyText: string; readonly carried: CarriedKey | undefined }
  | undefined;

/**
 * The warning beside the verdict while the key input holds a key the token itself carries (its x5c leaf
 * certificate, put there by the one-click offer or pasted): a match then proves only that the token is consistent
 * with itself. Gone as soon as the key input holds anything else.
 */
export function selectCarriedKeyWarning(state: AppState): string | undefined {
  const decoded = selectDecoded(state);
  const keyText = state.documents.main.key.text;
  // The clock ticks every second: the key text is read again only when the token or the key changes.
  if (carriedMemo?.decoded !== decoded || carriedMemo.keyText !== keyText)
    carriedMemo = { decoded, keyText, carried: checkCarriedKey(decoded.headerObject, keyText) };
  const carried = carriedMemo.carried;
  return carried === undefined ? undefined : describeCarriedKey(carried, selectVerifyStatus(state));
}

/** Where a well-known issuer (the payload's iss) publishes its keys, as text: the page never fetches it. */
export const selectIssuerKeys: (state: AppState) => IssuerKeys | null = memoOnDecoded((decoded) => {
  const iss = stringMember(toClaimsObject(decoded), 'iss');
  return (iss === undefined ? undefined : toIssuerKeys(iss)) ?? null;
});
