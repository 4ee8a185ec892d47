import { readTimeClaims } from '../../claims/time';
import type { LintRule } from '../rule';
import { toJudgedClaims } from './signed-claims';

const DAY = 86_400_000;
/** Longer than a day is worth a word (access and ID tokens usually live minutes to an hour). */
export const LONG_LIFETIME = DAY;
/** Longer than 90 days is a credential that hardly expires. */
export const VERY_LONG_LIFETIME = 90 * DAY;

/** `long-lifetime`: exp lies more than a day after iat (or nbf, or now when neither is there). */
export const checkLongLifetime: LintRule = ({ decoded, now }) => {
  const claims = toJudgedClaims(decoded);
  if (claims === undefined) return [];
  const { exp, iat, nbf } = readTimeClaims(claims);
  if (exp === undefined || exp.unreadable || exp.milliseconds) return [];
  const start =
    iat !== undefined && Number.isFinite(iat.at) && !iat.milliseconds
      ? { from: 'iat' as const, at: iat.at }
      : nbf !== undefined && Number.isFinite(nbf.at) && !nbf.milliseconds
        ? { from: 'nbf' as const, at: nbf.at }
        : { from: 'now' as const, at: now };
  const lifetime = exp.at - start.at;
  if (lifetime <= LONG_LIFETIME) return [];
  const severity = lifetime > VERY_LONG_LIFETIME ? 'medium' : 'low';
  return [{ id: 'long-lifetime', severity, lifetime, from: start.from }];
};
