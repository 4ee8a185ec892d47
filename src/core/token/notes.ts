import { describePart, type TokenPart } from './parts';

/** Observations that are not errors: clean-ups made to pasted input, and facts about the content. */
export type NoteCode =
  | 'TRIMMED_WHITESPACE'
  | 'REMOVED_AUTH_HEADER'
  | 'REMOVED_BEARER'
  | 'REMOVED_QUOTES'
  | 'REMOVED_INNER_WHITESPACE'
  | 'REMOVED_INVISIBLE'
  | 'TOOK_FROM_URL'
  | 'PAYLOAD_NOT_JSON'
  | 'PAYLOAD_BINARY'
  | 'PAYLOAD_EMPTY'
  | 'PAYLOAD_NOT_OBJECT'
  | 'SIGNATURE_EMPTY'
  | 'UNSECURED'
  | 'ENCRYPTED'
  | 'SD_JWT'
  | 'DUPLICATE_MEMBER'
  | 'INEXACT_NUMBER';

export interface Note {
  readonly code: NoteCode;
  readonly part: TokenPart;
  readonly severity: 'info' | 'warning';
  /** Free detail the sentence needs: a count, a member name, a parameter name, a number's digits. */
  readonly detail?: string;
  /** What JavaScript would read a number as (INEXACT_NUMBER). */
  readonly jsValue?: string;
  readonly count?: number;
}

/** True for notes that record a clean-up of the pasted text rather than a fact about the token. */
export function isCleanupNote(note: Note): boolean {
  switch (note.code) {
    case 'TRIMMED_WHITESPACE':
    case 'REMOVED_AUTH_HEADER':
    case 'REMOVED_BEARER':
    case 'REMOVED_QUOTES':
    case 'REMOVED_INNER_WHITESPACE':
    case 'REMOVED_INVISIBLE':
    case 'TOOK_FROM_URL':
      return true;
    default:
      return false;
  }
}

/** The sentence a user reads for a note. */
export function describeNote(note: Note): string {
  const part = describePart(note.part);
  const Part = part.charAt(0).toUpperCase() + part.slice(1);
  switch (note.code) {
    case 'TRIMMED_WHITESPACE':
      return 'Removed whitespace and line breaks around the token.';
    case 'REMOVED_AUTH_HEADER':
      return "Removed the 'Authorization:' header name.";
    case 'REMOVED_BEARER':
      return `Removed the '${note.detail ?? 'Bearer'} ' prefix.`;
    case 'REMOVED_QUOTES':
      return `Removed the quotes around the token${note.detail === undefined ? '' : ` (${note.detail})`}.`;
    case 'REMOVED_INNER_WHITESPACE':
      return `Removed ${note.count ?? 0} whitespace character${note.count === 1 ? '' : 's'} or line break${note.count === 1 ? '' : 's'} inside the token.`;
    case 'REMOVED_INVISIBLE':
      return `Removed ${note.count ?? 0} invisible character${note.count === 1 ? '' : 's'} (zero-width space or byte order mark).`;
    case 'TOOK_FROM_URL':
      return `Took the token from the '${note.detail ?? 'token'}' parameter of the pasted URL.`;
    case 'PAYLOAD_NOT_JSON':
      return 'The payload is not JSON; it is shown as text. A JWS may sign any bytes, but a JWT payload is a JSON object.';
    case 'PAYLOAD_BINARY':
      return 'The payload is not UTF-8 text; it is shown as hexadecimal bytes.';
    case 'PAYLOAD_EMPTY':
      return 'The payload segment is empty: a detached payload (RFC 7515 Appendix F) or a token with nothing signed.';
    case 'PAYLOAD_NOT_OBJECT':
      return `The payload is JSON but not an object (it is ${note.detail ?? 'something else'}); a JWT claims set is an object (RFC 7519 section 7.2).`;
    case 'SIGNATURE_EMPTY':
      return "The signature segment is empty although the header's alg asks for a signature.";
    case 'UNSECURED':
      return "Unsecured token: the header says alg 'none', so there is no signature to check.";
    case 'ENCRYPTED':
      return 'This is an encrypted token (JWE): only its protected header can be read without the decryption key.';
    case 'SD_JWT':
      return `This is an SD-JWT (RFC 9901): its issuer-signed JWT is shown and verified here, and its ${note.count ?? 0} disclosure${note.count === 1 ? ' is' : 's are'} checked against the payload's digests and shown in place in the SD-JWT card${note.detail === 'key-binding' ? ', with its key-binding JWT checked against cnf.jwk' : ''}.`;
    case 'DUPLICATE_MEMBER':
      return `${Part}: the member "${note.detail ?? ''}" appears more than once. Parsers disagree on which copy wins, which attackers use to slip claims past checks.`;
    case 'INEXACT_NUMBER':
      return `${Part}: the number ${note.detail ?? ''} cannot be held exactly by JavaScript, which reads it as ${note.jsValue ?? '?'}.`;
  }
}
