/** An instant as an ISO 8601 UTC date to the second ("2026-11-25T10:00:00Z"), as the contract shows time claims. */
export function toIsoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
