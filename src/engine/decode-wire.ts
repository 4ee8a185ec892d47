import type { DecodedToken } from '../core/token/decode';

/** Where a string left out of a worker's answer is in the text the page sent: `path` from the token down to it. */
export interface TextRef {
  readonly path: readonly (string | number)[];
  readonly start: number;
  readonly end: number;
}

/** A decoded token as the decode worker sends it: strings the page already holds are left out, with their place. */
export interface WireDecoded {
  readonly decoded: DecodedToken;
  readonly refs: readonly TextRef[];
}

/** Strings shorter than this are sent as they are: looking for them costs more than copying them. */
const MIN_REF_CHARS = 4096;
/** How deep strings are looked for: the input, the cleaned token, the segments and each part's segment. */
const MAX_DEPTH = 3;
/** Never walked: the JSON trees (their strings are decoded text, not the token's). */
const SKIP = new Set(['json', 'content', 'bytes']);

type Mutable = Record<string | number, unknown>;

/**
 * The decoded token of `text`, with each long string that is a piece of `text` (the input itself, the cleaned
 * token, the compact token, each segment: a megabyte token holds six copies of itself) replaced by '' and
 * recorded as a range of `text`. Copying those between threads took longer than decoding; the page slices them
 * from its own text again (`fromWire`).
 */
export function toWire(decoded: DecodedToken, text: string): WireDecoded {
  const refs: TextRef[] = [];
  const walk = (value: unknown, path: (string | number)[]): unknown => {
    if (typeof value === 'string') {
      if (value.length < MIN_REF_CHARS) return value;
      const start = value === text ? 0 : text.indexOf(value);
      if (start < 0) return value;
      refs.push({ path, start, end: start + value.length });
      return '';
    }
    if (value === null || typeof value !== 'object' || path.length >= MAX_DEPTH) return value;
    if (ArrayBuffer.isView(value)) return value;
    let copy: Mutable | unknown[] | undefined;
    const entries = Array.isArray(value) ? value.entries() : Object.entries(value as Mutable);
    for (const [key, child] of entries) {
      if (typeof key === 'string' && SKIP.has(key)) continue;
      const next = walk(child, [...path, key]);
      if (next === child) continue;
      copy ??= Array.isArray(value) ? [...(value as unknown[])] : { ...(value as Mutable) };
      (copy as Mutable)[key] = next;
    }
    return copy ?? value;
  };
  return { decoded: walk(decoded, []) as DecodedToken, refs };
}

/** The decoded token again, from a worker's answer and the text the page sent it (the answer is a fresh copy). */
export function fromWire(wire: WireDecoded, text: string): DecodedToken {
  const root = wire.decoded as unknown as Mutable;
  for (const ref of wire.refs) {
    let holder: Mutable = root;
    for (const key of ref.path.slice(0, -1)) holder = holder[key] as Mutable;
    const last = ref.path[ref.path.length - 1];
    if (last !== undefined) holder[last] = text.slice(ref.start, ref.end);
  }
  return wire.decoded;
}
