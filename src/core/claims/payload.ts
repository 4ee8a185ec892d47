import type { JsonObject } from '../json/lossless';
import type { DecodedToken } from '../token/decode';

/** The payload of a decoded token as a JSON object (its claims set, RFC 7519 section 7.2), when it is one. */
export function toClaimsObject(decoded: DecodedToken): JsonObject | undefined {
  const content = decoded.payload?.content;
  return content?.kind === 'json' && content.json.kind === 'object' ? content.json : undefined;
}
