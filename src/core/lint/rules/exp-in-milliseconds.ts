import { readTimeClaims, TIME_CLAIMS } from '../../claims/time';
import type { Finding } from '../finding';
import type { LintRule } from '../rule';
import { toJudgedClaims } from './signed-claims';

/** `exp-in-milliseconds`: a time claim (exp, or nbf, iat…) written in milliseconds instead of seconds (RFC 7519 section 2). */
export const checkExpInMilliseconds: LintRule = ({ decoded }) => {
  const claims = toJudgedClaims(decoded);
  if (claims === undefined) return [];
  const times = readTimeClaims(claims);
  const found: Finding[] = [];
  for (const name of TIME_CLAIMS) {
    const claim = times[name];
    if (claim?.milliseconds)
      found.push({ id: 'exp-in-milliseconds', severity: 'medium', claim: name, value: claim.seconds });
  }
  return found;
};
