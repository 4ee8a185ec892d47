import type { Note } from './notes';
import { parseTokenParameters } from './parameters';

/** One run of kept characters: `length` characters at `clean` in the cleaned token came from `original`. */
interface Piece {
  readonly clean: number;
  readonly original: number;
  readonly length: number;
}

/** The token as decoded, the clean-ups made to get it, and a map back to the text the user typed. */
export interface CleanedToken {
  readonly original: string;
  readonly token: string;
  readonly notes: readonly Note[];
  readonly pieces: readonly Piece[];
}

/** Maps an offset in the cleaned token to the offset of the same character in the original text. */
export function toOriginalOffset(cleaned: CleanedToken, offset: number): number {
  const { pieces } = cleaned;
  if (pieces.length === 0) return Math.min(offset, cleaned.original.length);
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((pieces[mid]?.clean ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  const piece = pieces[lo];
  if (piece === undefined) return offset;
  return piece.original + Math.min(offset - piece.clean, piece.length);
}

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
const EDGE_INVISIBLE = /^[\u200b-\u200d\u2060\ufeff]$/;
const BEARER = /^(bearer|jwt|token)\s+/i;
const AUTH_HEADER = /^authorization\s*:\s*/i;
const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['"', '"'],
  ["'", "'"],
  ['`', '`'],
  ['\u201c', '\u201d'],
  ['\u2018', '\u2019'],
];
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\/\S*[#?&](?:token|id_token|access_token)=/i;

/**
 * Cleans up a token as people paste it: surrounding whitespace, an `Authorization:` header name, a `Bearer `
 * prefix, quotes, line breaks and invisible characters inside, a URL carrying the token as a parameter. Every
 * clean-up is recorded as a note; nothing is changed silently.
 */
export function extractToken(input: string): CleanedToken {
  const notes: Note[] = [];
  let start = 0;
  let end = input.length;

  // A whole URL: take the token parameter, and map offsets into that parameter's value.
  // (`includes` first: on a megabyte-sized token, the pattern alone backtracks over the whole text.)
  if (input.includes('://') && URL_LIKE.test(input.trim())) {
    const trimmed = input.trim();
    const hashAt = trimmed.indexOf('#');
    const queryAt = trimmed.indexOf('?');
    const found =
      (hashAt >= 0 ? parseTokenParameters(trimmed.slice(hashAt + 1)) : undefined) ??
      (queryAt >= 0 ? parseTokenParameters(trimmed.slice(queryAt + 1).split('#')[0] ?? '') : undefined);
    if (found !== undefined) {
      const raw = `${found.parameter}=`;
      const paramAt = input.search(new RegExp(`[#?&]${raw}`));
      if (paramAt >= 0) {
        const valueStart = paramAt + 1 + raw.length;
        let valueEnd = input.indexOf('&', valueStart);
        if (valueEnd < 0) valueEnd = input.trimEnd().length;
        const hashAfter = input.indexOf('#', valueStart);
        if (hashAfter >= 0 && hashAfter < valueEnd) valueEnd = hashAfter;
        if (input.slice(valueStart, valueEnd) === found.token) {
          start = valueStart;
          end = valueEnd;
          notes.push({ code: 'TOOK_FROM_URL', part: 'token', severity: 'info', detail: found.parameter });
        }
      }
    }
  }

  let trimmedCount = 0;
  // Invisible characters at the edges are trimmed too, so that they do not hide a `Bearer ` prefix or quotes.
  let edgeInvisible = 0;
  const isEdgeSpace = (char: string): boolean => {
    if (EDGE_INVISIBLE.test(char)) {
      edgeInvisible++;
      return true;
    }
    if (!/\s/.test(char)) return false;
    trimmedCount++;
    return true;
  };
  for (let round = 0; round < 6; round++) {
    const before = `${start}:${end}`;
    while (start < end && isEdgeSpace(input.charAt(start))) start++;
    while (end > start && isEdgeSpace(input.charAt(end - 1))) end--;
    const view = input.slice(start, Math.min(end, start + 64));
    const auth = AUTH_HEADER.exec(view);
    if (auth !== null) {
      start += auth[0].length;
      notes.push({ code: 'REMOVED_AUTH_HEADER', part: 'token', severity: 'info' });
      continue;
    }
    const bearer = BEARER.exec(view);
    if (bearer !== null && end - start > bearer[0].length) {
      start += bearer[0].length;
      notes.push({
        code: 'REMOVED_BEARER',
        part: 'token',
        severity: 'info',
        detail: bearer[1] ?? 'Bearer',
      });
      continue;
    }
    // A trailing comma or semicolon after a closing quote, as copied from JSON or code.
    if (
      end - start >= 3 &&
      /[,;]/.test(input.charAt(end - 1)) &&
      /["'`\u201d\u2019]/.test(input.charAt(end - 2))
    ) {
      end--;
    }
    const first = input.charAt(start);
    const last = input.charAt(end - 1);
    const pair = QUOTE_PAIRS.find(([open, close]) => first === open && last === close);
    if (pair !== undefined && end - start >= 2) {
      start++;
      end--;
      notes.push({
        code: 'REMOVED_QUOTES',
        part: 'token',
        severity: 'info',
        detail: `${pair[0]}…${pair[1]}`,
      });
      continue;
    }
    if (`${start}:${end}` === before) break;
  }
  if (trimmedCount > 0) notes.unshift({ code: 'TRIMMED_WHITESPACE', part: 'token', severity: 'info' });

  const body = input.slice(start, end);
  // Inside the token: whitespace (wrapped lines from logs, e-mail) and invisible characters are dropped.
  const inner = /[\s\u200b-\u200d\u2060\ufeff]+/g;
  if (!inner.test(body)) {
    if (edgeInvisible > 0) {
      notes.push({ code: 'REMOVED_INVISIBLE', part: 'token', severity: 'info', count: edgeInvisible });
    }
    return {
      original: input,
      token: body,
      notes,
      pieces: [{ clean: 0, original: start, length: body.length }],
    };
  }
  const pieces: Piece[] = [];
  let whitespace = 0;
  let invisible = edgeInvisible;
  let clean = 0;
  let last = 0;
  const parts: string[] = [];
  inner.lastIndex = 0;
  for (let m = inner.exec(body); m !== null; m = inner.exec(body)) {
    const kept = body.slice(last, m.index);
    if (kept.length > 0) {
      pieces.push({ clean, original: start + last, length: kept.length });
      parts.push(kept);
      clean += kept.length;
    }
    const invisibleHere = m[0].match(INVISIBLE)?.length ?? 0;
    invisible += invisibleHere;
    whitespace += m[0].length - invisibleHere;
    last = m.index + m[0].length;
  }
  const tail = body.slice(last);
  pieces.push({ clean, original: start + last, length: tail.length });
  parts.push(tail);
  if (whitespace > 0) {
    notes.push({ code: 'REMOVED_INNER_WHITESPACE', part: 'token', severity: 'info', count: whitespace });
  }
  if (invisible > 0) {
    notes.push({ code: 'REMOVED_INVISIBLE', part: 'token', severity: 'info', count: invisible });
  }
  return { original: input, token: parts.join(''), notes, pieces };
}
