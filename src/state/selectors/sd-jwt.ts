import { toPrettyJson } from '../../core/json/pretty';
import {
  describeDisclosurePlace,
  describeKeyBinding,
  describeSdProblem,
  describeSdSummary,
  toDisclosureClaim,
} from '../../core/sd-jwt/describe';
import type { KeyBindingFacts, KeyBindingResult } from '../../core/sd-jwt/key-binding';
import type { DisclosureReport, SdJwtView } from '../../core/sd-jwt/process';
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

/** The key-binding JWT's state for `kb-status`, with its words. */
export interface ShownKeyBinding {
  readonly status: KeyBindingResult['status'];
  readonly message: string;
  readonly facts?: KeyBindingFacts;
}

function toShownDisclosure(report: DisclosureReport): ShownDisclosure {
  const decoded = report.decoded.ok ? report.decoded.value : undefined;
  return {
    index: report.index,
    claim: toDisclosureClaim(report) ?? '',
    status: report.status,
    ...(decoded === undefined ? {} : { salt: decoded.salt, value: toPrettyJson(decoded.value).text }),
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
  const shown: ShownKeyBinding = {
    status: answer.result.status,
    message: describeKeyBinding(answer.result),
    ...(answer.result.facts === undefined ? {} : { facts: answer.result.facts }),
  };
  keyBindingCache.set(answer.result, shown);
  return shown;
}
