import { err, ok, type Result } from '../result';

// Instants as dates, and the now and leeway inputs: what the first load needs (the clock's state, the panes' claim
// dates), apart from the time claims and their words in time.ts, which load when first shown.

/** An instant as an ISO 8601 UTC date to the second ("2026-11-25T10:00:00Z"), as the contract shows time claims. */
export function toIsoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** The largest instant a JavaScript Date holds (ECMA-262 section 21.4.1.1), in milliseconds either side of 1970. */
export const MAX_DATE_MS = 8.64e15;

/** Like toIsoSeconds, but undefined for an instant no date can show (instead of throwing). */
export function toIsoInstant(ms: number): string | undefined {
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_DATE_MS ? toIsoSeconds(ms) : undefined;
}

/** What the "now" of the judgement is: the ticking clock, or an instant the user set. */
export type NowSetting = { readonly kind: 'clock' } | { readonly kind: 'fixed'; readonly at: number };

/** Why a `now-input` text is not an instant. */
export type NowInputError = { readonly code: 'NOW_NOT_A_TIME' } | { readonly code: 'NOW_OUT_OF_RANGE' };

const NUMERIC_DATE = /^[+-]?\d+(?:\.\d+)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/i;
const HAS_ZONE = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Reads the `now-input` text: empty means the ticking clock; otherwise NumericDate seconds (RFC 7519 section 2)
 * or an ISO 8601 date (RFC 3339), taken as UTC when it names no offset.
 */
export function parseNowInput(text: string): Result<NowSetting, NowInputError> {
  const trimmed = text.trim();
  if (trimmed === '') return ok({ kind: 'clock' });
  let at: number;
  if (NUMERIC_DATE.test(trimmed)) at = Number(trimmed) * 1000;
  else if (ISO_DATE.test(trimmed)) {
    const withTime = trimmed.length === 10 ? `${trimmed}T00:00:00` : trimmed.replace(' ', 'T');
    at = Date.parse(HAS_ZONE.test(withTime) ? withTime : `${withTime}Z`);
    if (Number.isNaN(at)) return err({ code: 'NOW_NOT_A_TIME' });
  } else return err({ code: 'NOW_NOT_A_TIME' });
  if (!Number.isFinite(at) || Math.abs(at) > MAX_DATE_MS) return err({ code: 'NOW_OUT_OF_RANGE' });
  return ok({ kind: 'fixed', at });
}

/** Why a `leeway-input` text is not a leeway. */
export interface LeewayInputError {
  readonly code: 'LEEWAY_INVALID';
}

/** Reads the `leeway-input` text: seconds, zero or more (empty means 0). */
export function parseLeewayInput(text: string): Result<number, LeewayInputError> {
  const trimmed = text.trim();
  if (trimmed === '') return ok(0);
  if (!/^\d+(?:\.\d+)?$/.test(trimmed)) return err({ code: 'LEEWAY_INVALID' });
  const seconds = Number(trimmed);
  return Number.isFinite(seconds) ? ok(seconds) : err({ code: 'LEEWAY_INVALID' });
}
