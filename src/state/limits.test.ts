import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, RAISED_LIMITS } from '../core/limits';
import { b64u, compact, HS256_HEADER } from '../core/testing/build-token';
import { createLazyVerifyEngine } from '../engine/verify-engine';
import { selectDecoded } from './selectors/document';
import { selectKeyControls, selectKeyKind, selectRaiseKeyLimit } from './selectors/key';
import { SAMPLE_SECRET, SAMPLE_TOKEN } from './sample';
import { selectVerifyStatus, selectVerifyText } from './selectors/verify';
import { selectShownPayload } from './selectors/token';
import { heldDecodeEngine, testStore, until } from './testing';

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
    const { engine, asked } = heldDecodeEngine();
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
    expect(key.refused).toMatchObject({ found: DEFAULT_LIMITS.keyChars + 1, limit: DEFAULT_LIMITS.keyChars });
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

  it('raising the key limit reads the refused key text without a second paste, and the token verifies', async () => {
    const secret = `${'s'.repeat(DEFAULT_LIMITS.keyChars)}-and-more`;
    const input = `${b64u(HS256_HEADER)}.${b64u('{"sub":"big-secret"}')}`;
    const token = `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
    const store = testStore(createLazyVerifyEngine());
    store.getState().setTokenText(token);
    store.getState().setKeyText(secret);
    expect(store.getState().documents.main.key.text).toBe('');
    expect(selectRaiseKeyLimit(store.getState())).toBe('Raise the limit to 2 MB and read the key');
    expect(selectVerifyStatus(store.getState())).toBe('error');
    store.getState().raiseKeyLimit();
    expect(store.getState().limits.keyChars).toBe(RAISED_LIMITS.keyChars);
    expect(store.getState().documents.main.key).toEqual({ text: secret, encoding: 'utf8' });
    expect(selectRaiseKeyLimit(store.getState())).toBeUndefined();
    expect(await until(() => selectVerifyStatus(store.getState()) === 'verified')).toBe(true);
    expect(selectVerifyText(store.getState())).toContain('Signature verified with the secret');
    // Other key text over the old limit is now kept at once.
    store.getState().setKeyText(`${secret}!`);
    expect(store.getState().documents.main.key.text).toBe(`${secret}!`);
  });

  it('key text over even the raised limit is not offered a raise; raising anyway keeps it refused, against the new limit', () => {
    const store = testStore();
    store.getState().setTokenText(SAMPLE_TOKEN, 'sample');
    expect(selectKeyControls(store.getState()).sampleSecret).toBe(SAMPLE_SECRET);
    const huge = 'k'.repeat(RAISED_LIMITS.keyChars + 1);
    store.getState().setKeyText(huge);
    expect(selectRaiseKeyLimit(store.getState())).toBeUndefined();
    // A key was given, only not read: the sample's secret is not offered over it.
    expect(selectKeyControls(store.getState()).sampleSecret).toBeUndefined();
    store.getState().raiseKeyLimit();
    expect(store.getState().documents.main.key.text).toBe('');
    expect(store.getState().documents.main.key.refused).toMatchObject({
      found: RAISED_LIMITS.keyChars + 1,
      limit: RAISED_LIMITS.keyChars,
    });
    expect(selectKeyKind(store.getState())?.text).toContain('over the 2 MB limit');
  });
});
