import { describe, expect, it } from 'vitest';
import { compact, HS256_HEADER } from '../core/testing/build-token';
import { decodeToken, type DecodedToken } from '../core/token/decode';
import type { DecodeEngine } from '../engine/decode-engine';
import { selectDecoded } from './selectors/document';
import { testStore, until } from './testing';
import { selectDecodedOnScreen, whenDecoded } from './when-decoded';

/** A decode engine whose answers wait until the test lets them go, as a worker's do. */
function heldDecodes(): { engine: DecodeEngine; release: () => void } {
  let waiting: (() => void)[] = [];
  return {
    engine: {
      decode: (text) =>
        new Promise<DecodedToken>((resolve) => waiting.push(() => resolve(decodeToken(text)))),
    },
    release: () => {
      const now = waiting;
      waiting = [];
      for (const answer of now) answer();
    },
  };
}

const FIRST = compact(HS256_HEADER, '{"sub":"first"}');
const SECOND = compact(HS256_HEADER, '{"sub":"second"}');

describe('whenDecoded: the decode of the token on screen, for what acts on it', () => {
  it('waits for the decode on its way, not the one on hand, which is the text before', async () => {
    const { engine, release } = heldDecodes();
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
