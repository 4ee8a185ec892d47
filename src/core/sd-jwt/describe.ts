import { toIsoInstant } from '../claims/time';
import { describeVerdict } from '../jws/verdict';
import type { DisclosureError } from './disclosure';
import { SD_HASH_NAMES } from './hash-names';
import type { KbProblem, KeyBindingResult, SdHashComparison } from './key-binding';
import type { DisclosureReport, SdJwtView } from './process';
import type { SdProblem } from './problems';
import { formatCount } from '../count';

const plural = (count: number, one: string, many = `${one}s`): string =>
  `${formatCount(count)} ${count === 1 ? one : many}`;

/** Words for why a disclosure cannot be read (RFC 9901 section 4.2). */
export function describeDisclosureError(error: DisclosureError): string {
  switch (error.code) {
    case 'NOT_BASE64URL':
      return `It is not base64url${error.index === undefined ? '' : ` (character ${error.index + 1})`}.`;
    case 'NOT_UTF8':
      return 'Its bytes are not UTF-8 text.';
    case 'NOT_JSON':
      return `It is not JSON: ${error.detail}.`;
    case 'NOT_ARRAY':
      return error.found === undefined
        ? 'It is not a JSON array: a disclosure is [salt, name, value] or [salt, value].'
        : `It is an array of ${plural(error.found, 'element')}: a disclosure has 3 (salt, name, value) or 2 (salt, value).`;
    case 'SALT_NOT_STRING':
      return 'Its salt (the first element) is not a string.';
    case 'NAME_NOT_STRING':
      return 'Its claim name (the second of three elements) is not a string.';
    case 'NAME_FORBIDDEN':
      return `Its claim name is "${error.name}", which a disclosure must never use (RFC 9901 section 4.2.1).`;
  }
}

const where = (path: string): string => (path === '' ? 'the payload' : path);

/** Words for what processing an SD-JWT found (RFC 9901 section 7.1); disclosures are counted from 1. */
export function describeSdProblem(problem: SdProblem): string {
  switch (problem.code) {
    case 'PAYLOAD_NOT_OBJECT':
      return 'The issuer-signed payload is not a JSON object, so nothing can be disclosed into it.';
    case 'SD_ALG_UNSUPPORTED':
      return `_sd_alg is ${JSON.stringify(problem.alg)}, which this page does not compute (it computes ${SD_HASH_NAMES.join(', ')}): no digest can be matched.`;
    case 'DISCLOSURE_UNREADABLE':
      return `Disclosure ${problem.index + 1} cannot be read. ${describeDisclosureError(problem.error)}`;
    case 'DISCLOSURE_UNMATCHED':
      return `Disclosure ${problem.index + 1} matches no digest in the payload or in other disclosures: a verifier rejects this SD-JWT (RFC 9901 section 7.1).`;
    case 'DISCLOSURE_REPEATED':
      return `Disclosure ${problem.index + 1} repeats disclosure ${problem.first + 1}.`;
    case 'DIGEST_REPEATED':
      return `The digest ${problem.digest} appears more than once (again at ${where(problem.path)}): a verifier rejects this SD-JWT (RFC 9901 section 7.1).`;
    case 'DISCLOSURE_WRONG_PLACE':
      return problem.expected === 'element'
        ? `Disclosure ${problem.index + 1} discloses an array element, but its digest is in an _sd array at ${where(problem.path)}, where object properties go.`
        : `Disclosure ${problem.index + 1} discloses an object property, but its digest is a "..." entry of the array at ${where(problem.path)}, where array elements go.`;
    case 'CLAIM_EXISTS':
      return `Disclosure ${problem.index + 1} discloses "${problem.name}", which its object already has (${problem.path}): a verifier rejects this SD-JWT (RFC 9901 section 7.1).`;
    case 'SD_NOT_DIGESTS':
      return `${problem.path} is not an array of digest strings.`;
    case 'TOO_DEEP':
      return `Disclosures nested deeper than this page follows, at ${problem.path}.`;
  }
}

/** The claim a disclosure discloses, as the contract names it: its name, or `...` for an array element. */
export function toDisclosureClaim(report: DisclosureReport): string | undefined {
  if (!report.decoded.ok) return undefined;
  return report.decoded.value.kind === 'property' ? report.decoded.value.name.value : '...';
}

/** Words for where a disclosure went in the payload, or why it went nowhere. */
export function describeDisclosurePlace(report: DisclosureReport): string {
  if (!report.decoded.ok) return `Cannot be read. ${describeDisclosureError(report.decoded.error)}`;
  const element = report.decoded.value.kind === 'element';
  if (report.path !== undefined) {
    return element ? `Array element at ${report.path}` : `Claim at ${report.path}`;
  }
  if (report.status === 'matched') return 'Its digest is in the payload, but it could not be put in place.';
  if (report.digest === undefined) return 'Not matched: the hash of _sd_alg is not one this page computes.';
  return 'Not matched: no digest in the payload or in other disclosures is this one.';
}

/** One line about an SD-JWT's disclosures: how many matched, with which hash, and the digests left over. */
export function describeSdSummary(view: SdJwtView): string {
  const total = view.disclosures.length;
  const matched = view.disclosures.filter((d) => d.status === 'matched').length;
  const hash = `${view.hashName}${view.hashGiven ? ' (_sd_alg)' : ' (no _sd_alg: the default)'}`;
  const disclosures =
    total === 0
      ? 'No disclosures: this presentation discloses nothing.'
      : matched === total
        ? `${plural(total, 'disclosure')}, ${total === 1 ? 'its digest' : 'all digests'} found in the payload with ${hash}.`
        : `${plural(total, 'disclosure')}, ${formatCount(matched)} found in the payload with ${hash}; ${formatCount(total - matched)} not found.`;
  const undisclosed =
    view.undisclosed === 0
      ? ''
      : ` ${plural(view.undisclosed, 'digest')} in the payload ${view.undisclosed === 1 ? 'has' : 'have'} no disclosure here: decoys, or claims this presentation keeps hidden (normal).`;
  return disclosures + undisclosed;
}

/** Words for a problem of a key-binding JWT (RFC 9901 section 7.3). */
export function describeKbProblem(problem: KbProblem): string {
  switch (problem.code) {
    case 'KB_UNDECODABLE':
      return 'It is not a JWS with a JSON header and payload.';
    case 'KB_UNSIGNED':
      return "Its header says alg 'none': a key-binding JWT must be signed by the holder.";
    case 'KB_TYP':
      return `Its typ is ${problem.typ === undefined ? 'missing' : JSON.stringify(problem.typ)}; it must be "kb+jwt".`;
    case 'KB_SD_HASH_MISSING':
      return 'It has no sd_hash, so it is not bound to this presentation.';
    case 'KB_SD_HASH_MISMATCH':
      return `Its sd_hash ${problem.found} is not this presentation's digest ${problem.expected}: it was made for other disclosures.`;
    case 'KB_IAT_MISSING':
      return 'It has no iat (issued at).';
    case 'KB_SIGNATURE_MISMATCH':
      return "Its signature does not match the holder's key in cnf.jwk.";
    case 'KB_NO_CNF_JWK':
      return "The issuer-signed payload has no cnf.jwk (RFC 7800), so the holder's signature cannot be checked.";
    case 'KB_KEY_UNUSABLE':
      return `The holder's key in cnf.jwk cannot check it: ${describeVerdict(problem.verdict)}`;
    case 'KB_SD_ALG_UNSUPPORTED':
      return `Its sd_hash cannot be checked: _sd_alg ${JSON.stringify(problem.alg)} is not a hash this page computes.`;
  }
}

/** Words for the key-binding JWT's status (CONTRACT.md `kb-status`). */
export function describeKeyBinding(result: KeyBindingResult): string {
  const facts = result.facts;
  const iat = facts?.iat === undefined ? undefined : toIsoInstant(facts.iat * 1000);
  const said = [
    facts?.nonce === undefined ? undefined : `nonce ${JSON.stringify(facts.nonce)}`,
    facts?.aud === undefined ? undefined : `aud ${JSON.stringify(facts.aud)}`,
    iat === undefined ? undefined : `issued ${iat}`,
  ].filter((s) => s !== undefined);
  const saidWords = said.length === 0 ? '' : ` It says ${said.join(', ')}.`;
  const problems = result.problems.map(describeKbProblem).join(' ');
  switch (result.status) {
    case 'absent':
      return 'No key-binding JWT: nothing proves the holder presented this SD-JWT (anyone holding it can).';
    case 'verified':
      return `Key binding verified: the key-binding JWT is signed with the holder's key in cnf.jwk${facts?.alg === undefined ? '' : ` (${facts.alg})`}, its typ is kb+jwt and its sd_hash matches this presentation.${saidWords}`;
    case 'invalid':
      return `Key binding invalid. ${problems}${saidWords}`;
    case 'error':
      return `Key binding not checked. ${problems}${saidWords}`;
  }
}

/** Words for a key-binding JWT's `typ`, which must be `kb+jwt` (RFC 9901 section 4.3). */
export function describeKbTyp(typ: string | undefined): string {
  if (typ === 'kb+jwt') return 'kb+jwt, as a key-binding JWT must say.';
  if (typ === undefined) return 'Missing: a key-binding JWT must say typ "kb+jwt".';
  return `${JSON.stringify(typ)}: a key-binding JWT must say "kb+jwt".`;
}

/** Words for how `sd_hash` compares with the digest this page computed over the presentation (section 4.3.1). */
export function describeSdHashComparison(comparison: SdHashComparison): string {
  switch (comparison.status) {
    case 'equal':
      return `Equal: sd_hash is the ${comparison.hashName} digest of this presentation (up to its last "~"), so the holder signed for exactly these disclosures.`;
    case 'different':
      return `Different: sd_hash is not the ${comparison.hashName} digest of this presentation (up to its last "~"): the key-binding JWT was made for other disclosures, or altered.`;
    case 'missing':
      return 'No sd_hash: the key-binding JWT does not say which presentation it was made for.';
    case 'not-computed':
      return `Not compared: ${comparison.hashName === undefined ? 'the SD-JWT could not be read' : `_sd_alg ${JSON.stringify(comparison.hashName)} is not a hash this page computes`}, so there is no digest to compare sd_hash with.`;
  }
}
