import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, RAISED_LIMITS } from '../core/limits';
import { compact, HS256_HEADER } from '../core/testing/build-token';
import { decodeToken, type DecodedToken } from '../core/token/decode';
import type { Limits } from '../core/limits';
import type { DecodeEngine } from '../engine/decode-engine';
import { createLazyVerifyEngine } from '../engine/verify-engine';
import { selectDecoded } from './selectors/document';
import { selectKeyKind } from './selectors/key';
import { selectVerifyStatus, selectVerifyText } from './selectors/verify';
import { selectShownPayload } from './selectors/token';
import { testStore, until } from './testing';

/** A decode engine that answers later, when the test says, and records the limits it was asked to use. */
function laterEngine() {
  const asked: { text: string; limits: Limits; answer: () => void }[] = [];
  const engine: DecodeEngine = {
    decode: (text, limits = DEFAULT_LIMITS) =>
      new Promise<DecodedToken>((resolve) => {
        asked.push({ text, limits, answer: () => resolve(decodeToken(text, limits)) });
      }),
  };
  return { engine, asked };
}

describe('limits in the store', () => {
  it('a token over the limit is refused; raising the limit decodes the same text again, and decodes it', () => {
    const store = testStore();
    const big = compact(HS256_HEADER, JSON.stringify({ sub: 'x'.repeat(DEFAULT_LIMITS.tokenChars) }));
    store.getState().setTokenText(big, 'user');
    expect(selectDecoded(store.getState()).errors[0]?.code).toBe('TOKEN_TOO_LARGE');
    store.getState().raiseTokenLimit();
    expect(store.getState().limits.tokenChars).toBe(RAISED_LIMITS.tokenChars);
    expect(selectDecoded(store.getState()).errors).toEqual([]);
    expect(selectShownPayload(store.getState())).toMatchObject({ kind: 'json' });
  });

  it('an answer decoded under the old limits is dropped once they are raised', async () => {
    const { engine, asked } = laterEngine();
    const store = testStore(undefined, engine);
    store.getState().setTokenText('a.b.c', 'user');
    store.getState().raiseTokenLimit();
    expect(asked.map((a) => a.limits.tokenChars)).toEqual([
      DEFAULT_LIMITS.tokenChars,
      RAISED_LIMITS.tokenChars,
    ]);
    asked[0]?.answer();
    await new Promise((r) => setTimeout(r, 0));
    expect(selectDecoded(store.getState()).input).not.toBe('a.b.c');
    asked[1]?.answer();
    expect(await until(() => selectDecoded(store.getState()).input === 'a.b.c')).toBe(true);
  });
});

describe('the key size limit in the store', () => {
  it('key text over the limit is not kept: the key is empty, and its kind says why', async () => {
    // The real key reading and verification: a kept key is read and checked.
    const store = testStore(createLazyVerifyEngine());
    store.getState().setKeyText('k'.repeat(DEFAULT_LIMITS.keyChars + 1));
    const key = store.getState().documents.main.key;
    expect(key.text).toBe('');
    expect(key.refused).toEqual({ found: DEFAULT_LIMITS.keyChars + 1, limit: DEFAULT_LIMITS.keyChars });
    expect(selectKeyKind(store.getState())).toEqual({
      ok: false,
      text: expect.stringContaining('over the 1 MB limit') as unknown,
    });
    // The verdict says the key cannot be used, and why: not "no key given".
    store.getState().setTokenText(compact(HS256_HEADER, '{"sub":"a"}'));
    expect(selectVerifyStatus(store.getState())).toBe('error');
    expect(selectVerifyText(store.getState())).toContain('over the 1 MB limit');
    store.getState().setKeyText('a-secret');
    expect(store.getState().documents.main.key).toEqual({ text: 'a-secret', encoding: 'utf8' });
    expect(await until(() => selectVerifyStatus(store.getState()) === 'invalid')).toBe(true);
  });
});
