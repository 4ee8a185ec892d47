import { describe, expect, it } from 'vitest';
import { compact, HS256_HEADER } from '../core/testing/build-token';
import type { DecodedToken } from '../core/token/decode';
import { selectDecoded } from './selectors/document';
import { selectVerifyStatus } from './selectors/verify';
import { heldDecodeEngine, testStore, until, verifiesOnly } from './testing';
import { selectDecodedOnScreen, whenDecoded } from './when-decoded';

const FIRST = compact(HS256_HEADER, '{"sub":"first"}');
const SECOND = compact(HS256_HEADER, '{"sub":"second"}');

describe('whenDecoded: the decode of the token on screen, for what acts on it', () => {
  it('waits for the decode on its way, not the one on hand, which is the text before', async () => {
    const { engine, release } = heldDecodeEngine();
    const store = testStore(undefined, engine);
    store.getState().setTokenText(FIRST);
    release();
    expect(await until(() => selectDecodedOnScreen(store.getState()) !== undefined)).toBe(true);
    expect(selectDecodedOnScreen(store.getState())?.input).toBe(FIRST);

    store.getState().setTokenText(SECOND);
    // The decode on hand is still the first token's.
    expect(selectDecoded(store.getState()).input).toBe(FIRST);
    expect(selectDecodedOnScreen(store.getState())).toBeUndefined();
    let answered: DecodedToken | undefined;
    void whenDecoded(store).then((d) => (answered = d));
    await new Promise((r) => setTimeout(r, 10));
    expect(answered).toBeUndefined();
    release();
    await new Promise((r) => setTimeout(r, 10));
    expect(answered?.input).toBe(SECOND);
  });

  it('answers at once when the decode on hand is the token on screen', async () => {
    const store = testStore();
    store.getState().setTokenText(FIRST);
    expect((await whenDecoded(store)).input).toBe(FIRST);
  });
});

describe('a new choice among the tokens found in a text, while its decode is on its way', () => {
  const A = compact(HS256_HEADER, '{"sub":"a"}');
  const B = compact(HS256_HEADER, '{"sub":"b"}');
  const TEXT = `Authorization: Bearer ${A}\nAuthorization: Bearer ${B}`;

  it('never shows the verdict of the token chosen before as the new one’s, even when the key changes meanwhile', async () => {
    const { engine, release } = heldDecodeEngine();
    const store = testStore(verifiesOnly(A), engine);
    store.getState().setTokenText(TEXT);
    release();
    store.getState().setKeyText('a-secret');
    expect(await until(() => selectVerifyStatus(store.getState()) === 'verified')).toBe(true);

    store.getState().chooseFoundToken(1);
    // The decode on hand is still token A's: nothing acts on it as the token on screen.
    expect(selectDecoded(store.getState()).cleaned.token).toBe(A);
    expect(selectDecodedOnScreen(store.getState())).toBeUndefined();
    store.getState().setKeyText('another-secret');
    await new Promise((r) => setTimeout(r, 20));
    expect(selectVerifyStatus(store.getState())).not.toBe('verified');

    release();
    expect(await until(() => selectVerifyStatus(store.getState()) === 'invalid')).toBe(true);
    expect((await whenDecoded(store)).cleaned.token).toBe(B);
  });
});
