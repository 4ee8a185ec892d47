import { memberValue, stringMember, type JsonNode, type JsonObject } from '../json/lossless';
import { toPrettyJson } from '../json/pretty';
import type { Verdict } from '../jws/verdict';
import { decodeToken, type DecodedSdJwt, type DecodedToken } from '../token/decode';
import { toSdDigest } from './hash';
import type { SdJwtView } from './process';

/** What the key-binding JWT says, for showing (RFC 9901 section 4.3). */
export interface KeyBindingFacts {
  readonly alg?: string;
  readonly typ?: string;
  readonly nonce?: string;
  /** `aud` as JSON text when it is not one string. */
  readonly aud?: string;
  /** `iat`, in seconds since the epoch. */
  readonly iat?: number;
  readonly sdHash?: string;
  /** The digest of the presentation this KB-JWT should carry as `sd_hash`, when the hash is known. */
  readonly expectedSdHash?: string;
  /** The hash `sd_hash` is computed with: the SD-JWT's `_sd_alg` (or its default), as named there. */
  readonly hashName?: string;
  /** Its header and payload as pretty JSON text. */
  readonly header?: string;
  readonly payload?: string;
}

/** Why a key-binding JWT is not accepted, or cannot be checked, as a closed union (words: describeKbProblem). */
export type KbProblem =
  /** Not a compact JWS with a JSON object header and payload. */
  | { readonly code: 'KB_UNDECODABLE' }
  /** `alg: none`: a key-binding JWT must be signed. */
  | { readonly code: 'KB_UNSIGNED' }
  /** `typ` is not `kb+jwt` (RFC 9901 section 4.3). */
  | { readonly code: 'KB_TYP'; readonly typ?: string }
  | { readonly code: 'KB_SD_HASH_MISSING' }
  /** `sd_hash` is not the digest of this presentation: it was made for other disclosures. */
  | { readonly code: 'KB_SD_HASH_MISMATCH'; readonly expected: string; readonly found: string }
  | { readonly code: 'KB_IAT_MISSING' }
  /** The signature does not match the holder's key in `cnf.jwk`. */
  | { readonly code: 'KB_SIGNATURE_MISMATCH'; readonly verdict: Verdict }
  /** The issuer-signed payload has no `cnf.jwk` (RFC 7800 section 3.2) to check the signature with. */
  | { readonly code: 'KB_NO_CNF_JWK' }
  /** `cnf.jwk` cannot check this signature (unreadable, wrong type for the alg, unsupported alg). */
  | { readonly code: 'KB_KEY_UNUSABLE'; readonly verdict: Verdict }
  /** The hash `_sd_alg` names is not one this page computes: `sd_hash` cannot be checked. */
  | { readonly code: 'KB_SD_ALG_UNSUPPORTED'; readonly alg: string };

export type KbProblemCode = KbProblem['code'];

/** The key-binding JWT's state (CONTRACT.md `kb-status`), with what it says and every problem found. */
export interface KeyBindingResult {
  readonly status: 'absent' | 'verified' | 'invalid' | 'error';
  readonly facts?: KeyBindingFacts;
  readonly problems: readonly KbProblem[];
}

/** How a key-binding JWT's `sd_hash` compares with the digest this page computed over the presentation. */
export type SdHashComparison =
  /** `sd_hash` is this presentation's digest. */
  | { readonly status: 'equal'; readonly hashName: string }
  /** `sd_hash` is some other digest: made for other disclosures, or altered. */
  | { readonly status: 'different'; readonly hashName: string }
  /** The key-binding JWT has no `sd_hash` (or no payload that can be read). */
  | { readonly status: 'missing' }
  /** The SD-JWT's hash is not one this page computes, so there is nothing to compare with. */
  | { readonly status: 'not-computed'; readonly hashName?: string };

export type SdHashComparisonStatus = SdHashComparison['status'];

/** Compares a key-binding JWT's `sd_hash` with the presentation's digest (RFC 9901 section 4.3.1). */
export function toSdHashComparison(facts: KeyBindingFacts): SdHashComparison {
  const hashName = facts.hashName;
  if (facts.sdHash === undefined) return { status: 'missing' };
  if (facts.expectedSdHash === undefined || hashName === undefined) {
    return { status: 'not-computed', ...(hashName === undefined ? {} : { hashName }) };
  }
  return { status: facts.sdHash === facts.expectedSdHash ? 'equal' : 'different', hashName };
}

/** Problems that mean the key-binding JWT could not be checked, rather than that it failed a check. */
const CANNOT_CHECK: ReadonlySet<KbProblemCode> = new Set([
  'KB_NO_CNF_JWK',
  'KB_KEY_UNUSABLE',
  'KB_SD_ALG_UNSUPPORTED',
]);

/** The status its problems make: `error` when it could not be checked, `invalid` when a check failed. */
export function toKeyBindingStatus(problems: readonly KbProblem[]): KeyBindingResult['status'] {
  if (problems.some((p) => CANNOT_CHECK.has(p.code))) return 'error';
  return problems.length > 0 ? 'invalid' : 'verified';
}

/** The presentation an `sd_hash` covers: the SD-JWT up to and including the last '~' (RFC 9901 section 4.3.1). */
export function toPresentation(decoded: DecodedSdJwt): string {
  const token = decoded.cleaned.token;
  return token.slice(0, token.lastIndexOf('~') + 1);
}

function objectOf(decoded: DecodedToken, part: 'header' | 'payload'): JsonObject | undefined {
  const json = decoded[part]?.content?.kind === 'json' ? decoded[part].content.json : undefined;
  return json?.kind === 'object' ? json : undefined;
}

/** The holder's public key the issuer bound the SD-JWT to (`cnf.jwk`, RFC 7800 section 3.2), as JSON text. */
export function readHolderJwk(view: SdJwtView | undefined): string | undefined {
  const payload = view?.payload;
  const cnf = payload?.kind === 'object' ? memberValue(payload, 'cnf') : undefined;
  const jwk = cnf?.kind === 'object' ? memberValue(cnf, 'jwk') : undefined;
  return jwk?.kind === 'object' ? toPrettyJson(jwk).text : undefined;
}

function audText(aud: JsonNode | undefined): string | undefined {
  if (aud === undefined) return undefined;
  return aud.kind === 'string' ? aud.value : toPrettyJson(aud).text;
}

/**
 * The checks of a key-binding JWT that need no key (RFC 9901 section 7.3): it decodes, `typ` is `kb+jwt`,
 * `iat` is present, and `sd_hash` is the digest of this presentation with the SD-JWT's hash. The signature is
 * checked by `verifyKeyBinding`. Undefined when the SD-JWT has no key-binding JWT.
 */
export function checkKeyBinding(
  decoded: DecodedSdJwt,
  view: SdJwtView | undefined,
):
  { readonly kb: DecodedToken; readonly facts: KeyBindingFacts; readonly problems: KbProblem[] } | undefined {
  if (decoded.keyBinding === undefined) return undefined;
  const kb = decodeToken(decoded.keyBinding);
  const header = objectOf(kb, 'header');
  const payload = objectOf(kb, 'payload');
  const problems: KbProblem[] = [];
  if ((kb.kind !== 'jws' && kb.kind !== 'unsecured') || header === undefined || payload === undefined) {
    problems.push({ code: 'KB_UNDECODABLE' });
  }
  if (kb.kind === 'unsecured') problems.push({ code: 'KB_UNSIGNED' });
  const typ = stringMember(header, 'typ');
  if (header !== undefined && typ !== 'kb+jwt')
    problems.push({ code: 'KB_TYP', ...(typ === undefined ? {} : { typ }) });
  const iat = memberValue(payload, 'iat');
  if (payload !== undefined && iat?.kind !== 'number') problems.push({ code: 'KB_IAT_MISSING' });
  const sdHash = stringMember(payload, 'sd_hash');
  const expectedSdHash =
    view?.hash === undefined ? undefined : toSdDigest(toPresentation(decoded), view.hash);
  if (payload !== undefined) {
    if (sdHash === undefined) problems.push({ code: 'KB_SD_HASH_MISSING' });
    else if (expectedSdHash === undefined) {
      problems.push({ code: 'KB_SD_ALG_UNSUPPORTED', alg: view?.hashName ?? '' });
    } else if (sdHash !== expectedSdHash) {
      problems.push({ code: 'KB_SD_HASH_MISMATCH', expected: expectedSdHash, found: sdHash });
    }
  }
  const nonce = stringMember(payload, 'nonce');
  const aud = audText(memberValue(payload, 'aud'));
  const facts: KeyBindingFacts = {
    ...(kb.alg === undefined ? {} : { alg: kb.alg }),
    ...(typ === undefined ? {} : { typ }),
    ...(nonce === undefined ? {} : { nonce }),
    ...(aud === undefined ? {} : { aud }),
    ...(iat?.kind === 'number' ? { iat: iat.value } : {}),
    ...(sdHash === undefined ? {} : { sdHash }),
    ...(expectedSdHash === undefined ? {} : { expectedSdHash }),
    ...(view === undefined ? {} : { hashName: view.hashName }),
    ...(header === undefined ? {} : { header: toPrettyJson(header).text }),
    ...(payload === undefined ? {} : { payload: toPrettyJson(payload).text }),
  };
  return { kb, facts, problems };
}
