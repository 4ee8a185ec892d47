import { describeCheck, type Check, type CheckId, type CheckStatus } from '../../core/validate/check';
import { checkClaims } from '../../core/validate/check-claims';
import type { DecodedToken } from '../../core/token/decode';
import type { AppState, ValidationSlice } from '../types';
import { sameTokenHashStamp, tokenHashStamp } from '../validation-slice';
import { selectShownDecoded } from './document';

/** One check as the validation panel lists it (CONTRACT.md `check`): its id, its status and its words. */
export interface CheckView {
  readonly id: CheckId;
  readonly status: CheckStatus;
  readonly text: string;
}

/** The `expected-*` inputs and `at-hash-input`, as typed. */
export function selectExpectations(state: AppState): ValidationSlice['expectations'] {
  return state.expectations;
}

function toView(check: Check): CheckView {
  return { id: check.id, status: check.status, text: describeCheck(check) };
}

function sameViews(a: readonly CheckView[], b: readonly CheckView[]): boolean {
  return (
    a.length === b.length &&
    a.every((v, i) => v.id === b[i]?.id && v.status === b[i].status && v.text === b[i].text)
  );
}

let claimsCache:
  | {
      decoded: DecodedToken;
      expectations: ValidationSlice['expectations'];
      now: number;
      leeway: number;
      views: readonly CheckView[];
    }
  | undefined;

/**
 * The eight checks that need no hashing (exp, nbf, iat at the store's now with its leeway; iss, aud, nonce, typ,
 * alg against the expectations), with their words. The same array while its inputs, or its outcome, stay the same.
 */
export function selectClaimChecks(state: AppState): readonly CheckView[] {
  const decoded = selectShownDecoded(state);
  const { expectations, now, leeway } = state;
  const cache = claimsCache;
  if (
    cache?.decoded === decoded &&
    cache.expectations === expectations &&
    cache.now === now &&
    cache.leeway === leeway
  )
    return cache.views;
  const fresh = checkClaims(decoded, expectations, now, leeway).map(toView);
  // A tick of the clock seldom changes an outcome: keep the same array, so the panel does not re-render.
  const views = cache !== undefined && sameViews(cache.views, fresh) ? cache.views : fresh;
  claimsCache = { decoded, expectations, now, leeway, views };
  return views;
}

const NOT_YET: readonly CheckView[] = [];

let hashCache: { checks: readonly Check[]; views: readonly CheckView[] } | undefined;

/**
 * The at_hash and c_hash checks for the token and hash input on screen; empty while they are being computed
 * (a check not yet run is not listed).
 */
export function selectTokenHashChecks(state: AppState): readonly CheckView[] {
  const answer = state.tokenHashChecks;
  if (answer === undefined || !sameTokenHashStamp(answer.stamp, tokenHashStamp(state))) return NOT_YET;
  if (hashCache?.checks !== answer.checks)
    hashCache = { checks: answer.checks, views: answer.checks.map(toView) };
  return hashCache.views;
}

let allCache:
  { claims: readonly CheckView[]; hashes: readonly CheckView[]; views: readonly CheckView[] } | undefined;

/** Every check of the validation panel, in the contract's order, each with its words (`describeCheck`). */
export function selectValidationChecks(state: AppState): readonly CheckView[] {
  const claims = selectClaimChecks(state);
  const hashes = selectTokenHashChecks(state);
  if (allCache?.claims === claims && allCache.hashes === hashes) return allCache.views;
  allCache = { claims, hashes, views: [...claims, ...hashes] };
  return allCache.views;
}
