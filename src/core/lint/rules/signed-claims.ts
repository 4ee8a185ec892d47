import { toClaimsObject } from '../../claims/payload';
import type { JsonObject } from '../../json/lossless';
import type { DecodedToken } from '../../token/decode';

/** The claims set of a token that has one to judge (a JWS, unsecured JWT or SD-JWT, not a JWE). */
export function toJudgedClaims(decoded: DecodedToken): JsonObject | undefined {
  return decoded.kind === 'jws' || decoded.kind === 'unsecured' || decoded.kind === 'sd-jwt'
    ? toClaimsObject(decoded)
    : undefined;
}
