import { describe, expect, it } from 'vitest';
import { compact } from '../testing/build-token';
import { PINNED_NOW, PINNED_NOW_S } from '../testing/lint-context';
import { decodeToken } from '../token/decode';
import { toViewDecoded } from '../token/for-view';
import { describeCheck, type Check, type CheckReason } from './check';
import { checkClaims } from './check-claims';
import type { Expectations } from './expectations';
import { runValidation } from './run-validation';

const ID_TOKEN = {
  iss: 'https://server.example.com',
  sub: '248289761001',
  aud: ['s6BhdRkqt3', 'other'],
  nonce: 'n-0S6_WzA2Mj',
  iat: PINNED_NOW_S - 60,
  nbf: PINNED_NOW_S - 60,
  exp: PINNED_NOW_S + 600,
  at_hash: '77QmUPtjPfzWtF2AnpK9RQ',
  c_hash: 'LDktKdoQak3Pk0cnXxCltA',
};
const token = (payload: object, header = '{"alg":"RS256","typ":"JWT"}') =>
  decodeToken(compact(header, JSON.stringify(payload)));
const byId = (checks: readonly Check[]) =>
  Object.fromEntries(checks.map((c) => [c.id, `${c.status}:${c.reason}`]));

describe('runValidation', () => {
  it('passes every check of a good ID token, in the contract order', async () => {
    const checks = await runValidation(
      token(ID_TOKEN),
      {
        iss: 'https://server.example.com',
        aud: 's6BhdRkqt3',
        nonce: 'n-0S6_WzA2Mj',
        typ: 'jwt',
        algs: 'RS256, ES256',
        hashInput: 'jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y',
      },
      PINNED_NOW,
    );
    expect(checks.map((c) => c.id)).toEqual([
      'exp',
      'nbf',
      'iat',
      'iss',
      'aud',
      'nonce',
      'typ',
      'alg',
      'at_hash',
      'c_hash',
    ]);
    expect(byId(checks)).toMatchObject({
      exp: 'pass:in-time',
      nbf: 'pass:in-time',
      iat: 'pass:in-time',
      iss: 'pass:matches',
      aud: 'pass:matches',
      nonce: 'pass:matches',
      typ: 'pass:matches',
      alg: 'pass:allowed',
      at_hash: 'pass:matches',
      c_hash: 'fail:differs',
    });
    const code = await runValidation(
      token(ID_TOKEN),
      { hashInput: 'Qcb0Orv1zh30vL1MPRsbm-diHiMwcLyZvn1arpZv-Jxf_11jnpEX3Tgfvk' },
      PINNED_NOW,
    );
    expect(byId(code)).toMatchObject({ at_hash: 'fail:differs', c_hash: 'pass:matches' });
  });

  it('fails what a careful server refuses', () => {
    const bad = {
      ...ID_TOKEN,
      iss: 'https://evil.example',
      aud: 'other',
      nonce: 'x',
      exp: PINNED_NOW_S,
      nbf: PINNED_NOW_S + 120,
      iat: PINNED_NOW_S + 120,
    };
    const checks = checkClaims(
      token(bad, '{"alg":"HS256","typ":"at+jwt"}'),
      { iss: 'https://server.example.com', aud: 's6BhdRkqt3', nonce: 'n', typ: 'JWT', algs: 'RS256' },
      PINNED_NOW,
    );
    expect(byId(checks)).toEqual({
      exp: 'fail:expired',
      nbf: 'fail:not-yet-valid',
      iat: 'fail:issued-in-future',
      iss: 'fail:differs',
      aud: 'fail:differs',
      nonce: 'fail:differs',
      typ: 'fail:differs',
      alg: 'fail:not-allowed',
    });
  });

  it('reads typ as RFC 7515 section 4.1.9 says: any case, application/ implied', () => {
    const checks = checkClaims(
      token({}, '{"alg":"RS256","typ":"application/AT+JWT"}'),
      { typ: 'at+jwt' },
      PINNED_NOW,
    );
    expect(byId(checks).typ).toBe('pass:matches');
  });

  it('applies the leeway', () => {
    const checks = checkClaims(
      token({ exp: PINNED_NOW_S - 30, nbf: PINNED_NOW_S + 30, iat: PINNED_NOW_S + 30 }),
      {},
      PINNED_NOW,
      60,
    );
    expect(byId(checks)).toMatchObject({ exp: 'pass:in-time', nbf: 'pass:in-time', iat: 'pass:in-time' });
  });

  it('skips what it has nothing to check against, and fails a missing expected claim', async () => {
    const checks = await runValidation(token({ sub: 'a' }), { iss: 'https://a' }, PINNED_NOW);
    expect(byId(checks)).toEqual({
      exp: 'skip:absent',
      nbf: 'skip:absent',
      iat: 'skip:absent',
      iss: 'fail:missing',
      aud: 'skip:no-expectation',
      nonce: 'skip:no-expectation',
      typ: 'skip:no-expectation',
      alg: 'skip:no-expectation',
      at_hash: 'skip:absent',
      c_hash: 'skip:absent',
    });
    const noInput = await runValidation(token(ID_TOKEN), {}, PINNED_NOW);
    expect(byId(noInput)).toMatchObject({ at_hash: 'skip:no-input', c_hash: 'skip:no-input' });
  });

  it('skips the claims of an encrypted token', async () => {
    const checks = await runValidation(
      decodeToken('eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..AAAA.AAAA.AAAA'),
      { algs: 'dir' } satisfies Expectations,
      PINNED_NOW,
    );
    expect(byId(checks)).toMatchObject({
      exp: 'skip:no-claims',
      alg: 'pass:allowed',
      at_hash: 'skip:no-claims',
    });
  });
});

describe('an aud list cut down for the page (a huge token decoded off the main thread)', () => {
  const audiences = Array.from({ length: 5000 }, (_, i) => `aud-${String(i)}`);
  const cut = toViewDecoded(token({ ...ID_TOKEN, aud: audiences }));
  const check = (aud: string) =>
    checkClaims(cut, { iss: '', aud, nonce: '', typ: '', algs: '' }, PINNED_NOW).find((c) => c.id === 'aud');

  it('passes for an audience among those kept, and cannot fail for one that may be among the rest', () => {
    expect(check('aud-3')?.status).toBe('pass');
    expect(check('aud-4999')).toMatchObject({ status: 'skip', reason: 'not-all-read', found: '4000' });
  });

  it('a failed check on a whole long list names the first 20 audiences and counts the rest', () => {
    const whole = checkClaims(
      token({ ...ID_TOKEN, aud: audiences }),
      { iss: '', aud: 'api', nonce: '', typ: '', algs: '' },
      PINNED_NOW,
    ).find((c) => c.id === 'aud');
    expect(whole).toMatchObject({ status: 'fail', reason: 'differs' });
    expect(whole?.found).toMatch(/^aud-0, aud-1, .*aud-19 and 4980 more$/);
  });
});

describe('describeCheck', () => {
  const EXAMPLES: Record<CheckReason, Check> = {
    'in-time': { id: 'exp', status: 'pass', reason: 'in-time', at: 0 },
    matches: { id: 'iss', status: 'pass', reason: 'matches', expected: 'a', found: 'a' },
    allowed: { id: 'alg', status: 'pass', reason: 'allowed', expected: 'RS256', found: 'RS256' },
    expired: { id: 'exp', status: 'fail', reason: 'expired', at: 0 },
    'not-yet-valid': { id: 'nbf', status: 'fail', reason: 'not-yet-valid', at: 0 },
    'issued-in-future': { id: 'iat', status: 'fail', reason: 'issued-in-future', at: 0 },
    missing: { id: 'aud', status: 'fail', reason: 'missing', expected: 'api' },
    unreadable: { id: 'exp', status: 'fail', reason: 'unreadable' },
    differs: { id: 'nonce', status: 'fail', reason: 'differs', expected: 'a', found: 'b' },
    'not-allowed': { id: 'alg', status: 'fail', reason: 'not-allowed', expected: 'RS256', found: 'none' },
    absent: { id: 'nbf', status: 'skip', reason: 'absent' },
    'no-expectation': { id: 'iss', status: 'skip', reason: 'no-expectation' },
    'no-input': { id: 'c_hash', status: 'skip', reason: 'no-input' },
    'no-claims': { id: 'exp', status: 'skip', reason: 'no-claims' },
    'no-hash': { id: 'at_hash', status: 'skip', reason: 'no-hash', found: 'none' },
    'not-all-read': { id: 'aud', status: 'skip', reason: 'not-all-read', expected: 'api', found: '4000' },
  };
  it.each(Object.values(EXAMPLES))('$reason has words', (check) => {
    expect(describeCheck(check)).toMatch(/^\S.*\.$/);
    expect(describeCheck(check)).not.toContain('undefined');
  });
});
