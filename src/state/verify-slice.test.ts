import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Verdict } from '../core/jws/verify';
import type { DecodedToken } from '../core/token/decode';
import {
  SHOWN_CANDIDATES,
  selectCurrentVerdict,
  selectKeyKind,
  selectReadiness,
  selectShownCandidates,
  selectVerifyStatus,
} from './selectors';
import { resetStore, useAppStore } from './store';
import { replaceVerifyEngine } from './verify-slice';

// The verification engine is replaced by one whose answers the test releases by hand, in any order.
const pending = new Map<string, (v: Verdict) => void>();
replaceVerifyEngine(async () => ({
  ...(await realEngine()),
  verifyToken: (decoded: DecodedToken) =>
    new Promise<Verdict>((resolve) => pending.set(decoded.input, resolve)),
}));

async function realEngine() {
  const [read, describe] = await Promise.all([import('../core/keys/read'), import('../core/keys/describe')]);
  return { readKeyText: read.readKeyText, describeReadKey: describe.describeReadKey };
}

const b64 = (s: string): string => btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const tokenA = `${b64('{"alg":"HS256"}')}.${b64('{"sub":"a"}')}.c2ln`;
const tokenB = `${b64('{"alg":"HS256"}')}.${b64('{"sub":"b"}')}.c2ln`;
const answer = (status: Verdict['status'], message: string): Verdict => ({
  status,
  code: 'VERIFIED',
  message,
  candidates: [],
});

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(condition()).toBe(true);
}

describe('verification in the store', () => {
  afterAll(() => replaceVerifyEngine(undefined));
  beforeEach(() => {
    resetStore();
    pending.clear();
  });

  it('drops the answer for older input when two checks resolve out of order', async () => {
    const store = useAppStore.getState();
    store.setTokenText(tokenA);
    store.setKeyText('secret');
    expect(selectVerifyStatus(useAppStore.getState())).toBe('checking');
    useAppStore.getState().setTokenText(tokenB);
    await until(() => pending.has(tokenA) && pending.has(tokenB));
    pending.get(tokenB)?.(answer('invalid', 'for B'));
    await until(() => selectCurrentVerdict(useAppStore.getState()) !== undefined);
    pending.get(tokenA)?.(answer('verified', 'for A'));
    await new Promise((r) => setTimeout(r, 20));
    expect(selectCurrentVerdict(useAppStore.getState())?.message).toBe('for B');
    expect(selectVerifyStatus(useAppStore.getState())).toBe('invalid');
  });

  it('never shows the previous verdict while the check for new input is in flight', async () => {
    useAppStore.getState().setTokenText(tokenA);
    useAppStore.getState().setKeyText('secret');
    await until(() => pending.has(tokenA));
    pending.get(tokenA)?.(answer('verified', 'for A'));
    await until(() => selectVerifyStatus(useAppStore.getState()) === 'verified');
    useAppStore.getState().setKeyText('other secret');
    expect(selectVerifyStatus(useAppStore.getState())).toBe('checking');
    expect(selectCurrentVerdict(useAppStore.getState())).toBeUndefined();
  });

  it('describes the key even while the token cannot be decoded', async () => {
    useAppStore.getState().setTokenText('not a token');
    useAppStore.getState().setKeyText('secret');
    await until(() => selectKeyKind(useAppStore.getState()) !== undefined);
    expect(selectKeyKind(useAppStore.getState())?.ok).toBe(true);
    expect(selectVerifyStatus(useAppStore.getState())).toBe('idle');
    expect(pending.size).toBe(0);
  });

  it('says error for an alg no key can verify (None), with or without a key, and checks nothing', () => {
    useAppStore.getState().setTokenText(`${b64('{"alg":"None"}')}.${b64('{}')}.c2ln`);
    expect(selectVerifyStatus(useAppStore.getState())).toBe('error');
    expect(selectReadiness(useAppStore.getState())).toEqual({
      kind: 'refused',
      refusal: { code: 'ALG_UNSUPPORTED', alg: 'None' },
    });
    useAppStore.getState().setKeyText('secret');
    expect(selectVerifyStatus(useAppStore.getState())).toBe('error');
    expect(pending.size).toBe(0);
  });

  it('lists the keys worth reading of a huge JWKS and counts the rest', async () => {
    useAppStore.getState().setTokenText(tokenA);
    useAppStore.getState().setKeyText('secret');
    await until(() => pending.has(tokenA));
    const candidates: Verdict['candidates'] = [
      ...Array.from({ length: 4998 }, (_, i) => ({
        label: `key ${i + 1}`,
        outcome: 'skipped' as const,
        because: 'kid-differs' as const,
        reason: 'kid differs',
      })),
      { label: 'key 4999', outcome: 'skipped', because: 'use-enc', reason: 'enc' },
      { label: 'key 5000', outcome: 'matched', because: 'matched', reason: 'matches' },
    ];
    pending.get(tokenA)?.({ ...answer('verified', 'ok'), candidates });
    await until(() => selectVerifyStatus(useAppStore.getState()) === 'verified');
    const shown = selectShownCandidates(useAppStore.getState());
    expect(shown.shown.length).toBe(SHOWN_CANDIDATES);
    expect(shown.shown.map((c) => c.label).slice(0, 2)).toEqual(['key 1', 'key 2']);
    expect(shown.shown.map((c) => c.label)).toContain('key 5000');
    expect(shown.shown.map((c) => c.label)).toContain('key 4999');
    expect(shown.hiddenCount).toBe(5000 - SHOWN_CANDIDATES);
    expect(shown.hidden).toEqual({ 'kid-differs': 5000 - SHOWN_CANDIDATES });
  });

  it('is idle without a key, and keeps the key out of any storage', () => {
    useAppStore.getState().setTokenText(tokenA);
    expect(selectVerifyStatus(useAppStore.getState())).toBe('idle');
    expect(pending.size).toBe(0);
  });
});
