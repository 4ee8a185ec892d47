import type { JsonNode } from '../json/lossless';
import type { DecodedToken } from '../token/decode';
import { findAlgorithm, type AlgorithmSpec } from './algorithms';

/** A header that no key can verify, whatever key is given: the reason, with what the header says. */
export type HeaderRefusal =
  /** No `alg` string (RFC 7515 section 4.1.1). */
  | { readonly code: 'ALG_MISSING' }
  /** An `alg` that is not exactly one of ours; names are case-sensitive, so `None` is unknown, not `none`. */
  | { readonly code: 'ALG_UNSUPPORTED'; readonly alg: string }
  /** RFC 7797 unencoded payload (`b64` other than true): JWTs must not use it (RFC 7797 section 7). */
  | { readonly code: 'B64_UNSUPPORTED' }
  /** `crit` lists an extension this check does not understand, or is malformed (RFC 7515 section 4.1.11). */
  | { readonly code: 'CRIT_UNSUPPORTED'; readonly names: readonly string[] };

/**
 * Whether a signature check can run for a decoded token, decided in one place for the store and the page:
 * the token does not decode, is encrypted, is unsecured, has a header no key can verify, has no key yet, or is
 * ready with the algorithm to check.
 */
export type Readiness =
  | { readonly kind: 'undecodable' }
  | { readonly kind: 'encrypted' }
  | { readonly kind: 'unsigned' }
  | { readonly kind: 'refused'; readonly refusal: HeaderRefusal }
  | { readonly kind: 'no-key'; readonly spec: AlgorithmSpec }
  | { readonly kind: 'ready'; readonly spec: AlgorithmSpec };

// The only extension whose meaning we know; it is then refused unless it asks for the usual encoding.
const UNDERSTOOD_CRIT = new Set(['b64']);

/** Every value a header member has (duplicates included): a check must hold for each reading of the header. */
function valuesOf(decoded: DecodedToken, name: string): JsonNode[] {
  return (decoded.headerObject?.members ?? []).filter((m) => m.name.value === name).map((m) => m.value);
}

/** Refuses a header no key can verify: no or unknown `alg`, `b64` unencoded payloads, unknown `crit`. */
export function checkHeader(decoded: DecodedToken): HeaderRefusal | { readonly spec: AlgorithmSpec } {
  const alg = decoded.alg;
  if (alg === undefined) return { code: 'ALG_MISSING' };
  const spec = findAlgorithm(alg);
  if (spec === undefined) return { code: 'ALG_UNSUPPORTED', alg };
  // Any `b64` but true asks for RFC 7797's unencoded payload, in every reading of a duplicated member.
  if (valuesOf(decoded, 'b64').some((v) => v.kind !== 'true')) {
    return { code: 'B64_UNSUPPORTED' };
  }
  for (const crit of valuesOf(decoded, 'crit')) {
    const names =
      crit.kind === 'array' ? crit.items.map((item) => (item.kind === 'string' ? item.value : '')) : [''];
    const unknown = names.filter((name) => !UNDERSTOOD_CRIT.has(name));
    if (names.length === 0 || unknown.length > 0) return { code: 'CRIT_UNSUPPORTED', names: unknown };
  }
  return { spec };
}

/** Says whether the signature of `decoded` can be checked, and if not why (RFC 7515 section 5.2). */
export function checkReadiness(decoded: DecodedToken, keyGiven: boolean): Readiness {
  if (decoded.kind === 'jwe') return { kind: 'encrypted' };
  if (decoded.errors.length > 0 || decoded.headerObject === undefined) return { kind: 'undecodable' };
  // RFC 7515 section 4.1.1: the value is case-sensitive; only exactly "none" is an unsecured JWS.
  if (decoded.alg === 'none') return { kind: 'unsigned' };
  const header = checkHeader(decoded);
  if ('code' in header) return { kind: 'refused', refusal: header };
  return keyGiven ? { kind: 'ready', spec: header.spec } : { kind: 'no-key', spec: header.spec };
}

/** The sentence a user reads for a header no key can verify. */
export function describeRefusal(refusal: HeaderRefusal): string {
  switch (refusal.code) {
    case 'ALG_MISSING':
      return 'The header has no "alg" string, so no algorithm can be checked.';
    case 'ALG_UNSUPPORTED':
      return `The header's alg ${JSON.stringify(refusal.alg)} is not a JWS algorithm this debugger supports. Algorithm names are case-sensitive (RFC 7515 section 4.1.1): only "none", in lower case, means unsigned.`;
    case 'B64_UNSUPPORTED':
      return 'The header asks for an unencoded payload ("b64": false, RFC 7797). JWTs must not use it (RFC 7797 section 7), and this debugger does not check such signatures.';
    case 'CRIT_UNSUPPORTED':
      return refusal.names.length === 0 || refusal.names.every((n) => n === '')
        ? 'The header\'s "crit" is not a list of extension names, so the token must be rejected (RFC 7515 section 4.1.11).'
        : `The header's "crit" lists ${refusal.names
            .filter((n) => n !== '')
            .map((n) => JSON.stringify(n))
            .join(
              ', ',
            )}, an extension this debugger does not understand, so the token must be rejected (RFC 7515 section 4.1.11).`;
  }
}

/** What the verdict box says while no verdict is shown: why no check runs, or that one is running. */
export function describeReadiness(readiness: Readiness): string {
  switch (readiness.kind) {
    case 'undecodable':
      return 'Not checked: the token cannot be decoded.';
    case 'encrypted':
      return 'Not checked: this token is encrypted, and its integrity is checked when it is decrypted.';
    case 'unsigned':
      // The status and its reason; what it risks is the alg-none finding's to say, once.
      return "Unsigned: the header says alg 'none', so there is no signature to verify.";
    case 'refused':
      return describeRefusal(readiness.refusal);
    case 'no-key':
      return readiness.spec.family === 'hmac'
        ? `Not checked: paste the secret this ${readiness.spec.alg} token was signed with to verify its signature.`
        : `Not checked: paste the public key (PEM, certificate, JWK or JWKS) that verifies this ${readiness.spec.alg} token.`;
    case 'ready':
      return 'Checking the signature…';
  }
}
