import { toCanonicalBase64url } from '../encoding/base64url';
import type { CoreError, Fix } from './errors';
import type { Segment } from './split';

/** What fixes are offered on: a decode result, reduced to what judging a fix needs. */
export interface Fixable {
  readonly cleaned: { readonly token: string };
  readonly segments: readonly Segment[];
  readonly errors: readonly CoreError[];
}

/** Each run of text between separators ('.', and '~' in an SD-JWT), rewritten by `change`. */
function eachSegment(token: string, change: (segment: string) => string): string {
  return token.replace(/[^.~]+/g, change);
}

/** Standard base64 written where base64url belongs: translate the alphabet and drop the padding. */
function toBase64urlFix(token: string): Fix {
  const fixed = eachSegment(token, (s) => s.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''));
  return { kind: 'to-base64url', token: fixed };
}

const STRAY = /[^A-Za-z0-9_.~+/=-]/gu;

/** A few characters no token is made of, removed; more than three is not a typo but other text. */
function removeStrayFix(token: string, char: string): Fix | undefined {
  const count = token.match(STRAY)?.length ?? 0;
  if (count === 0 || count > 3) return undefined;
  return { kind: 'remove-stray', token: token.replace(STRAY, ''), count, char };
}

/** Every segment's last character with its unused bits cleared (RFC 4648 section 3.5): the same bytes. */
function canonicalFix(token: string, char: string, expected: string): Fix {
  let count = 0;
  const fixed = eachSegment(token, (s) => {
    const canonical = toCanonicalBase64url(s);
    if (canonical !== s) count++;
    return canonical;
  });
  return { kind: 'canonical', token: fixed, count, char, expected };
}

/** The repair an error suggests, before it is known whether it helps. */
function candidateFix(error: CoreError, token: string): Fix | undefined {
  switch (error.code) {
    case 'BASE64URL_STANDARD':
    case 'BASE64URL_PADDING':
      return toBase64urlFix(token);
    case 'BASE64URL_CHAR':
      return error.char === undefined ? undefined : removeStrayFix(token, error.char);
    case 'BASE64URL_NONCANONICAL':
      return error.char === undefined || error.expected === undefined
        ? undefined
        : canonicalFix(token, error.char, error.expected);
    default:
      return undefined;
  }
}

/**
 * Where decoding first fails, as the index of the segment that fails: -1 for the text as a whole (segment
 * count, text around the token), Infinity when nothing fails.
 */
export function firstFailure(decoded: Fixable): number {
  let first = Infinity;
  for (const e of decoded.errors) {
    const i = e.part === 'token' ? -1 : decoded.segments.findIndex((s) => s.part === e.part);
    first = Math.min(first, i);
  }
  return first;
}

/**
 * Whether `after` (the text with a fix applied) decodes further than `before`: with no error at all, or with
 * its first error in a later segment than before. A fix that leaves the first failing segment failing only
 * moves characters about, and is not offered.
 */
export function decodesFurther(before: Fixable, after: Fixable): boolean {
  return after.errors.length === 0 || firstFailure(after) > firstFailure(before);
}

/**
 * Attaches to each error the one-click fix it suggests, only when applying it (decoding the fixed text with
 * `decode`) gets further than the text as it is; each distinct fix is tried once.
 */
export function offerFixes<T extends Fixable>(decoded: T, decode: (text: string) => Fixable): T {
  const token = decoded.cleaned.token;
  const judged = new Map<string, boolean>();
  const errors: CoreError[] = [];
  let offered = 0;
  for (const error of decoded.errors) {
    const fix = candidateFix(error, token);
    let helps = false;
    if (fix !== undefined && fix.token !== token) {
      helps = judged.get(fix.token) ?? decodesFurther(decoded, decode(fix.token));
      judged.set(fix.token, helps);
    }
    if (helps && fix !== undefined) {
      errors.push({ ...error, fix });
      offered++;
    } else errors.push(error);
  }
  return offered === 0 ? decoded : { ...decoded, errors };
}
