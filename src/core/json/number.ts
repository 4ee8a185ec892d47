/** A decimal number reduced to sign, significant digits and exponent, so "3.0", "3" and "30e-1" compare equal. */
function toCanonicalDecimal(text: string): string | undefined {
  const m = /^(-?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (m === null) return undefined;
  const intDigits = m[2] ?? '';
  const fracDigits = m[3] ?? '';
  let digits = intDigits + fracDigits;
  let exponent = Number(m[4] ?? '0') - fracDigits.length;
  const leading = /^0*/.exec(digits)?.[0].length ?? 0;
  digits = digits.slice(leading);
  if (digits === '') return '0';
  const trailing = /0*$/.exec(digits)?.[0].length ?? 0;
  digits = digits.slice(0, digits.length - trailing);
  exponent += trailing;
  return `${m[1] ?? ''}${digits}e${exponent}`;
}

const SHORT_INTEGER = /^-?\d+$/;

/** What JavaScript prints for a number (what `JSON.stringify` would, but `-0` as `-0` and `Infinity` as such). */
export function printNumber(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value);
}

/** How JavaScript reads a JSON number literal, and whether it keeps the value exactly as written. */
export interface NumberReading {
  readonly value: number;
  /** The shortest text that reads back as `value` (what `JSON.stringify` would print). */
  readonly jsText: string;
  readonly exact: boolean;
}

/**
 * Reads a JSON number literal (RFC 8259 section 6) the way JavaScript does and says whether the digits survive:
 * 12345678901234567890 and 1e400 do not, 3.0 and -0.0 do (same value, other spelling).
 */
export function readNumber(raw: string): NumberReading {
  const value = Number(raw);
  // Fast path: up to 15 digits, no fraction or exponent, is always exact (2^53 has 16 digits).
  if (raw.length <= 15 && SHORT_INTEGER.test(raw)) {
    return { value, jsText: printNumber(value), exact: true };
  }
  // Fast path: a fraction without exponent in at most 16 characters has at most 15 significant digits and lies
  // well inside the range of doubles, so it reads back exactly (15 digits always do). JavaScript prints it as
  // written unless it ends in a zero, or is below 1e-6 (printed with an exponent).
  if (raw.length <= 16 && raw.includes('.') && !raw.includes('e') && !raw.includes('E')) {
    const asWritten = !raw.endsWith('0') && !raw.startsWith('0.000000') && !raw.startsWith('-0.000000');
    return { value, jsText: asWritten ? raw : printNumber(value), exact: true };
  }
  if (!Number.isFinite(value)) return { value, jsText: String(value), exact: false };
  const jsText = printNumber(value);
  const exact = toCanonicalDecimal(raw) === toCanonicalDecimal(String(value));
  return { value, jsText, exact };
}
