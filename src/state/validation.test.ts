import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createInlineDecodeEngine, type DecodeEngine } from '../engine/decode-engine';
import {
  selectClaimChecks,
  selectTokenHashChecks,
  selectValidationChecks,
  type CheckView,
} from './selectors/validation';
import { testStore, until } from './testing';

const b64 = (s: string): string => Buffer.from(s).toString('base64url');
const token = (payload: object, header = '{"alg":"RS256","typ":"JWT"}'): string =>
  `${b64(header)}.${b64(JSON.stringify(payload))}.c2ln`;
/** OpenID Connect Core 3.1.3.6, computed here with node:crypto, not by the code under test. */
const halfHash = (value: string): string =>
  createHash('sha256').update(value, 'ascii').digest().subarray(0, 16).toString('base64url');

const NOW = Date.UTC(2026, 10, 25, 10, 0, 0);
const NOW_S = NOW / 1000;
const ACCESS_TOKEN = 'ya29.a0AfH6SMBx-access-token';
const CODE = 'SplxlOBeZQQYbYS6WxSbIA';
const ID_TOKEN = token({
  iss: 'https://accounts.example.com',
  aud: ['client-1', 'other'],
  nonce: 'n-0S6',
  iat: NOW_S - 60,
  exp: NOW_S + 600,
  at_hash: halfHash(ACCESS_TOKEN),
  c_hash: halfHash(CODE),
});

function storeWith(text: string, decode?: DecodeEngine) {
  const store = testStore(undefined, decode);
  store.getState().pinNow(NOW, NOW);
  store.getState().setTokenText(text);
  return store;
}

const statuses = (views: readonly CheckView[]) => Object.fromEntries(views.map((v) => [v.id, v.status]));

describe('validation', () => {
  it('skips every check when nothing is expected, and lists the ten in the contract order', async () => {
    const store = storeWith(token({ sub: 'a' }));
    await until(() => selectValidationChecks(store.getState()).length === 10);
    const checks = selectValidationChecks(store.getState());
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
    expect(checks.every((c) => c.status === 'skip')).toBe(true);
    expect(checks.every((c) => c.text !== '')).toBe(true);
  });

  it('passes an ID token that meets every expectation, and fails wrong values', async () => {
    const store = storeWith(ID_TOKEN);
    const set = store.getState().setExpectation;
    set('iss', 'https://accounts.example.com');
    set('aud', 'client-1');
    set('nonce', 'n-0S6');
    set('typ', 'JWT');
    set('algs', 'ES256, RS256');
    set('hashInput', ACCESS_TOKEN);
    await until(() => selectTokenHashChecks(store.getState()).length === 2);
    expect(statuses(selectValidationChecks(store.getState()))).toEqual({
      exp: 'pass',
      nbf: 'skip',
      iat: 'pass',
      iss: 'pass',
      aud: 'pass',
      nonce: 'pass',
      typ: 'pass',
      alg: 'pass',
      at_hash: 'pass',
      c_hash: 'fail',
    });

    set('iss', 'https://evil.example.com');
    set('aud', 'client-2');
    set('nonce', 'n-other');
    set('typ', 'at+jwt');
    set('algs', 'HS256');
    set('hashInput', CODE);
    expect(selectTokenHashChecks(store.getState())).toEqual([]);
    await until(() => selectTokenHashChecks(store.getState()).length === 2);
    expect(statuses(selectValidationChecks(store.getState()))).toMatchObject({
      iss: 'fail',
      aud: 'fail',
      nonce: 'fail',
      typ: 'fail',
      alg: 'fail',
      at_hash: 'fail',
      c_hash: 'pass',
    });
  });

  it('judges time at the store now with its leeway', () => {
    const store = storeWith(token({ exp: NOW_S - 30 }));
    expect(statuses(selectClaimChecks(store.getState())).exp).toBe('fail');
    store.getState().setLeewayInput('60');
    expect(statuses(selectClaimChecks(store.getState())).exp).toBe('pass');
    store.getState().pinNow(NOW + 60_000, NOW);
    expect(statuses(selectClaimChecks(store.getState())).exp).toBe('fail');
  });

  it('gives the same array for the same inputs, and for a tick that changes no outcome', () => {
    const store = storeWith(ID_TOKEN);
    const first = selectClaimChecks(store.getState());
    expect(selectClaimChecks(store.getState())).toBe(first);
    store.getState().pinNow(NOW + 1000, NOW);
    expect(selectClaimChecks(store.getState())).toBe(first);
    store.getState().setExpectation('iss', 'x');
    expect(selectClaimChecks(store.getState())).not.toBe(first);
  });

  it('drops a hash answer for a token no longer on screen', async () => {
    // A decode engine that answers later, so the first token's hash check starts before the second arrives.
    const inline = createInlineDecodeEngine();
    const slow: DecodeEngine = {
      decode: (text) => new Promise((resolve) => setTimeout(() => resolve(inline.decode(text)), 5)),
    };
    const store = storeWith(ID_TOKEN, slow);
    store.getState().setExpectation('hashInput', ACCESS_TOKEN);
    await until(() => selectTokenHashChecks(store.getState()).length === 2);
    expect(statuses(selectTokenHashChecks(store.getState())).at_hash).toBe('pass');
    store.getState().setTokenText(token({ sub: 'b' }));
    // The old answer is not shown for the new token, even while its decode is in flight.
    expect(selectTokenHashChecks(store.getState())).toEqual([]);
    await until(() => selectTokenHashChecks(store.getState()).length === 2);
    expect(statuses(selectTokenHashChecks(store.getState()))).toEqual({ at_hash: 'skip', c_hash: 'skip' });
    expect(store.getState().tokenHashChecks?.stamp.tokenText).toBe(store.getState().documents.main.text);
  });
});
