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

/** Bytes as lowercase hexadecimal, grouped in 16-byte lines of 2-digit pairs for reading. */
export function toHexDump(bytes: Uint8Array): string {
  const lines: string[] = [];
  for (let i = 0; i < bytes.length; i += 16) {
    const row = Array.from(bytes.subarray(i, i + 16), (b) => b.toString(16).padStart(2, '0'));
    lines.push(row.join(' '));
  }
  return lines.join('\n');
}
