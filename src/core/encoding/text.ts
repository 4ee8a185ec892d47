import { err, ok, type Result } from '../result';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Reads bytes as UTF-8, failing on any invalid sequence rather than replacing it (RFC 3629). */
export function decodeUtf8(bytes: Uint8Array): Result<string, 'NOT_UTF8'> {
  try {
    return ok(strictUtf8.decode(bytes));
  } catch {
    return err('NOT_UTF8');
  }
}

const HEX_PAIRS: readonly string[] = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/**
 * Bytes as lowercase hexadecimal, grouped in 16-byte lines of 2-digit pairs for reading. One string per line from
 * a table of the 256 pairs: a megabyte of bytes is 65,536 lines, not a million small arrays. With `maxChars`,
 * only the dump's first `maxChars` characters, made from only the bytes they show (`toHexDump(b, n)` is
 * `toHexDump(b).slice(0, n)`): a page shows the start of a megabyte of bytes without dumping all of it.
 */
export function toHexDump(bytes: Uint8Array, maxChars = Number.POSITIVE_INFINITY): string {
  // Each byte is one separator (none before the first) and two digits: characters 3i - 1 to 3i + 1 are byte i's.
  const count = maxChars <= 0 ? 0 : Math.min(bytes.length, Math.ceil((maxChars + 1) / 3));
  const lines: string[] = [];
  for (let i = 0; i < count; i += 16) {
    const end = Math.min(i + 16, count);
    let line = HEX_PAIRS[bytes[i] ?? 0] ?? '';
    for (let j = i + 1; j < end; j++) line += ` ${HEX_PAIRS[bytes[j] ?? 0] ?? ''}`;
    lines.push(line);
  }
  const dump = lines.join('\n');
  return dump.length > maxChars ? dump.slice(0, maxChars) : dump;
}

/** The length of `toHexDump(bytes)` for `byteCount` bytes, without making it: two digits a byte, one separator between. */
export function hexDumpLength(byteCount: number): number {
  return byteCount === 0 ? 0 : byteCount * 3 - 1;
}

/**
 * Where to cut a text shown in part: `max` characters, or one fewer where `max` would split a surrogate pair
 * (so no half of a character is ever shown); the whole length when the text is no longer than `max`.
 */
export function clipEnd(text: string, max: number): number {
  if (text.length <= max) return text.length;
  const end = Math.max(0, Math.floor(max));
  if (end === 0) return 0;
  const last = text.charCodeAt(end - 1);
  const next = text.charCodeAt(end);
  const splitsPair = last >= 0xd800 && last <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
  return splitsPair ? end - 1 : end;
}
