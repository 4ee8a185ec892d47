/**
 * A `typ` (or `cty`) value as a comparable media type (RFC 7515 section 4.1.9): compared without regard to
 * letter case, and "application/" is implied when the value has no other "/".
 */
export function toMediaType(typ: string): string {
  const lower = typ.trim().toLowerCase();
  return lower.startsWith('application/') && !lower.slice('application/'.length).includes('/')
    ? lower.slice('application/'.length)
    : lower;
}

/** True when two `typ` values name the same media type (RFC 7515 section 4.1.9). */
export function isSameMediaType(a: string, b: string): boolean {
  return toMediaType(a) === toMediaType(b);
}
