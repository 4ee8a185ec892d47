import { decodeBase64url } from '../encoding/base64url';
import { decodeUtf8 } from '../encoding/text';
import { parseLosslessJson, stringMember } from '../json/lossless';
import { MAX_SEGMENTS } from '../limits';
import { formatCount } from '../count';

/** What a found token is, by its separators and header (CONTRACT.md `found-token` `data-kind`). */
export type FoundKind = 'jws' | 'jwe' | 'unsecured' | 'sd-jwt';

/** Where in the pasted text a token was found: the name it was given there, when it had one. */
export type FoundWhere =
  /** The value of a JSON member (`"access_token": "eyJ…"`). */
  | { readonly kind: 'json'; readonly name: string }
  /** An HTTP header's value (`Authorization: Bearer eyJ…`, `X-Id-Token: eyJ…`). */
  | { readonly kind: 'header'; readonly name: string }
  /** A cookie of a `Cookie` or `Set-Cookie` header, or any `name=value` pair (`session=eyJ…`). */
  | { readonly kind: 'cookie'; readonly name: string }
  /** A parameter of a URL's query or fragment (`?id_token=eyJ…`, `#access_token=eyJ…`). */
  | { readonly kind: 'parameter'; readonly name: string }
  /** Elsewhere in the text, with no name (a log line, a bare token). */
  | { readonly kind: 'text' };

/** One token found in pasted text; `start` and `end` are offsets into that text. */
export interface FoundToken {
  readonly token: string;
  readonly kind: FoundKind;
  readonly start: number;
  readonly end: number;
  readonly where: FoundWhere;
}

/** The most tokens listed from one text; the rest are counted. */
export const MAX_FOUND = 50;

/** What `findTokens` found: the tokens in text order, and how many more it did not list. */
export interface FoundTokens {
  readonly tokens: readonly FoundToken[];
  readonly more: number;
}

function isRunChar(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) || // A-Z
    (code >= 0x61 && code <= 0x7a) || // a-z
    (code >= 0x30 && code <= 0x39) || // 0-9
    code === 0x2d || // -
    code === 0x5f || // _
    code === 0x2e || // .
    code === 0x7e // ~
  );
}

const SEGMENT = /^[A-Za-z0-9_-]*$/;

/** The header of a candidate, when its first segment is base64url of a JSON object (RFC 7515 section 4). */
function readHeader(segment: string) {
  // A JOSE header starts with '{': base64url 'e' (0x7b is 011110 11…), and is at least `{"alg":…}` long.
  if (segment.length < 8 || segment.charAt(0) !== 'e') return undefined;
  const bytes = decodeBase64url(segment);
  if (!bytes.ok) return undefined;
  const text = decodeUtf8(bytes.value);
  if (!text.ok) return undefined;
  const json = parseLosslessJson(text.value);
  return json.ok && json.value.kind === 'object' ? json.value : undefined;
}

/** The kind of a compact token, or undefined when the dot-separated text is no token (RFC 7515/7516 section 7.1). */
function compactKind(text: string): Exclude<FoundKind, 'sd-jwt'> | undefined {
  // Count the dots before cutting: a run of thousands of dots is no token, and is not cut up.
  let dots = 0;
  for (let at = text.indexOf('.'); at >= 0 && dots <= 4; at = text.indexOf('.', at + 1)) dots++;
  if (dots !== 2 && dots !== 4) return undefined;
  const segments = text.split('.');
  if (segments.length !== 3 && segments.length !== 5) return undefined;
  if (!segments.every((s) => SEGMENT.test(s))) return undefined;
  const header = readHeader(segments[0] ?? '');
  if (header === undefined) return undefined;
  const alg = stringMember(header, 'alg');
  if (segments.length === 5) return stringMember(header, 'enc') === undefined ? undefined : 'jwe';
  if (alg === undefined || (segments[1] ?? '') === '') return undefined;
  return alg === 'none' ? 'unsecured' : 'jws';
}

/** A text without '~' or with, as a compact token or an SD-JWT; or undefined. */
function readCandidate(text: string): { token: string; kind: FoundKind } | undefined {
  const tilde = text.indexOf('~');
  if (tilde < 0) {
    const kind = compactKind(text);
    return kind === undefined ? undefined : { token: text, kind };
  }
  // SD-JWT (RFC 9901 section 4): an issuer-signed JWS, then '~'-separated disclosures and an optional KB-JWT.
  const jws = text.slice(0, tilde);
  const kind = compactKind(jws);
  if (kind === undefined || kind === 'jwe') return undefined;
  const rest = text.slice(tilde + 1).split('~', MAX_SEGMENTS + 1);
  if (rest.length > MAX_SEGMENTS) return { token: jws, kind };
  const last = rest.pop() ?? '';
  const disclosuresOk = rest.every((d) => d !== '' && SEGMENT.test(d));
  const bindingOk = last === '' || compactKind(last) !== undefined;
  if (disclosuresOk && bindingOk) return { token: text, kind: 'sd-jwt' };
  // Not an SD-JWT after all: the JWS before the '~' is still a token.
  return { token: jws, kind };
}

/** A run of token characters as a token, or undefined; a full stop after it in prose is left out. */
function asToken(run: string): { token: string; kind: FoundKind; offset: number } | undefined {
  // A token never starts with '.' or '~'.
  let from = 0;
  while (from < run.length && (run.charAt(from) === '.' || run.charAt(from) === '~')) from++;
  const text = run.slice(from);
  // An unsecured JWT ends with its empty signature's '.': the run as it is first, then without trailing dots.
  let to = text.length;
  while (to > 0 && text.charAt(to - 1) === '.') to--;
  const found = readCandidate(text) ?? (to < text.length ? readCandidate(text.slice(0, to)) : undefined);
  return found === undefined ? undefined : { ...found, offset: from };
}

const JSON_NAME = /"((?:[^"\\\r\n]|\\.){1,200})"\s*:\s*"$/;
const HEADER_NAME =
  /(?:^|[\r\n'"])[ \t]*([A-Za-z][A-Za-z0-9-]{0,99})[ \t]*:[ \t]*(?:(?:Bearer|DPoP|JWT|Token)[ \t]+)?$/i;
const PARAMETER = /[?#&]([A-Za-z0-9_.~%-]{1,200})=$/;
const PAIR = /(?:^|[\s;,])([A-Za-z0-9_.!#$%&'*+^`|~-]{1,200})=["']?$/;

/** The name the text gives a token ending just before `at`: a JSON member, header, URL parameter or cookie. */
function whereFound(text: string, at: number): FoundWhere {
  const before = text.slice(Math.max(0, at - 300), at);
  const json = JSON_NAME.exec(before);
  if (json?.[1] !== undefined) {
    const parsed = parseLosslessJson(`"${json[1]}"`);
    return { kind: 'json', name: parsed.ok && parsed.value.kind === 'string' ? parsed.value.value : json[1] };
  }
  const parameter = PARAMETER.exec(before);
  if (parameter?.[1] !== undefined) {
    let name = parameter[1];
    try {
      name = decodeURIComponent(name);
    } catch {
      // A malformed escape: keep the name as written.
    }
    return { kind: 'parameter', name };
  }
  const header = HEADER_NAME.exec(before);
  if (header?.[1] !== undefined && !/^(?:set-)?cookie$/i.test(header[1])) {
    return { kind: 'header', name: header[1] };
  }
  const pair = PAIR.exec(before);
  if (pair?.[1] !== undefined) return { kind: 'cookie', name: pair[1] };
  return { kind: 'text' };
}

/**
 * Finds every token in pasted text (an HTTP request or response, an `Authorization`, `Cookie` or `Set-Cookie`
 * header, a log line, a JSON body, a URL, a curl command): each run of token characters that is a compact JWS,
 * JWE, unsecured JWT or SD-JWT whose header decodes to a JSON object, in text order, with the name the text
 * gives it. One linear pass over the text finds the runs; each run is checked once. At most MAX_FOUND tokens
 * are listed and the rest counted. Never throws.
 */
export function findTokens(text: string): FoundTokens {
  const tokens: FoundToken[] = [];
  let more = 0;
  try {
    let i = 0;
    while (i < text.length) {
      if (!isRunChar(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      while (i < text.length && isRunChar(text.charCodeAt(i))) i++;
      const run = text.slice(start, i);
      // A cheap test first: a token has at least two dots.
      if (run.indexOf('.') < 0 || run.indexOf('.') === run.lastIndexOf('.')) continue;
      const found = asToken(run);
      if (found === undefined) continue;
      if (tokens.length >= MAX_FOUND) {
        more++;
        continue;
      }
      const at = start + found.offset;
      tokens.push({
        token: found.token,
        kind: found.kind,
        start: at,
        end: at + found.token.length,
        where: whereFound(text, at),
      });
    }
  } catch {
    // Nothing found past a fault of ours; what was found is still right.
  }
  return { tokens, more };
}

/** Words for a found token's kind, as its list entry names it. */
export function describeFoundKind(kind: FoundKind): string {
  switch (kind) {
    case 'jws':
      return 'Signed JWT';
    case 'jwe':
      return 'Encrypted JWT (JWE)';
    case 'unsecured':
      return 'Unsecured JWT (alg none)';
    case 'sd-jwt':
      return 'SD-JWT';
  }
}

/** Words for where a token was found: "the Authorization header", "the JSON member access_token". */
export function describeFoundWhere(where: FoundWhere): string {
  switch (where.kind) {
    case 'json':
      return `JSON member "${where.name}"`;
    case 'header':
      return `${where.name} header`;
    case 'cookie':
      return `cookie "${where.name}"`;
    case 'parameter':
      return `URL parameter "${where.name}"`;
    case 'text':
      return 'in the text';
  }
}

/** Words for how many tokens the text held, and how many were not listed. */
export function describeFoundCount(listed: number, more: number): string {
  const total = listed + more;
  const tokens = `${formatCount(total)} token${total === 1 ? '' : 's'}`;
  return more === 0
    ? `The pasted text holds ${tokens}; the one selected is decoded.`
    : `The pasted text holds ${tokens}; the first ${listed} are listed, and the one selected is decoded.`;
}
