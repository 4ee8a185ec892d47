import { describe, expect, it } from 'vitest';
import { b64u } from '../core/testing/build-token';
import { createInlineDecodeEngine, type DecodeEngine } from '../engine/decode-engine';
import type { VerifyEngine } from '../engine/verify-engine';
import { TYPED_LATER_MIN_CHARS } from './typing-slice';
import { selectTokenText, tokenIdentity } from './selectors/document';
import { selectVerifyStatus } from './selectors/verify';
import { QUIET_KNOWN_SECRET_ENGINE, testStore, UNUSED_SIGN_ENGINE, until, verifiesOnly } from './testing';

/** A token whose payload makes it at least `chars` long (a fake signature: the verify engine here is a fake). */
function bigToken(chars: number, sub = 'a'): string {
  const payload = JSON.stringify({ sub, note: 'x'.repeat(chars) });
  return `${b64u('{"alg":"HS256"}')}.${b64u(payload)}.c2lnbmF0dXJl`;
}

/** A paint the test makes happen: the steps planned for after it wait until `paint()`. */
function paints(): { afterPaint: (run: () => void) => void; paint: () => void; planned: () => number } {
  let steps: (() => void)[] = [];
  return {
    afterPaint: (run) => steps.push(run),
    paint: () => {
      const now = steps;
      steps = [];
      for (const step of now) step();
    },
    planned: () => steps.length,
  };
}

/** A decode engine that counts the texts it decodes. */
function countingDecode(): { engine: DecodeEngine; decoded: string[] } {
  const inline = createInlineDecodeEngine();
  const decoded: string[] = [];
  return {
    engine: { decode: (text, limits, choice) => (decoded.push(text), inline.decode(text, limits, choice)) },
    decoded,
  };
}

/** A store with inline decoding whose typed text waits for `frame.paint()`. */
function storeWithFrames(
  frame: ReturnType<typeof paints>,
  verify?: VerifyEngine,
  decode: DecodeEngine = createInlineDecodeEngine(),
) {
  return testStore(verify, decode, UNUSED_SIGN_ENGINE, QUIET_KNOWN_SECRET_ENGINE, frame.afterPaint);
}

describe('typing in a big token', () => {
  const token = bigToken(TYPED_LATER_MIN_CHARS);
  // A keystroke that changes the signature's last character.
  const typed = `${token.slice(0, -1)}Z`;

  it('shows no verdict for the token before the keystroke, and takes the text after the paint', async () => {
    const frame = paints();
    const store = storeWithFrames(frame, verifiesOnly(token));
    store.getState().setTokenText(token);
    store.getState().setKeyText('secret');
    expect(await until(() => selectVerifyStatus(store.getState()) === 'verified')).toBe(true);

    store.getState().typeTokenText(typed);
    const waiting = store.getState();
    // Not taken yet: the decode is still the old text's, but the token on screen is the typed one.
    expect(waiting.documents.main.text).toBe(token);
    expect(waiting.documents.main.decoded.text).toBe(token);
    expect(selectTokenText(waiting)).toBe(typed);
    expect(tokenIdentity(waiting.documents.main)).toBe(typed);
    expect(selectVerifyStatus(waiting)).toBe('checking');

    frame.paint();
    expect(store.getState().documents.main.text).toBe(typed);
    expect(store.getState().documents.main.typed).toBeUndefined();
    expect(store.getState().documents.main.decoded.text).toBe(typed);
    expect(await until(() => selectVerifyStatus(store.getState()) === 'invalid')).toBe(true);
  });

  it('takes the keystrokes typed before the paint together, and decodes only the last text', () => {
    const frame = paints();
    const counting = countingDecode();
    const store = storeWithFrames(frame, undefined, counting.engine);
    store.getState().setTokenText(token);
    counting.decoded.length = 0;
    store.getState().typeTokenText(`${token}A`);
    store.getState().typeTokenText(`${token}AB`);
    store.getState().typeTokenText(`${token}ABC`);
    expect(frame.planned()).toBe(1);
    expect(counting.decoded).toEqual([]);
    frame.paint();
    expect(store.getState().documents.main.text).toBe(`${token}ABC`);
    expect(counting.decoded).toEqual([`${token}ABC`]);
  });

  it('takes the typed text first when anything else changes the document before the paint', () => {
    const frame = paints();
    const store = storeWithFrames(frame);
    store.getState().setTokenText(token);
    store.getState().typeTokenText(typed);
    // A key change is a change of the token on screen's document: the typed text is taken with it.
    store.getState().setSecretEncoding('hex');
    expect(store.getState().documents.main.text).toBe(typed);
    expect(store.getState().documents.main.typed).toBeUndefined();
    expect(store.getState().documents.main.decoded.text).toBe(typed);
    expect(store.getState().documents.main.key.encoding).toBe('hex');
    // A new text (a fix, an example, Clear) replaces it; the planned step then changes nothing.
    store.getState().typeTokenText(`${typed}B`);
    store.getState().setTokenText('', 'user');
    frame.paint();
    expect(store.getState().documents.main.text).toBe('');
    expect(selectTokenText(store.getState())).toBe('');
  });

  it('takes text typed in a short token at once, and any text at once without a paint to wait for', () => {
    const frame = paints();
    const store = storeWithFrames(frame);
    const short = bigToken(10);
    store.getState().setTokenText(short);
    store.getState().typeTokenText(`${short}A`);
    expect(store.getState().documents.main.text).toBe(`${short}A`);
    // From a short token to a big one (a paste typed over it) is taken at once too.
    store.getState().typeTokenText(token);
    expect(store.getState().documents.main.text).toBe(token);
    expect(frame.planned()).toBe(0);

    const atOnce = testStore();
    atOnce.getState().setTokenText(token);
    atOnce.getState().typeTokenText(typed);
    expect(atOnce.getState().documents.main.text).toBe(typed);
    expect(atOnce.getState().documents.main.typed).toBeUndefined();
  });
});
