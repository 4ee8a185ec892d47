import { decodeBase64url } from '../encoding/base64url';
import { memberValues } from '../json/lossless';
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

/** Key text recognised in what was pasted as a token: a PEM block, a JWK or JWKS, or a bare DER key. */
export type KeyMaterialKind = 'pem' | 'jwk' | 'der';

/** Whitespace and invisible characters, which people and mail clients put anywhere in key text. */
const SPACING = /[\s\u200b-\u200d\u2060\ufeff]+/g;
/** Whether a text has any of that spacing (a search, not a copy: a token of a megabyte usually has none). */
const HAS_SPACING = /[\s\u200b-\u200d\u2060\ufeff]/;
/** A PEM (RFC 7468), OpenSSH or PGP armour line, in any letter case, once the spacing is removed. */
const ARMOUR = /-{3,}(?:BEGIN|END)[^-]{0,64}-{3,}/i;
/** A JWK or JWKS member name (RFC 7517 sections 4.1 and 5.1), also as escaped inside a string literal. */
const JWK_MEMBER = /\\*"(?:kty|keys)\\*"\s*:/;
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;
const HEX = /^(?:[0-9a-fA-F]{2})+$/;
/** The smallest key worth recognising: an Ed25519 or X25519 SubjectPublicKeyInfo is 44 bytes. */
const MIN_DER_BYTES = 32;
/** Longer text is not decoded to look for a key: the largest RSA private key is some 13,000 characters of base64. */
const MAX_DER_TEXT = 65_536;

/** True when `bytes` are exactly one DER SEQUENCE (X.690 section 8.9), as every SPKI, PKCS#1/#8, SEC1 and X.509 is. */
function isDerSequence(bytes: Uint8Array): boolean {
  if (bytes.length < MIN_DER_BYTES || bytes[0] !== 0x30) return false;
  const first = bytes[1] ?? 0;
  if (first < 0x80) return 2 + first === bytes.length;
  const count = first & 0x7f;
  if (count === 0 || count > 4) return false;
  let length = 0;
  for (let i = 0; i < count; i++) length = length * 256 + (bytes[2 + i] ?? 0);
  return 2 + count + length === bytes.length;
}

function derBytes(text: string): Uint8Array | undefined {
  if (text.length > MAX_DER_TEXT) return undefined;
  if (HEX.test(text)) return Uint8Array.from(text.match(/../g) ?? [], (pair) => parseInt(pair, 16));
  if (!BASE64.test(text)) return undefined;
  const decoded = decodeBase64url(text.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_'));
  return decoded.ok ? decoded.value : undefined;
}

/**
 * What key material a text holds, read the way a careless paste delivers it: PEM armour in any letter case or
 * spacing (RFC 7468), a JWK or JWKS (RFC 7517), or a PEM body without armour (base64 or hex of one DER
 * SEQUENCE); undefined for anything else. It looks for the shape only and imports nothing.
 */
export function findKeyMaterial(text: string): KeyMaterialKind | undefined {
  const compact = HAS_SPACING.test(text) ? text.replace(SPACING, '') : text;
  if (ARMOUR.test(compact)) return 'pem';
  if (JWK_MEMBER.test(text)) return 'jwk';
  const der = derBytes(compact);
  if (der !== undefined && isDerSequence(der)) return 'der';
  return undefined;
}

/** Why Share is not offered for what the token box holds. */
export type ShareRefusal =
  | { readonly kind: 'empty' }
  /** Key text pasted as a token: it must never go into a link, whatever else is true of it. */
  | { readonly kind: 'key-material'; readonly material: KeyMaterialKind }
  /** The text does not decode: only a token that decodes is shared. */
  | { readonly kind: 'not-decoded' }
  /** It decodes, but as nothing Share knows to be a token (neither JWS, unsecured JWT nor JWE). */
  | { readonly kind: 'not-a-token' };

/** Whether Share may be offered: for a token that decodes with no error, never for key material. */
export type ShareDecision =
  { readonly allowed: true } | { readonly allowed: false; readonly refusal: ShareRefusal };

const SHAREABLE_KINDS: ReadonlySet<DecodedToken['kind']> = new Set(['jws', 'unsecured', 'jwe', 'sd-jwt']);

/**
 * Decides whether a decoded token may be shared: it must decode with no error as a JWS, an unsecured JWT or a
 * JWE, and neither the text as pasted nor the cleaned token may look like key material.
 */
export function canShare(decoded: DecodedToken): ShareDecision {
  const token = decoded.cleaned.token;
  const material =
    findKeyMaterial(decoded.input) ?? (token === decoded.input ? undefined : findKeyMaterial(token));
  if (material !== undefined) return { allowed: false, refusal: { kind: 'key-material', material } };
  if (token === '') return { allowed: false, refusal: { kind: 'empty' } };
  if (decoded.errors.length > 0) return { allowed: false, refusal: { kind: 'not-decoded' } };
  if (!SHAREABLE_KINDS.has(decoded.kind)) return { allowed: false, refusal: { kind: 'not-a-token' } };
  return { allowed: true };
}

/** Words for why Share is not offered, short enough for a tooltip. */
export function describeShareRefusal(refusal: ShareRefusal): string {
  switch (refusal.kind) {
    case 'empty':
      return 'Paste a token to share it.';
    case 'key-material':
      return 'This looks like a key, not a token: keys are never put in a link.';
    case 'not-decoded':
      return 'Only a token that decodes can be shared.';
    case 'not-a-token':
      return 'Only a signed, unsecured or encrypted token can be shared.';
  }
}

/** How risky sharing a token is: whether it could still be used by whoever holds the link. */
export type ShareRisk =
  | { readonly kind: 'expired'; readonly expiredAt: number }
  /**
   * Not expired (or a JWE, whose claims are sealed): `expiresAt` is the latest `exp` in seconds, when known;
   * `unreadableExp` when an `exp` is not a number this page can judge, which some parser may read as no expiry.
   */
  | { readonly kind: 'live'; readonly expiresAt?: number; readonly unreadableExp?: true }
  /** Nothing to judge: an unsigned token, or a payload that is not a JSON object. */
  | { readonly kind: 'unknown' };

/**
 * Judges whether a decoded token looks live at `nowSeconds`: signed (not `alg: none`) and not expired (RFC 7519
 * section 4.1.4). On the most dangerous reading: with repeated `exp` members, any that is still in the future
 * (or cannot be read as a NumericDate) keeps it live, as it does for a parser keeping that one. An unsigned
 * token cannot be used to log in anywhere trustworthy, so it counts as not live.
 */
export function shareRisk(decoded: DecodedToken, nowSeconds: number): ShareRisk {
  const content = decoded.payload?.content;
  if (decoded.kind === 'jwe') return { kind: 'live' };
  if (content?.kind !== 'json' || content.json.kind !== 'object') return { kind: 'unknown' };
  let latest: number | undefined;
  let unreadable = false;
  for (const value of memberValues(content.json, 'exp')) {
    if (value.kind === 'number' && Number.isFinite(value.value))
      latest = Math.max(latest ?? -Infinity, value.value);
    else unreadable = true;
  }
  if (!unreadable && latest !== undefined && latest <= nowSeconds)
    return { kind: 'expired', expiredAt: latest };
  if (decoded.kind === 'unsecured') return { kind: 'unknown' };
  return {
    kind: 'live',
    ...(latest !== undefined && latest > nowSeconds ? { expiresAt: latest } : {}),
    ...(unreadable ? { unreadableExp: true } : {}),
  };
}

function formatTime(seconds: number): string | undefined {
  const date = new Date(seconds * 1000);
  if (Number.isNaN(date.getTime())) return undefined;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Words warning that a token is live, for the dialog that asks before copying; undefined when it is not. */
export function describeShareRisk(risk: ShareRisk): string | undefined {
  if (risk.kind !== 'live') return undefined;
  const at = risk.expiresAt === undefined ? undefined : formatTime(risk.expiresAt);
  const until = risk.unreadableExp
    ? 'Its expiry (exp) is not a date this page can read, so it may work for as long as its key is trusted.'
    : risk.expiresAt === undefined
      ? 'It has no expiry (exp), so it may work for as long as its key is trusted.'
      : at === undefined
        ? 'Its expiry (exp) lies beyond any date this page can show.'
        : `It does not expire until ${at}.`;
  return `This token has not expired and may still grant access. ${until} Anyone with the link can read it and replay it: share it only with people you would give the access to.`;
}

/** What the Share button does: refuse, ask first because the token looks live, or copy the link at once. */
export type SharePlan =
  | { readonly kind: 'refuse'; readonly refusal: ShareRefusal }
  | { readonly kind: 'confirm'; readonly link: string; readonly risk: Extract<ShareRisk, { kind: 'live' }> }
  | { readonly kind: 'copy'; readonly link: string };

/** Plans a press of Share for the token on screen, the page at `pageUrl` and the time `nowSeconds`. */
export function planShare(decoded: DecodedToken, pageUrl: string, nowSeconds: number): SharePlan {
  const decision = canShare(decoded);
  if (!decision.allowed) return { kind: 'refuse', refusal: decision.refusal };
  const link = shareLink(pageUrl, decoded.cleaned.token);
  const risk = shareRisk(decoded, nowSeconds);
  return risk.kind === 'live' ? { kind: 'confirm', link, risk } : { kind: 'copy', link };
}
