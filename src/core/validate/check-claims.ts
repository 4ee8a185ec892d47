import { toClaimsObject } from '../claims/payload';
import { readTimeClaims, type TimeClaim } from '../claims/time';
import { isSameMediaType } from '../claims/typ';
import { memberValue, stringMember, type JsonObject } from '../json/lossless';
import type { DecodedToken } from '../token/decode';
import type { Check, CheckId } from './check';
import { toAllowedAlgs, type Expectations } from './expectations';

function timeCheck(
  id: 'exp' | 'nbf' | 'iat',
  claim: TimeClaim | undefined,
  failed: (at: number) => boolean,
  reason: 'expired' | 'not-yet-valid' | 'issued-in-future',
): Check {
  if (claim === undefined) return { id, status: 'skip', reason: 'absent' };
  if (!Number.isFinite(claim.at) || claim.unreadable) return { id, status: 'fail', reason: 'unreadable' };
  return failed(claim.at)
    ? { id, status: 'fail', reason, at: claim.at }
    : { id, status: 'pass', reason: 'in-time', at: claim.at };
}

/** Compares a string claim with its expected value (exact, case-sensitive: RFC 7519 sections 4.1.1, 4.1.3). */
function valueCheck(id: CheckId, object: JsonObject | undefined, expected: string | undefined): Check {
  const want = expected?.trim() ?? '';
  if (want === '') return { id, status: 'skip', reason: 'no-expectation' };
  const node = memberValue(object, id);
  if (node === undefined) return { id, status: 'fail', reason: 'missing', expected: want };
  if (node.kind !== 'string') return { id, status: 'fail', reason: 'unreadable', expected: want };
  return node.value === want
    ? { id, status: 'pass', reason: 'matches', expected: want, found: node.value }
    : { id, status: 'fail', reason: 'differs', expected: want, found: node.value };
}

/** The most audiences a failed `aud` check names; the rest are counted. */
const MAX_AUDIENCES_SAID = 20;

/** RFC 7519 section 4.1.3: `aud` is one string or an array of them; the expected audience must be among them. */
function audienceCheck(claims: JsonObject | undefined, expected: string | undefined): Check {
  const want = expected?.trim() ?? '';
  if (want === '') return { id: 'aud', status: 'skip', reason: 'no-expectation' };
  const node = memberValue(claims, 'aud');
  if (node === undefined) return { id: 'aud', status: 'fail', reason: 'missing', expected: want };
  const audiences =
    node.kind === 'string'
      ? [node.value]
      : node.kind === 'array'
        ? node.items.flatMap((i) => (i.kind === 'string' ? [i.value] : []))
        : undefined;
  if (audiences === undefined) return { id: 'aud', status: 'fail', reason: 'unreadable', expected: want };
  if (audiences.includes(want)) {
    return { id: 'aud', status: 'pass', reason: 'matches', expected: want, found: want };
  }
  // A huge list decoded off the main thread reaches the page cut down (core/json/prune.ts): what was not kept
  // may hold the audience, so the check cannot fail on it.
  const elided = node.kind === 'array' ? (node.elided ?? 0) : 0;
  if (elided > 0) {
    return { id: 'aud', status: 'skip', reason: 'not-all-read', expected: want, found: String(elided) };
  }
  const shown = audiences.slice(0, MAX_AUDIENCES_SAID);
  const more = audiences.length - shown.length;
  const found = `${shown.join(', ')}${more > 0 ? ` and ${String(more)} more` : ''}`;
  return { id: 'aud', status: 'fail', reason: 'differs', expected: want, found };
}

/** RFC 7515 section 4.1.9: typ compared without regard to case, "application/" implied. */
function typCheck(header: JsonObject | undefined, expected: string | undefined): Check {
  const want = expected?.trim() ?? '';
  if (want === '') return { id: 'typ', status: 'skip', reason: 'no-expectation' };
  const typ = stringMember(header, 'typ');
  if (typ === undefined) return { id: 'typ', status: 'fail', reason: 'missing', expected: want };
  return isSameMediaType(typ, want)
    ? { id: 'typ', status: 'pass', reason: 'matches', expected: want, found: typ }
    : { id: 'typ', status: 'fail', reason: 'differs', expected: want, found: typ };
}

/** RFC 8725 section 3.1: the header's alg must be one the server allows (case-sensitive). */
function algCheck(alg: string | undefined, allowedText: string | undefined): Check {
  const allowed = toAllowedAlgs(allowedText);
  if (allowed.length === 0) return { id: 'alg', status: 'skip', reason: 'no-expectation' };
  const expected = allowed.join(', ');
  if (alg === undefined) return { id: 'alg', status: 'fail', reason: 'missing', expected };
  return allowed.includes(alg)
    ? { id: 'alg', status: 'pass', reason: 'allowed', expected, found: alg }
    : { id: 'alg', status: 'fail', reason: 'not-allowed', expected, found: alg };
}

/**
 * The checks a careful server runs that need no hashing: exp, nbf and iat at `now` (ms) with a leeway (s), and
 * iss, aud, nonce, typ and alg against what is expected. An encrypted token's claims are checked once decrypted.
 */
export function checkClaims(
  decoded: DecodedToken,
  expected: Expectations,
  now: number,
  leewaySeconds = 0,
): readonly Check[] {
  const claims = toClaimsObject(decoded);
  const leeway = Math.max(0, leewaySeconds) * 1000;
  const header = decoded.headerObject;
  const headerChecks = [typCheck(header, expected.typ), algCheck(decoded.alg, expected.algs)];
  if (claims === undefined) {
    const skipped = (['exp', 'nbf', 'iat', 'iss', 'aud', 'nonce'] as const).map((id): Check => ({
      id,
      status: 'skip',
      reason: 'no-claims',
    }));
    return [...skipped, ...headerChecks];
  }
  const times = readTimeClaims(claims);
  return [
    timeCheck('exp', times.exp, (at) => now >= at + leeway, 'expired'),
    timeCheck('nbf', times.nbf, (at) => now < at - leeway, 'not-yet-valid'),
    timeCheck('iat', times.iat, (at) => at > now + leeway, 'issued-in-future'),
    valueCheck('iss', claims, expected.iss),
    audienceCheck(claims, expected.aud),
    valueCheck('nonce', claims, expected.nonce),
    ...headerChecks,
  ];
}
