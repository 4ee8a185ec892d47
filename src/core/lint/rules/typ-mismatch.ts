import { readDeclaredUse, readInferredUse, type TokenUse } from '../../claims/token-use';
import { stringMember } from '../../json/lossless';
import type { Finding } from '../finding';
import type { LintRule } from '../rule';
import { toJudgedClaims } from './signed-claims';

/** The typ each kind of token should carry (RFC 9068 section 2.1, RFC 9449 section 4.2, OIDC, RFC 9901). */
const EXPECTED: Readonly<Record<TokenUse, string>> = {
  'id-token': 'JWT',
  'access-token': 'at+jwt',
  'dpop-proof': 'dpop+jwt',
  'logout-token': 'logout+jwt',
  'key-binding': 'kb+jwt',
};

/**
 * `typ-mismatch`: the header's typ does not fit what the claims say the token is (RFC 8725 section 3.11): an ID
 * token typed as an access token, a DPoP proof without `dpop+jwt`, an access token typed "JWT" (RFC 9068 asks for
 * `at+jwt`; many issuers still send "JWT", so that one is only `info`).
 */
export const checkTypMismatch: LintRule = ({ decoded }) => {
  const claims = toJudgedClaims(decoded);
  if (claims === undefined || decoded.kind === 'sd-jwt') return [];
  const inferred = readInferredUse(claims);
  if (inferred === undefined) return [];
  const declared = readDeclaredUse(decoded.headerObject);
  const typ = stringMember(decoded.headerObject, 'typ');
  const finding = (severity: Finding['severity']): Finding[] => [
    {
      id: 'typ-mismatch',
      severity,
      use: inferred,
      expected: EXPECTED[inferred],
      ...(typ === undefined ? {} : { typ }),
    },
  ];
  if (declared === inferred) return [];
  if (declared !== undefined) return finding('medium');
  // No explicit type in the header: a DPoP proof and a logout token must have theirs.
  if (inferred === 'dpop-proof' || inferred === 'logout-token' || inferred === 'key-binding')
    return finding('medium');
  if (inferred === 'access-token') return finding('info');
  return [];
};
