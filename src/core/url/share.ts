import { memberValue } from '../json/lossless';
import type { DecodedToken } from '../token/decode';

/**
 * The link that shares a token: the page's address (its query and old fragment dropped) with the token in the
 * fragment, `#token=`, which browsers never send to a server. Only the token goes in: never a secret or key.
 */
export function shareLink(pageUrl: string, token: string): string {
  const url = new URL(pageUrl);
  url.hash = '';
  url.search = '';
  // base64url and '.' need no escaping in a fragment; anything else a user left in is escaped.
  return `${url.href}#token=${encodeURIComponent(token).replace(/%2E/gi, '.')}`;
}

/** How risky sharing a token is: whether it could still be used by whoever holds the link. */
export type ShareRisk =
  | { readonly kind: 'expired'; readonly expiredAt: number }
  /** Not expired (or a JWE, whose claims are sealed): `expiresAt` is the `exp` claim in seconds, when known. */
  | { readonly kind: 'live'; readonly expiresAt?: number }
  /** Nothing to judge: an unsigned token, or a payload that is not a JSON object. */
  | { readonly kind: 'unknown' };

/**
 * Judges whether a decoded token looks live at `nowSeconds`: signed (not `alg: none`) and not expired. An
 * unsigned token cannot be used to log in anywhere trustworthy, so it counts as not live.
 */
export function shareRisk(decoded: DecodedToken, nowSeconds: number): ShareRisk {
  const content = decoded.payload?.content;
  if (decoded.kind === 'jwe') return { kind: 'live' };
  if (content?.kind !== 'json' || content.json.kind !== 'object') return { kind: 'unknown' };
  const member = memberValue(content.json, 'exp');
  const exp = member?.kind === 'number' && Number.isFinite(member.value) ? member.value : undefined;
  if (exp !== undefined && exp <= nowSeconds) return { kind: 'expired', expiredAt: exp };
  if (decoded.kind === 'unsecured') return { kind: 'unknown' };
  return exp === undefined ? { kind: 'live' } : { kind: 'live', expiresAt: exp };
}
