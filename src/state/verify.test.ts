import { describe, expect, it } from 'vitest';
import type { Verdict } from '../core/jws/verify';
import { readKeyText } from '../core/keys/read';
import type { DecodedToken } from '../core/token/decode';
import type { VerifyEngine } from '../engine/verify-engine';
import {
  SHOWN_CANDIDATES,
  selectCurrentVerdict,
  selectReadiness,
  selectShownCandidates,
  selectVerifyStatus,
} from './selectors/verify';
import { selectKeyKind } from './selectors/key';
import { testStore, until } from './testing';

/** A verification engine whose verdicts the test releases by hand, in any order; keys are read for real. */
function handEngine(): { engine: VerifyEngine; pending: Map<string, (v: Verdict) => void> } {
  const pending = new Map<string, (v: Verdict) => void>();
  const engine: VerifyEngine = {
    readKey: (text, encoding) => readKeyText(text, encoding),
    verify: (decoded: DecodedToken) => new Promise<Verdict>((resolve) => pending.set(decoded.input, resolve)),
  };
  return { engine, pending };
}

const b64 = (s: string): string => btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const tokenA = `${b64('{"alg":"HS256"}')}.${b64('{"sub":"a"}')}.c2ln`;
const tokenB = `${b64('{"alg":"HS256"}')}.${b64('{"sub":"b"}')}.c2ln`;
// Fake verdicts: only their status and identity matter to the store.
// Told apart by the encoding they name.
const answer = (status: 'verified' | 'invalid', label: 'base64' | 'hex'): Verdict => {
  const checked = { alg: 'HS256', key: { kind: 'secret', encoding: label }, candidates: [] } as const;
  return status === 'verified'
    ? { status, code: 'VERIFIED', ...checked }
    : { status, code: 'SIGNATURE_MISMATCH', tried: 1, ...checked };
};

describe('verification in the store', () => {
  it('drops the answer for older input when two checks resolve out of order', async () => {
    const { engine, pending } = handEngine();
    const store = testStore(engine);
    store.getState().setTokenText(tokenA);
    store.getState().setKeyText('secret');
    expect(selectVerifyStatus(store.getState())).toBe('checking');
    store.getState().setTokenText(tokenB);
    expect(await until(() => pending.has(tokenA) && pending.has(tokenB))).toBe(true);
    pending.get(tokenB)?.(answer('invalid', 'base64'));
    expect(await until(() => selectCurrentVerdict(store.getState()) !== undefined)).toBe(true);
    pending.get(tokenA)?.(answer('verified', 'hex'));
    await new Promise((r) => setTimeout(r, 20));
    expect(selectCurrentVerdict(store.getState())).toMatchObject({ key: { encoding: 'base64' } });
    expect(selectVerifyStatus(store.getState())).toBe('invalid');
  });

  it('never shows the previous verdict while the check for new input is in flight', async () => {
    const { engine, pending } = handEngine();
    const store = testStore(engine);
    store.getState().setTokenText(tokenA);
    store.getState().setKeyText('secret');
    expect(await until(() => pending.has(tokenA))).toBe(true);
    pending.get(tokenA)?.(answer('verified', 'hex'));
    expect(await until(() => selectVerifyStatus(store.getState()) === 'verified')).toBe(true);
    store.getState().setKeyText('other secret');
    expect(selectVerifyStatus(store.getState())).toBe('checking');
    expect(selectCurrentVerdict(store.getState())).toBeUndefined();
  });

  it('describes the key even while the token cannot be decoded', async () => {
    const { engine, pending } = handEngine();
    const store = testStore(engine);
    store.getState().setTokenText('not a token');
    store.getState().setKeyText('secret');
    expect(await until(() => selectKeyKind(store.getState()) !== undefined)).toBe(true);
    expect(selectKeyKind(store.getState())?.ok).toBe(true);
    expect(selectVerifyStatus(store.getState())).toBe('idle');
    expect(pending.size).toBe(0);
  });

  it('says error for an alg no key can verify (None), with or without a key, and checks nothing', () => {
    const { engine, pending } = handEngine();
    const store = testStore(engine);
    store.getState().setTokenText(`${b64('{"alg":"None"}')}.${b64('{}')}.c2ln`);
    expect(selectVerifyStatus(store.getState())).toBe('error');
    expect(selectReadiness(store.getState())).toEqual({
      kind: 'refused',
      refusal: { code: 'ALG_UNSUPPORTED', alg: 'None' },
    });
    store.getState().setKeyText('secret');
    expect(selectVerifyStatus(store.getState())).toBe('error');
    expect(pending.size).toBe(0);
  });

  it('lists the keys worth reading of a huge JWKS and counts the rest', async () => {
    const { engine, pending } = handEngine();
    const store = testStore(engine);
    store.getState().setTokenText(tokenA);
    store.getState().setKeyText('secret');
    expect(await until(() => pending.has(tokenA))).toBe(true);
    const candidates: Verdict['candidates'] = [
      ...Array.from({ length: 4998 }, (_, i) => ({
        key: { kind: 'jwks', index: i } as const,
        outcome: 'skipped' as const,
        because: 'kid-differs' as const,
        tokenKid: 'k',
      })),
      { key: { kind: 'jwks', index: 4998 }, outcome: 'skipped', because: 'use-enc' },
      { key: { kind: 'jwks', index: 4999 }, outcome: 'matched', because: 'matched' },
    ];
    pending.get(tokenA)?.({ ...answer('verified', 'hex'), candidates });
    expect(await until(() => selectVerifyStatus(store.getState()) === 'verified')).toBe(true);
    const shown = selectShownCandidates(store.getState());
    expect(shown.shown.length).toBe(SHOWN_CANDIDATES);
    expect(shown.shown.map((c) => c.label).slice(0, 2)).toEqual(['key 1 of the JWKS', 'key 2 of the JWKS']);
    expect(shown.shown.map((c) => c.label)).toContain('key 5000 of the JWKS');
    expect(shown.shown.map((c) => c.label)).toContain('key 4999 of the JWKS');
    expect(shown.hiddenCount).toBe(5000 - SHOWN_CANDIDATES);
    expect(shown.hidden).toEqual({ 'kid-differs': 5000 - SHOWN_CANDIDATES });
  });

  it('is idle without a key, and starts no check', () => {
    const store = testStore();
    store.getState().setTokenText(tokenA);
    expect(selectVerifyStatus(store.getState())).toBe('idle');
  });

  it('keeps two documents apart: a key on one does not check the other', async () => {
    const { engine, pending } = handEngine();
    const store = testStore(engine);
    store.setState((s) => ({
      documents: { ...s.documents, compare: { ...s.documents.main, id: 'compare' } },
    }));
    store.getState().setTokenText(tokenB, 'user', 'compare');
    store.getState().setTokenText(tokenA);
    store.getState().setKeyText('secret', 'compare');
    expect(await until(() => pending.has(tokenB))).toBe(true);
    expect(pending.has(tokenA)).toBe(false);
    expect(selectVerifyStatus(store.getState())).toBe('idle');
  });
});
