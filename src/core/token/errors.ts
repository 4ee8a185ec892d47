import { describeSize, MAX_SEGMENTS, RAISED_LIMITS } from '../limits';
import { describePart, type TokenPart } from './parts';
import { formatCount } from '../count';

/** Every way decoding can fail, as a closed union: switch on it, never on message text. */
export type CoreErrorCode =
  | 'EMPTY'
  | 'TOKEN_TOO_LARGE'
  | 'NOT_COMPACT'
  | 'TEXT_AROUND_TOKEN'
  | 'SEGMENT_COUNT'
  | 'SEGMENT_EMPTY'
  | 'BASE64URL_CHAR'
  | 'BASE64URL_STANDARD'
  | 'BASE64URL_PADDING'
  | 'BASE64URL_LENGTH'
  | 'BASE64URL_NONCANONICAL'
  | 'NOT_UTF8'
  | 'JSON_SYNTAX'
  | 'JSON_TOO_DEEP'
  | 'HEADER_NOT_OBJECT'
  | 'INTERNAL';

/** A one-click repair: the whole corrected token, and what the repair does (in words by `describeFix`). */
export type Fix =
  /** Standard base64 to base64url: '+' to '-', '/' to '_', '=' padding dropped (RFC 7515 section 2). */
  | { readonly kind: 'to-base64url'; readonly token: string }
  /** `count` characters no token is made of removed; `char` is the one the error named. */
  | { readonly kind: 'remove-stray'; readonly token: string; readonly count: number; readonly char: string }
  /** The last character of `count` segments made canonical (RFC 4648 section 3.5): `expected` for `char`. */
  | {
      readonly kind: 'canonical';
      readonly token: string;
      readonly count: number;
      readonly char: string;
      readonly expected: string;
    };

/**
 * A decoding failure. Offsets (`at`, `end`) are 0-based indexes into the cleaned token; `line` and `column`
 * (1-based) locate a JSON syntax error inside the decoded segment.
 */
export interface CoreError {
  readonly code: CoreErrorCode;
  readonly part: TokenPart;
  readonly at?: number;
  readonly end?: number;
  readonly char?: string;
  /** The character that belongs where `char` is (BASE64URL_NONCANONICAL: the canonical last character). */
  readonly expected?: string;
  readonly line?: number;
  readonly column?: number;
  readonly found?: number;
  /** The limit a refusal names (TOKEN_TOO_LARGE: characters). */
  readonly limit?: number;
  readonly detail?: string;
  readonly fix?: Fix;
}

function showChar(char: string | undefined): string {
  if (char === undefined) return 'a character';
  const cp = char.codePointAt(0) ?? 0;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  if (cp < 0x21 || (cp >= 0x7f && cp <= 0xa0) || (cp >= 0x200b && cp <= 0x200f) || cp === 0xfeff) {
    return hex;
  }
  return `'${char}' (${hex})`;
}

function where(error: CoreError): string {
  return error.at === undefined ? '' : ` at position ${error.at}`;
}

/** The sentence a user reads for an error: which part, what is wrong, and where. */
export function describeError(error: CoreError): string {
  const part = describePart(error.part);
  const Part = part.charAt(0).toUpperCase() + part.slice(1);
  switch (error.code) {
    case 'EMPTY':
      return 'No token: paste a JWT (three base64url segments separated by dots).';
    case 'TOKEN_TOO_LARGE':
      return `The text is ${describeSize(error.found ?? 0)}, over the ${describeSize(error.limit ?? 0)} limit that keeps this page responsive, so it is not decoded. ${(error.limit ?? 0) < RAISED_LIMITS.tokenChars ? `No real token is this large; raise the limit to ${describeSize(RAISED_LIMITS.tokenChars)} to decode it anyway.` : 'This page decodes nothing larger.'}`;
    case 'SEGMENT_COUNT':
      return (error.found ?? 0) > MAX_SEGMENTS
        ? `The text has ${formatCount(error.found ?? 0)} segments where 3 (a signed JWT), 5 (an encrypted JWE) or one per disclosure (an SD-JWT, rarely over a hundred) are expected; past ${formatCount(MAX_SEGMENTS)} it is not cut into segments at all.`
        : `The token has ${error.found ?? 0} segment${error.found === 1 ? '' : 's'} where 3 (a signed JWT) or 5 (an encrypted JWE) are expected.`;
    case 'NOT_COMPACT':
      return 'This looks like JSON, not a compact token: a JWT is three base64url segments separated by dots.';
    case 'TEXT_AROUND_TOKEN':
      return `The text holds more than a token: other words are around it (a command, a header or a log line)${error.at === undefined ? '' : `, and a token seems to start at position ${error.at}`}. No whole token was found in it: paste the token alone.`;
    case 'SEGMENT_EMPTY':
      return `${Part}: the segment is empty${where(error)}.`;
    case 'BASE64URL_CHAR':
      return `${Part}: invalid base64url character ${showChar(error.char)}${where(error)}.`;
    case 'BASE64URL_STANDARD':
      return `${Part}: character ${showChar(error.char)}${where(error)} belongs to standard base64; a JWT uses base64url ('-' and '_', no '=' padding).`;
    case 'BASE64URL_PADDING':
      return `${Part}: '=' padding${where(error)}; base64url in a JWT has no padding (RFC 7515 section 2).`;
    case 'BASE64URL_LENGTH':
      return `${Part}: a base64url segment cannot be ${error.found ?? 0} characters long (one character too many or too few)${where(error)}.`;
    case 'BASE64URL_NONCANONICAL':
      return `${Part}: the last character ${showChar(error.char)}${where(error)} sets bits that base64url leaves unused (RFC 4648 section 3.5 requires them to be zero), so no encoder wrote this text; ${error.expected === undefined ? 'the canonical character' : showChar(error.expected)} in its place encodes the same bytes.`;
    case 'NOT_UTF8':
      return `${Part}: the decoded bytes are not valid UTF-8 text.`;
    case 'JSON_SYNTAX':
      return `${Part}: JSON syntax error at line ${error.line ?? 1} column ${error.column ?? 1}${error.detail === undefined ? '' : ` (${error.detail})`}.`;
    case 'JSON_TOO_DEEP':
      return `${Part}: the JSON is nested more than ${error.found ?? 0} levels deep; it is not shown.`;
    case 'HEADER_NOT_OBJECT':
      return `${Part}: the JOSE header must be a JSON object, but it is ${error.detail ?? 'something else'}.`;
    case 'INTERNAL':
      return `${Part}: this input could not be decoded (${error.detail ?? 'unexpected failure'}).`;
  }
}

/** The words on the button that raises the token size limit (TOKEN_TOO_LARGE). */
export function describeRaiseTokenLimit(): string {
  return `Raise the limit to ${describeSize(RAISED_LIMITS.tokenChars)} and decode`;
}

/** The words on a one-click fix's button. */
export function describeFix(fix: Fix): string {
  switch (fix.kind) {
    case 'to-base64url':
      return "Convert to base64url ('+' to '-', '/' to '_', drop '=')";
    case 'remove-stray':
      return fix.count === 1
        ? `Remove the stray character ${JSON.stringify(fix.char)}`
        : `Remove ${fix.count} stray characters`;
    case 'canonical':
      return fix.count === 1
        ? `Use the canonical last character (${JSON.stringify(fix.expected)} for ${JSON.stringify(fix.char)})`
        : `Use the canonical last character in ${fix.count} segments`;
  }
}
