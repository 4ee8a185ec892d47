import { readTimeClaim } from '../../claims/time';
import type { LintRule } from '../rule';
import { toJudgedClaims } from './signed-claims';

/** `iat-in-future`: the token says it was issued after now, beyond the leeway (RFC 7519 section 4.1.6). */
export const checkIatInFuture: LintRule = ({ decoded, now, leeway = 0 }) => {
  const iat = readTimeClaim(toJudgedClaims(decoded), 'iat');
  if (iat === undefined || !Number.isFinite(iat.at) || iat.milliseconds) return [];
  const ahead = iat.at - now;
  return ahead > leeway * 1000 ? [{ id: 'iat-in-future', severity: 'medium', iat: iat.at, ahead }] : [];
};
