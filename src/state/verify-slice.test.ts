import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Verdict } from '../core/jws/verify';
import type { DecodedToken } from '../core/token/decode';
import { selectCurrentVerdict, selectVerifyStatus } from './selectors';
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

  it('is idle without a key, and keeps the key out of any storage', () => {
    useAppStore.getState().setTokenText(tokenA);
    expect(selectVerifyStatus(useAppStore.getState())).toBe('idle');
    expect(pending.size).toBe(0);
  });
});
