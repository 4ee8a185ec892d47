import { describe, expect, it } from 'vitest';
import { parseLosslessJson, type JsonObject } from '../json/lossless';
import { compact, HS256_HEADER } from '../testing/build-token';
import { decodeToken } from '../token/decode';
import {
  checkTimeStatus,
  describeDuration,
  describeRelative,
  describeTimeClaim,
  describeTimeInputError,
  describeTimeStatus,
  isMillisecondsDate,
  parseLeewayInput,
  parseNowInput,
  readTimeClaims,
  readTimeStatus,
  toIsoInstant,
  toIsoSeconds,
  toTimeline,
  type LeewayInputError,
  type NowInputError,
  type TimeStatus,
  type TimeStatusCode,
} from './time';

/** The e2e pinned clock: 2026-11-25T10:00:00Z. */
const NOW = Date.UTC(2026, 10, 25, 10, 0, 0);
const NOW_S = NOW / 1000;

function claims(json: string): JsonObject {
  const parsed = parseLosslessJson(json);
  if (!parsed.ok || parsed.value.kind !== 'object') throw new Error('bad test JSON');
  return parsed.value;
}

const status = (json: string, leeway = 0) => checkTimeStatus(readTimeClaims(claims(json)), NOW, leeway);

describe('checkTimeStatus', () => {
  it('says valid, and for how long', () => {
    expect(status(`{"exp":${NOW_S + 14 * 60}}`)).toEqual({
      status: 'valid',
      exp: NOW + 14 * 60_000,
      remaining: 14 * 60_000,
    });
  });

  it('says expired at exp itself, and since when', () => {
    expect(status(`{"exp":${NOW_S}}`)).toMatchObject({ status: 'expired', since: 0 });
    expect(status(`{"exp":${NOW_S - 3 * 86400}}`)).toMatchObject({
      status: 'expired',
      since: 3 * 86_400_000,
    });
  });

  it('applies the leeway to exp and nbf', () => {
    expect(status(`{"exp":${NOW_S - 30}}`, 60)).toMatchObject({ status: 'valid', inLeeway: true });
    expect(status(`{"exp":${NOW_S - 60}}`, 60)).toMatchObject({ status: 'expired' });
    expect(status(`{"nbf":${NOW_S + 30},"exp":${NOW_S + 600}}`, 60)).toMatchObject({ status: 'valid' });
    expect(status(`{"nbf":${NOW_S + 61},"exp":${NOW_S + 600}}`, 60)).toMatchObject({
      status: 'not-yet-valid',
    });
  });

  it('says not yet valid before nbf, and no expiry without exp', () => {
    expect(status(`{"nbf":${NOW_S + 7200}}`)).toEqual({
      status: 'not-yet-valid',
      nbf: NOW + 7_200_000,
      until: 7_200_000,
    });
    expect(status('{"sub":"a"}')).toEqual({ status: 'no-expiry' });
    expect(status('{"exp":"1764064800"}')).toEqual({ status: 'no-expiry', unreadableExp: true });
  });

  it('judges duplicates on the most dangerous reading, as Share does', () => {
    expect(status(`{"exp":${NOW_S - 10},"exp":${NOW_S + 10}}`)).toMatchObject({ status: 'valid' });
    expect(status(`{"exp":${NOW_S + 10},"exp":${NOW_S - 10}}`)).toMatchObject({ status: 'valid' });
    expect(status(`{"exp":${NOW_S - 10},"exp":null}`)).toMatchObject({
      status: 'no-expiry',
      unreadableExp: true,
    });
    expect(status(`{"nbf":${NOW_S + 100},"nbf":${NOW_S - 100}}`)).toMatchObject({ status: 'no-expiry' });
  });

  it('judges an exp repeated 200,000 times (folded, not spread as arguments)', () => {
    const copies = Array.from({ length: 200_000 }, (_, i) => `"exp":${NOW_S - 200_000 + i + 10}`).join(',');
    expect(status(`{${copies}}`)).toMatchObject({ status: 'valid' });
  });

  it('spots exp in milliseconds and reads it as a server does (seconds: far away)', () => {
    const claimsRead = readTimeClaims(claims(`{"exp":${NOW + 3_600_000}}`));
    expect(claimsRead.exp).toMatchObject({ milliseconds: true, atIfMilliseconds: NOW + 3_600_000 });
    expect(checkTimeStatus(claimsRead, NOW)).toMatchObject({ status: 'valid', milliseconds: true });
    expect(isMillisecondsDate(NOW_S)).toBe(false);
    expect(isMillisecondsDate(NOW)).toBe(true);
  });

  it('reads a decoded token, and nothing from a JWE', () => {
    expect(readTimeStatus(decodeToken(compact(HS256_HEADER, `{"exp":${NOW_S - 1}}`)), NOW)).toMatchObject({
      status: 'expired',
    });
    expect(readTimeStatus(decodeToken('a.b.c.d.e'), NOW)).toBeUndefined();
  });
});

describe('words', () => {
  const EXAMPLES: Record<TimeStatusCode, TimeStatus> = {
    valid: { status: 'valid', exp: NOW + 840_000, remaining: 840_000 },
    expired: { status: 'expired', exp: NOW - 3 * 86_400_000, since: 3 * 86_400_000 },
    'not-yet-valid': { status: 'not-yet-valid', nbf: NOW + 7_200_000, until: 7_200_000 },
    'no-expiry': { status: 'no-expiry' },
  };
  it.each(Object.values(EXAMPLES))('$status has words', (s) => {
    expect(describeTimeStatus(s)).toMatch(/^\S.*\.$/);
  });
  it('says the issue examples', () => {
    expect(describeTimeClaim('exp', NOW + 14 * 60_000 + 5000, NOW)).toBe('expires in 14 min');
    expect(describeTimeClaim('exp', NOW - 3 * 86_400_000, NOW)).toBe('expired 3 days ago');
    expect(describeRelative(NOW + 90 * 60_000, NOW)).toBe('in 1 h 30 min');
    expect(describeRelative(NOW, NOW)).toBe('now');
    expect(describeDuration(400 * 86_400_000)).toBe('13 months');
    expect(describeDuration(3 * 365.25 * 86_400_000)).toBe('3 years');
    expect(describeTimeStatus(EXAMPLES.valid)).toContain('2026-11-25T10:14:00Z');
  });
  it.each<NowInputError | LeewayInputError>([
    { code: 'NOW_NOT_A_TIME' },
    { code: 'NOW_OUT_OF_RANGE' },
    { code: 'LEEWAY_INVALID' },
  ])('$code has words', (e) => expect(describeTimeInputError(e)).toMatch(/\.$/));
});

describe('parseNowInput and parseLeewayInput', () => {
  it('reads empty as the clock, ISO 8601 and NumericDate seconds as instants', () => {
    expect(parseNowInput('  ')).toEqual({ ok: true, value: { kind: 'clock' } });
    expect(parseNowInput('2030-01-01T00:00:00Z')).toEqual({
      ok: true,
      value: { kind: 'fixed', at: Date.UTC(2030, 0, 1) },
    });
    expect(parseNowInput('2030-01-01T01:00:00+01:00')).toEqual({
      ok: true,
      value: { kind: 'fixed', at: Date.UTC(2030, 0, 1) },
    });
    expect(parseNowInput('2030-01-01T00:00:00')).toEqual({
      ok: true,
      value: { kind: 'fixed', at: Date.UTC(2030, 0, 1) },
    });
    expect(parseNowInput('2030-01-01')).toEqual({
      ok: true,
      value: { kind: 'fixed', at: Date.UTC(2030, 0, 1) },
    });
    expect(parseNowInput('1893456000')).toEqual({
      ok: true,
      value: { kind: 'fixed', at: Date.UTC(2030, 0, 1) },
    });
  });
  it('refuses what is not an instant', () => {
    expect(parseNowInput('tomorrow')).toEqual({ ok: false, error: { code: 'NOW_NOT_A_TIME' } });
    expect(parseNowInput('2030-13-45T00:00:00Z')).toEqual({ ok: false, error: { code: 'NOW_NOT_A_TIME' } });
    expect(parseNowInput('1e30')).toEqual({ ok: false, error: { code: 'NOW_NOT_A_TIME' } });
    expect(parseNowInput('99999999999999999')).toEqual({ ok: false, error: { code: 'NOW_OUT_OF_RANGE' } });
  });
  it('reads a leeway', () => {
    expect(parseLeewayInput('')).toEqual({ ok: true, value: 0 });
    expect(parseLeewayInput(' 60 ')).toEqual({ ok: true, value: 60 });
    expect(parseLeewayInput('-5')).toEqual({ ok: false, error: { code: 'LEEWAY_INVALID' } });
  });
});

describe('dates and the timeline', () => {
  it('shows ISO 8601 UTC to the second, never throwing', () => {
    expect(toIsoSeconds(NOW + 999)).toBe('2026-11-25T10:00:00Z');
    expect(toIsoInstant(1e20)).toBeUndefined();
  });
  it('places iat, nbf, now and exp in order on one axis', () => {
    const line = toTimeline(
      readTimeClaims(claims(`{"iat":${NOW_S - 600},"nbf":${NOW_S - 600},"exp":${NOW_S + 3000}}`)),
      NOW,
    );
    expect(line.marks.map((m) => m.name)).toEqual(['iat', 'nbf', 'now', 'exp']);
    for (const m of line.marks) {
      expect(m.position).toBeGreaterThan(0);
      expect(m.position).toBeLessThan(1);
    }
    expect(toTimeline({}, NOW).marks).toEqual([{ name: 'now', at: NOW, position: 0.5 }]);
  });
});
