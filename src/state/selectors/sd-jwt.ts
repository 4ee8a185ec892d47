import { describeTimeClaim, toIsoInstant } from '../../core/claims/time';
import { toPrettyJson } from '../../core/json/pretty';
import {
  describeDisclosurePlace,
  describeKbProblem,
  describeKbTyp,
  describeKeyBinding,
  describeSdHashComparison,
  describeSdProblem,
  describeSdSummary,
  toDisclosureClaim,
} from '../../core/sd-jwt/describe';
import {
  toSdHashComparison,
  type KeyBindingFacts,
  type KeyBindingResult,
  type SdHashComparisonStatus,
} from '../../core/sd-jwt/key-binding';
import type { DisclosureReport, SdJwtView } from '../../core/sd-jwt/process';
import { clip } from './claims';
import type { AppState } from '../types';
import { tokenIdentity } from './document';
import { selectIsSdJwt } from './sd-jwt-kind';

/** One disclosure as the SD-JWT card shows it. */
export interface ShownDisclosure {
  readonly index: number;
  /** The claim name, `...` for an array element, or empty when it cannot be read (contract `data-claim`). */
  readonly claim: string;
  readonly status: DisclosureReport['status'];
  readonly salt?: string;
  /** The disclosed value as pretty JSON text, every scalar as written. */
  readonly value?: string;
  readonly digest?: string;
  /** Where it went in the payload, or why it went nowhere, in words. */
  readonly place: string;
  readonly text: string;
}

/** The SD-JWT card: its disclosures, the payload with them in place, and what processing found. */
export interface ShownSdJwt {
  readonly summary: string;
  readonly disclosures: readonly ShownDisclosure[];
  readonly payloadText?: string;
  readonly problems: readonly string[];
}

/** The key-binding JWT itself, as the card's "Key binding JWT" section shows it (RFC 9901 section 4.3). */
export interface ShownKbJwt {
  /** The KB-JWT's compact text, for copying. */
  readonly text?: string;
  /** Its header and payload as pretty JSON text; absent when they are not JSON objects. */
  readonly header?: string;
  readonly payload?: string;
  readonly alg?: string;
  /** `typ` as written, whether it is `kb+jwt`, and words for it. */
  readonly typ?: string;
  readonly typOk: boolean;
  readonly typWords: string;
  /** `iat`: the NumericDate as written, its instant in milliseconds and as an ISO 8601 UTC date (when it has one). */
  readonly iat?: { readonly seconds: number; readonly at: number; readonly iso?: string };
  readonly aud?: string;
  readonly nonce?: string;
  /** `sd_hash` as the KB-JWT has it beside the digest the page computed over the presentation, with words. */
  readonly sdHash: {
    readonly status: SdHashComparisonStatus;
    readonly found?: string;
    readonly computed?: string;
    readonly words: string;
  };
  /** Each problem found, in words. */
  readonly problems: readonly string[];
}

/** The key-binding JWT's state for `kb-status`, with its words, and the KB-JWT itself unless absent. */
export interface ShownKeyBinding {
  readonly status: KeyBindingResult['status'];
  readonly message: string;
  readonly facts?: KeyBindingFacts;
  readonly jwt?: ShownKbJwt;
}

function toShownKbJwt(result: KeyBindingResult, text: string | undefined): ShownKbJwt {
  const facts = result.facts ?? {};
  const comparison = toSdHashComparison(facts);
  const iso = facts.iat === undefined ? undefined : toIsoInstant(facts.iat * 1000);
  return {
    ...(text === undefined ? {} : { text }),
    ...(facts.header === undefined ? {} : { header: facts.header }),
    ...(facts.payload === undefined ? {} : { payload: facts.payload }),
    ...(facts.alg === undefined ? {} : { alg: facts.alg }),
    ...(facts.typ === undefined ? {} : { typ: facts.typ }),
    typOk: facts.typ === 'kb+jwt',
    typWords: describeKbTyp(facts.typ),
    ...(facts.iat === undefined
      ? {}
      : { iat: { seconds: facts.iat, at: facts.iat * 1000, ...(iso === undefined ? {} : { iso }) } }),
    ...(facts.aud === undefined ? {} : { aud: facts.aud }),
    ...(facts.nonce === undefined ? {} : { nonce: facts.nonce }),
    sdHash: {
      status: comparison.status,
      ...(facts.sdHash === undefined ? {} : { found: facts.sdHash }),
      ...(facts.expectedSdHash === undefined ? {} : { computed: facts.expectedSdHash }),
      words: describeSdHashComparison(comparison),
    },
    problems: result.problems.map(describeKbProblem),
  };
}

/**
 * The most characters of a disclosure's salt or value shown (the rest counted): 100 disclosures of 10,000
 * characters each were a megabyte of text in the card, 130 ms of layout.
 */
const MAX_SHOWN_CHARS = 500;

function toShownDisclosure(report: DisclosureReport): ShownDisclosure {
  const decoded = report.decoded.ok ? report.decoded.value : undefined;
  return {
    index: report.index,
    claim: toDisclosureClaim(report) ?? '',
    status: report.status,
    ...(decoded === undefined
      ? {}
      : {
          salt: clip(decoded.salt, MAX_SHOWN_CHARS),
          value: clip(toPrettyJson(decoded.value).text, MAX_SHOWN_CHARS),
        }),
    ...(report.digest === undefined ? {} : { digest: report.digest }),
    place: describeDisclosurePlace(report),
    text: report.text,
  };
}

const shownCache = new WeakMap<SdJwtView, ShownSdJwt>();

function toShownSdJwt(view: SdJwtView): ShownSdJwt {
  const hit = shownCache.get(view);
  if (hit !== undefined) return hit;
  const shown: ShownSdJwt = {
    summary: describeSdSummary(view),
    disclosures: view.disclosures.map(toShownDisclosure),
    ...(view.payloadText === undefined ? {} : { payloadText: view.payloadText }),
    problems: view.problems.map(describeSdProblem),
  };
  shownCache.set(view, shown);
  return shown;
}

/**
 * The main token's SD-JWT layer as the card shows it: `undefined` for a token that is no SD-JWT, `'reading'`
 * until the disclosures of the token on screen are read (or when its payload is not JSON).
 */
export function selectSdJwt(state: AppState): ShownSdJwt | 'reading' | undefined {
  if (!selectIsSdJwt(state)) return undefined;
  const answer = state.sdJwt;
  if (answer?.token !== tokenIdentity(state.documents.main) || answer.view === undefined) return 'reading';
  return toShownSdJwt(answer.view);
}

const keyBindingCache = new WeakMap<KeyBindingResult, ShownKeyBinding>();

/** The key-binding JWT's state for the SD-JWT on screen; undefined while it is being checked (or no SD-JWT). */
export function selectKeyBinding(state: AppState): ShownKeyBinding | undefined {
  if (!selectIsSdJwt(state)) return undefined;
  const answer = state.keyBinding;
  if (answer?.token !== tokenIdentity(state.documents.main)) return undefined;
  const hit = keyBindingCache.get(answer.result);
  if (hit !== undefined) return hit;
  const decoded = state.documents.main.decoded.value;
  const text = decoded.kind === 'sd-jwt' ? decoded.keyBinding : undefined;
  const shown: ShownKeyBinding = {
    status: answer.result.status,
    message: describeKeyBinding(answer.result),
    ...(answer.result.facts === undefined ? {} : { facts: answer.result.facts }),
    ...(answer.result.status === 'absent' ? {} : { jwt: toShownKbJwt(answer.result, text) }),
  };
  keyBindingCache.set(answer.result, shown);
  return shown;
}

/** The key-binding JWT's `iat` relative to the store's now, in words ("issued 2 min ago"). */
export function selectKbIatWords(at: number): (state: AppState) => string {
  return (state) => describeTimeClaim('iat', at, state.now);
}
