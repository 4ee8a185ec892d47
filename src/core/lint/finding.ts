import type { TimeClaimName } from '../claims/time';
import { describeDuration } from '../claims/time';
import type { TokenUse } from '../claims/token-use';

/** How much a finding matters, as the contract's `data-severity`. */
export type Severity = 'high' | 'medium' | 'low' | 'info';

/** What a sensitive-data finding found. */
export type SensitiveKind = 'password' | 'card-number' | 'private-key' | 'email' | 'phone';

/** What is wrong with a `crit` header parameter (RFC 7515 section 4.1.11). */
export type CritProblem = 'unknown' | 'malformed' | 'registered' | 'absent';

/** What a `kid` looks like an injection of. */
export type KidPattern = 'path' | 'sql' | 'command' | 'control';

/**
 * One finding of the token analysis: a union on `id` (the contract's stable kebab-case ids), each with the
 * fields its words need. Words come from describeFinding, the reference from findingReference.
 */
export type Finding =
  | { readonly id: 'alg-none'; readonly severity: Severity; readonly alg: string }
  /** The token verifies with a publicly known secret (RFC 8725 section 3.5). */
  | { readonly id: 'known-secret'; readonly severity: Severity; readonly secret: string }
  | {
      readonly id: 'short-secret';
      readonly severity: Severity;
      readonly alg: string;
      readonly bytes: number;
      readonly needed: number;
    }
  | { readonly id: 'no-exp'; readonly severity: Severity; readonly unreadable?: true }
  | {
      readonly id: 'long-lifetime';
      readonly severity: Severity;
      /** Milliseconds from `from` (iat, nbf, or now when neither is there) to exp. */
      readonly lifetime: number;
      readonly from: 'iat' | 'nbf' | 'now';
    }
  | {
      readonly id: 'iat-in-future';
      readonly severity: Severity;
      readonly iat: number;
      readonly ahead: number;
    }
  | {
      readonly id: 'exp-in-milliseconds';
      readonly severity: Severity;
      readonly claim: TimeClaimName;
      readonly value: number;
    }
  | {
      readonly id: 'key-url-header';
      readonly severity: Severity;
      readonly parameter: 'jku' | 'x5u';
      readonly url?: string;
    }
  | { readonly id: 'embedded-key-header'; readonly severity: Severity; readonly parameter: 'jwk' | 'x5c' }
  | {
      readonly id: 'kid-injection';
      readonly severity: Severity;
      readonly kid: string;
      readonly pattern: KidPattern;
    }
  | {
      readonly id: 'crit-unknown';
      readonly severity: Severity;
      readonly problem: CritProblem;
      readonly names: readonly string[];
    }
  | {
      readonly id: 'duplicate-member';
      readonly severity: Severity;
      readonly part: 'header' | 'payload';
      /** The JSON pointer of the repeated member ("/payload/exp"). */
      readonly pointer: string;
      readonly name: string;
    }
  | {
      readonly id: 'sensitive-data';
      readonly severity: Severity;
      readonly what: SensitiveKind;
      readonly pointer: string;
      readonly name: string;
    }
  | {
      readonly id: 'key-confusion';
      readonly severity: Severity;
      readonly alg: string;
      readonly private: boolean;
    }
  | {
      readonly id: 'typ-mismatch';
      readonly severity: Severity;
      /** The header's typ, absent when there is none. */
      readonly typ?: string;
      /** What the claims say the token is. */
      readonly use: TokenUse;
      /** The typ that kind of token should carry. */
      readonly expected: string;
    }
  | {
      readonly id: 'inexact-number';
      readonly severity: Severity;
      readonly pointer: string;
      readonly raw: string;
      readonly jsText: string;
    };

export type FindingId = Finding['id'];

/** Where a finding's advice comes from. */
export interface FindingReference {
  readonly source: string;
  readonly section?: string;
  readonly url: string;
}

const rfc = (n: number, section?: string): FindingReference => ({
  source: `RFC ${n}`,
  ...(section === undefined ? {} : { section }),
  url: `https://www.rfc-editor.org/rfc/rfc${n}${section === undefined ? '' : `#section-${section}`}`,
});

/** The specification section that explains a finding. */
export function findingReference(id: FindingId): FindingReference {
  switch (id) {
    case 'alg-none':
      return rfc(8725, '3.1');
    case 'known-secret':
      return rfc(8725, '3.5');
    case 'short-secret':
      return rfc(7518, '3.2');
    case 'no-exp':
      return rfc(7519, '4.1.4');
    case 'long-lifetime':
      return rfc(8725, '3.10');
    case 'iat-in-future':
      return rfc(7519, '4.1.6');
    case 'exp-in-milliseconds':
      return rfc(7519, '2');
    case 'key-url-header':
    case 'kid-injection':
      return rfc(8725, '3.10');
    case 'embedded-key-header':
      return rfc(7515, '4.1.3');
    case 'crit-unknown':
      return rfc(7515, '4.1.11');
    case 'duplicate-member':
      return rfc(7515, '5.2');
    case 'sensitive-data':
      return rfc(7519, '12');
    case 'key-confusion':
      return rfc(8725, '3.1');
    case 'typ-mismatch':
      return rfc(8725, '3.11');
    case 'inexact-number':
      return rfc(8259, '6');
  }
}

/** "RFC 8725 section 3.1". */
export function describeReference(reference: FindingReference): string {
  return reference.section === undefined
    ? reference.source
    : `${reference.source} section ${reference.section}`;
}

function describeSensitive(what: SensitiveKind): string {
  switch (what) {
    case 'password':
      return 'what looks like a password or secret';
    case 'card-number':
      return 'what looks like a payment card number (it passes the Luhn check)';
    case 'private-key':
      return 'a private key';
    case 'email':
      return 'an email address';
    case 'phone':
      return 'a telephone number';
  }
}

function describeUse(use: TokenUse): string {
  switch (use) {
    case 'id-token':
      return 'an ID token';
    case 'access-token':
      return 'an access token';
    case 'dpop-proof':
      return 'a DPoP proof';
    case 'logout-token':
      return 'a logout token';
    case 'key-binding':
      return 'an SD-JWT key-binding JWT';
  }
}

function describeCrit(problem: CritProblem, names: readonly string[]): string {
  const list = names.map((n) => `"${n}"`).join(', ');
  switch (problem) {
    case 'unknown':
      return `The header marks ${list} as critical (crit), which this page does not understand: a recipient must reject the token, and one that ignores crit accepts what the issuer meant to be refused.`;
    case 'malformed':
      return "The header's crit is not a non-empty array of names, so the token must be rejected.";
    case 'registered':
      return `The header's crit lists ${list}, defined by the JWS and JWA specifications themselves, which crit must never list.`;
    case 'absent':
      return `The header's crit lists ${list}, which the header does not have, so the token must be rejected.`;
  }
}

function describeKid(pattern: KidPattern): string {
  switch (pattern) {
    case 'path':
      return 'a file path (path traversal)';
    case 'sql':
      return 'SQL';
    case 'command':
      return 'a shell command';
    case 'control':
      return 'control characters (a null byte)';
  }
}

/**
 * What the findings say when there are none: nothing to check (no token yet), the whole token, or only what
 * could be read when a header or payload did not decode (its claims were then not checked; "no risks" would
 * claim more than was looked at).
 */
export function describeNoFindings(unread: readonly ('header' | 'payload')[] | 'no-token'): string {
  if (unread === 'no-token') return 'Paste a token to check it for risks.';
  if (unread.length === 0) return 'No risks found in this token.';
  const parts = unread.length === 2 ? 'header and payload' : unread[0];
  return `No risks found in what could be read: the ${parts} could not be decoded, so ${unread.length === 2 ? 'they were' : 'it was'} not checked.`;
}

/** The words a user reads for a finding. */
export function describeFinding(finding: Finding): string {
  switch (finding.id) {
    case 'alg-none':
      return `The header's alg is "${finding.alg}": the token is unsigned, and a server that accepts it lets anyone write any claims.`;
    case 'known-secret':
      return `The token is signed with a publicly known secret, "${finding.secret}": anyone can forge tokens that verify.`;
    case 'short-secret':
      return `The HMAC secret is ${finding.bytes} byte${finding.bytes === 1 ? '' : 's'}, shorter than the ${finding.needed} bytes ${finding.alg} needs, which makes it easier to guess offline.`;
    case 'no-exp':
      return finding.unreadable
        ? "The token's exp is not a number, which some servers read as no expiry: a stolen copy may work forever."
        : 'The token has no expiry (exp): a stolen copy works for as long as its key is trusted.';
    case 'long-lifetime':
      return `The token lives ${describeDuration(finding.lifetime)}${finding.from === 'now' ? ' from now' : ` from its ${finding.from}`}: the longer it lives, the longer a stolen copy can be used.`;
    case 'iat-in-future':
      return `The token says it was issued ${describeDuration(finding.ahead)} in the future (iat): the issuer's clock is wrong, or the token was forged.`;
    case 'exp-in-milliseconds':
      return `The ${finding.claim} ${finding.value} looks like milliseconds, but a NumericDate counts seconds: servers read it as a date thousands of years away.`;
    case 'key-url-header':
      return `The header names a URL for its key (${finding.parameter}${finding.url === undefined ? '' : ` ${finding.url}`}): a server that fetches it lets the token choose its own key, and can be made to send requests for an attacker.`;
    case 'embedded-key-header':
      return `The header carries its own key (${finding.parameter}): a server that verifies with it accepts tokens anyone signed with their own key.`;
    case 'kid-injection':
      return `The header's kid "${finding.kid}" looks like ${describeKid(finding.pattern)}: a server that looks keys up with it unescaped can be tricked into using a key the attacker knows.`;
    case 'crit-unknown':
      return describeCrit(finding.problem, finding.names);
    case 'duplicate-member':
      return `The ${finding.part} has the member "${finding.name}" more than once (${finding.pointer}): parsers disagree on which copy wins, which attackers use to slip claims past checks.`;
    case 'sensitive-data':
      return `The member "${finding.name}" (${finding.pointer}) holds ${describeSensitive(finding.what)}: anyone holding the token can read it, as its payload is only encoded, not encrypted.`;
    case 'key-confusion':
      return `The key given for this ${finding.alg} token is ${finding.private ? 'a private' : 'a public'} key, not an HMAC secret: a server that uses a public key as an HMAC secret accepts tokens anyone can sign (RS/HS key confusion).`;
    case 'typ-mismatch':
      return `The claims look like ${describeUse(finding.use)}, which should have typ "${finding.expected}", but the header says ${finding.typ === undefined ? 'no typ' : `"${finding.typ}"`}: without explicit typing one kind of token can be passed off as another.`;
    case 'inexact-number':
      return `The number ${finding.raw} (${finding.pointer}) cannot be held exactly by JavaScript, which reads it as ${finding.jsText}: servers in different languages may disagree on its value.`;
  }
}

const ORDER: Readonly<Record<Severity, number>> = { high: 0, medium: 1, low: 2, info: 3 };

/** Compares findings by severity, highest first (for a stable sort). */
export function compareSeverity(a: Finding, b: Finding): number {
  return ORDER[a.severity] - ORDER[b.severity];
}
