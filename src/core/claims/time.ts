import { memberValues, type JsonObject } from '../json/lossless';
import type { DecodedToken } from '../token/decode';
import { toClaimsObject } from './payload';
import { MAX_DATE_MS, toIsoInstant, type LeewayInputError, type NowInputError } from './instant';
import { formatCount } from '../count';

export {
  parseLeewayInput,
  parseNowInput,
  toIsoInstant,
  toIsoSeconds,
  type LeewayInputError,
  type NowInputError,
  type NowSetting,
} from './instant';

/** The claims that hold a NumericDate (RFC 7519 section 2) and are shown as dates. */
export type TimeClaimName = 'exp' | 'nbf' | 'iat' | 'auth_time' | 'updated_at';

export const TIME_CLAIMS: readonly TimeClaimName[] = ['exp', 'nbf', 'iat', 'auth_time', 'updated_at'];

/**
 * A NumericDate at or above this (year 5138 in seconds) is taken for milliseconds when, read so, it falls in the
 * years 1973 to 5138: a clock in milliseconds written where seconds belong.
 */
const MILLISECONDS_FROM = 1e11;

/** True when a NumericDate looks like milliseconds since 1970 rather than seconds (`exp-in-milliseconds`). */
export function isMillisecondsDate(seconds: number): boolean {
  return seconds >= MILLISECONDS_FROM && seconds < MILLISECONDS_FROM * 1000;
}

/** One time claim as read: the NumericDate as written and the instant a careful server takes it for. */
export interface TimeClaim {
  readonly name: TimeClaimName;
  /** The NumericDate as written, in seconds (RFC 7519 section 2); the one chosen among duplicates. */
  readonly seconds: number;
  /** The instant, in milliseconds: `seconds` × 1000, as a server reads it, even when it looks like milliseconds. */
  readonly at: number;
  /** The value looks like milliseconds: `atIfMilliseconds` is the instant it was probably meant to be. */
  readonly milliseconds?: true;
  readonly atIfMilliseconds?: number;
  /** How many times the member appears (more than 1: duplicates, and `seconds` is the most dangerous reading). */
  readonly count: number;
  /** Some copy of the member is not a number (a string, null): a parser may read it as absent. */
  readonly unreadable?: true;
}

/**
 * Which copy of a repeated time claim counts: the most dangerous reading, as share.ts judges `exp` (a parser
 * keeping that copy accepts the token longest): the latest `exp`, the earliest `nbf`, the last of the others.
 */
function choose(name: TimeClaimName, values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  // Folded, not spread: a claims set may repeat a member tens of thousands of times.
  if (name === 'exp') return values.reduce((a, b) => Math.max(a, b));
  if (name === 'nbf') return values.reduce((a, b) => Math.min(a, b));
  return values[values.length - 1];
}

/** Reads one time claim of a claims set, undefined when absent (RFC 7519 sections 2 and 4.1.4 to 4.1.6). */
export function readTimeClaim(claims: JsonObject | undefined, name: TimeClaimName): TimeClaim | undefined {
  const nodes = memberValues(claims, name);
  if (nodes.length === 0) return undefined;
  const numbers: number[] = [];
  for (const node of nodes)
    if (node.kind === 'number' && Number.isFinite(node.value)) numbers.push(node.value);
  const unreadable = numbers.length < nodes.length;
  const seconds = choose(name, numbers);
  if (seconds === undefined) {
    return { name, seconds: Number.NaN, at: Number.NaN, count: nodes.length, unreadable: true };
  }
  const ms = isMillisecondsDate(seconds);
  return {
    name,
    seconds,
    at: seconds * 1000,
    count: nodes.length,
    ...(ms ? { milliseconds: true, atIfMilliseconds: seconds } : {}),
    ...(unreadable ? { unreadable: true } : {}),
  };
}

/** Every time claim of a claims set that is present. */
export type TimeClaims = Readonly<Partial<Record<TimeClaimName, TimeClaim>>>;

/** Reads every time claim of a claims set. */
export function readTimeClaims(claims: JsonObject | undefined): TimeClaims {
  const found: Partial<Record<TimeClaimName, TimeClaim>> = {};
  for (const name of TIME_CLAIMS) {
    const claim = readTimeClaim(claims, name);
    if (claim !== undefined) found[name] = claim;
  }
  return found;
}

function usable(claim: TimeClaim | undefined): claim is TimeClaim {
  return claim !== undefined && Number.isFinite(claim.at);
}

/**
 * A token's validity in time at an instant (the contract's `time-status` values). Instants and durations are in
 * milliseconds.
 */
export type TimeStatus =
  | {
      readonly status: 'valid';
      readonly exp: number;
      /** How long it stays valid: until `exp` (plus the leeway). */
      readonly remaining: number;
      /** Past `exp`, but still accepted thanks to the leeway. */
      readonly inLeeway?: true;
      /** `exp` looks like milliseconds: read as seconds it lies far in the future. */
      readonly milliseconds?: true;
    }
  | { readonly status: 'expired'; readonly exp: number; readonly since: number }
  | { readonly status: 'not-yet-valid'; readonly nbf: number; readonly until: number }
  | {
      readonly status: 'no-expiry';
      /** An `exp` is present but not a number: some parsers read that as no expiry. */
      readonly unreadableExp?: true;
    };

export type TimeStatusCode = TimeStatus['status'];

/**
 * Judges a claims set at `now` (milliseconds) with a leeway (seconds) for clock skew, as a careful server does
 * (RFC 7519 sections 4.1.4 and 4.1.5): expired once now ≥ exp + leeway, not yet valid while now < nbf − leeway.
 * Repeated members are judged on the most dangerous reading (the latest `exp`, the earliest `nbf`).
 */
export function checkTimeStatus(claims: TimeClaims, now: number, leewaySeconds = 0): TimeStatus {
  const leeway = Math.max(0, leewaySeconds) * 1000;
  const { exp, nbf } = claims;
  if (usable(exp) && !exp.unreadable && now >= exp.at + leeway)
    return { status: 'expired', exp: exp.at, since: now - exp.at };
  if (usable(nbf) && now < nbf.at - leeway)
    return { status: 'not-yet-valid', nbf: nbf.at, until: nbf.at - now };
  if (!usable(exp) || exp.unreadable)
    return { status: 'no-expiry', ...(exp === undefined ? {} : { unreadableExp: true }) };
  return {
    status: 'valid',
    exp: exp.at,
    remaining: exp.at - now,
    ...(now >= exp.at ? { inLeeway: true } : {}),
    ...(exp.milliseconds ? { milliseconds: true } : {}),
  };
}

/** The time status of a decoded token at `now` (ms) with a leeway (s); undefined when it has no readable claims. */
export function readTimeStatus(
  decoded: DecodedToken,
  now: number,
  leewaySeconds = 0,
): TimeStatus | undefined {
  const claims = toClaimsObject(decoded);
  return claims === undefined ? undefined : checkTimeStatus(readTimeClaims(claims), now, leewaySeconds);
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365.25 * DAY;
const MONTH = YEAR / 12;

function plural(n: number, unit: string): string {
  return `${formatCount(n)} ${unit}${n === 1 ? '' : 's'}`;
}

/** A duration in the largest unit that says it ("14 min", "3 days", "2 years"), rounded down. */
export function describeDuration(ms: number): string {
  const d = Math.abs(ms);
  if (d < MINUTE) return `${Math.floor(d / SECOND)} s`;
  if (d < HOUR) return `${Math.floor(d / MINUTE)} min`;
  if (d < 2 * DAY) {
    const h = Math.floor(d / HOUR);
    const m = Math.floor((d % HOUR) / MINUTE);
    return m === 0 || h >= 10 ? `${h} h` : `${h} h ${m} min`;
  }
  if (d < 60 * DAY) return plural(Math.floor(d / DAY), 'day');
  if (d < 2 * YEAR) return plural(Math.floor(d / MONTH), 'month');
  return plural(Math.floor(d / YEAR), 'year');
}

/** An instant relative to now, in words: "in 14 min", "3 days ago", "now". */
export function describeRelative(at: number, now: number): string {
  if (Math.abs(at - now) < SECOND) return 'now';
  return at > now ? `in ${describeDuration(at - now)}` : `${describeDuration(now - at)} ago`;
}

/** A time claim's instant relative to now, in the claim's own words ("expires in 14 min", "expired 3 days ago"). */
export function describeTimeClaim(name: TimeClaimName, at: number, now: number): string {
  const future = at > now;
  const span = describeDuration(at - now);
  if (Math.abs(at - now) < SECOND) {
    switch (name) {
      case 'exp':
        return 'expires now';
      case 'nbf':
        return 'valid from now';
      case 'iat':
        return 'issued now';
      case 'auth_time':
        return 'authenticated now';
      case 'updated_at':
        return 'updated now';
    }
  }
  switch (name) {
    case 'exp':
      return future ? `expires in ${span}` : `expired ${span} ago`;
    case 'nbf':
      return future ? `valid in ${span}` : `valid since ${span} ago`;
    case 'iat':
      return future ? `issued in ${span} (in the future)` : `issued ${span} ago`;
    case 'auth_time':
      return future ? `authenticated in ${span} (in the future)` : `authenticated ${span} ago`;
    case 'updated_at':
      return future ? `updated in ${span} (in the future)` : `updated ${span} ago`;
  }
}

function dated(ms: number): string {
  const iso = toIsoInstant(ms);
  return iso === undefined ? '' : ` (${iso})`;
}

/** The `time-status` line in words, at `now`. */
export function describeTimeStatus(status: TimeStatus): string {
  switch (status.status) {
    case 'valid': {
      const base = status.inLeeway
        ? `Valid only thanks to the leeway: it expired ${describeDuration(status.remaining)} ago${dated(status.exp)}.`
        : `Valid for ${describeDuration(status.remaining)} more: it expires${dated(status.exp)}.`;
      return status.milliseconds
        ? `${base} Its exp looks like milliseconds, not seconds, so it is read as a date thousands of years away.`
        : base;
    }
    case 'expired':
      return `Expired ${describeDuration(status.since)} ago${dated(status.exp)}.`;
    case 'not-yet-valid':
      return `Not valid yet: it becomes valid in ${describeDuration(status.until)}${dated(status.nbf)}.`;
    case 'no-expiry':
      return status.unreadableExp
        ? 'No expiry this page can read: its exp is not a number, which some servers treat as no expiry at all.'
        : 'No expiry: the token has no exp, so it stays valid for as long as its key is trusted.';
  }
}

/** Words for a `now-input` or `leeway-input` that cannot be read. */
export function describeTimeInputError(error: NowInputError | LeewayInputError): string {
  switch (error.code) {
    case 'NOW_NOT_A_TIME':
      return 'Enter an ISO 8601 date (2030-01-01T00:00:00Z) or NumericDate seconds, or leave it empty for the current time.';
    case 'NOW_OUT_OF_RANGE':
      return 'That instant lies beyond any date this page can show.';
    case 'LEEWAY_INVALID':
      return 'The leeway is a number of seconds, zero or more.';
  }
}

/** One mark on the timeline: a time claim or now, and where it sits on the axis (0 left, 1 right). */
export interface TimelineMark {
  readonly name: 'iat' | 'nbf' | 'now' | 'exp';
  readonly at: number;
  readonly position: number;
}

/** `iat`, `nbf`, now and `exp` on one axis, as plain data for a picture: the axis spans `from` to `to`. */
export interface Timeline {
  readonly from: number;
  readonly to: number;
  readonly marks: readonly TimelineMark[];
}

/** Places `iat`, `nbf`, now and `exp` on one axis with a margin either side, in time order. */
export function toTimeline(claims: TimeClaims, now: number): Timeline {
  const points: Array<{ name: TimelineMark['name']; at: number }> = [{ name: 'now', at: now }];
  for (const name of ['iat', 'nbf', 'exp'] as const) {
    const claim = claims[name];
    if (usable(claim) && Math.abs(claim.at) <= MAX_DATE_MS) points.push({ name, at: claim.at });
  }
  const min = Math.min(...points.map((p) => p.at));
  const max = Math.max(...points.map((p) => p.at));
  const margin = max === min ? HOUR : (max - min) * 0.05;
  const from = min - margin;
  const to = max + margin;
  const marks = points
    .map((p) => ({ ...p, position: (p.at - from) / (to - from) }))
    .sort((a, b) => a.at - b.at);
  return { from, to, marks };
}
