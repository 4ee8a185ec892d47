import { readTimeClaim } from '../../claims/time';
import { readDeclaredUse, readInferredUse } from '../../claims/token-use';
import type { LintRule } from '../rule';
import { toJudgedClaims } from './signed-claims';

/**
 * `no-exp`: a token without an expiry, or with one no server can read (RFC 7519 section 4.1.4). DPoP proofs and
 * key-binding JWTs are left out: they are short-lived by their `iat` (RFC 9449 section 4.3, RFC 9901 section 4.3).
 */
export const checkNoExp: LintRule = ({ decoded }) => {
  const claims = toJudgedClaims(decoded);
  if (claims === undefined) return [];
  const use = readDeclaredUse(decoded.headerObject) ?? readInferredUse(claims);
  if (use === 'dpop-proof' || use === 'key-binding') return [];
  const exp = readTimeClaim(claims, 'exp');
  if (exp === undefined) return [{ id: 'no-exp', severity: 'medium' }];
  return exp.unreadable ? [{ id: 'no-exp', severity: 'medium', unreadable: true }] : [];
};
