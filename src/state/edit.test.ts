import { describe, expect, it } from 'vitest';
import { readKeyText } from '../core/keys/read';
import type { SignAnswer, SignEngine } from '../engine/sign-engine';
import type { VerifyEngine } from '../engine/verify-engine';
import { selectPaneError, selectPaneText, selectSignState } from './selectors/edit';
import { selectTokenText } from './selectors/document';
import { UNUSED_SIGN_ENGINE, testStore, until } from './testing';

const b64 = (s: string): string => Buffer.from(s).toString('base64url');
const TOKEN = `${b64('{"alg":"HS256","typ":"JWT"}')}.${b64('{"sub":"x","big":12345678901234567890}')}.old-sig`;

const readOnly: VerifyEngine = {
  readKey: (text, encoding) => readKeyText(text, encoding),
  verify: () => new Promise(() => undefined),
};

/** A signing engine whose answers the test gives by hand; it records each request. */
function handSigner(): {
  engine: SignEngine;
  requests: Array<{ input: string; alg: string; answer: (a: SignAnswer) => void }>;
} {
  const requests: Array<{ input: string; alg: string; answer: (a: SignAnswer) => void }> = [];
  const engine: SignEngine = {
    ...UNUSED_SIGN_ENGINE,
    sign: (input, alg) => new Promise<SignAnswer>((answer) => requests.push({ input, alg, answer })),
  };
  return { engine, requests };
}

const segments = (token: string): string[] => token.split('.');
const decodeSegment = (segment: string | undefined): string =>
  Buffer.from(segment ?? '', 'base64url').toString();

describe('editing in the store', () => {
  it('a valid edit re-encodes the token at once, faithfully, keeping the untouched part byte for byte', () => {
    const { engine } = handSigner();
    const store = testStore(readOnly, undefined, engine);
    store.getState().setTokenText(TOKEN);
    store.getState().editPart('payload', '{\n  "sub": "y",\n  "big": 12345678901234567890, "n": 3.0\n}');
    const [header, payload, signature] = segments(selectTokenText(store.getState()));
    expect(header).toBe(segments(TOKEN)[0]);
    expect(decodeSegment(payload)).toBe('{"sub":"y","big":12345678901234567890,"n":3.0}');
    // The old signature stays until a new one is made.
    expect(signature).toBe('old-sig');
    // The pane keeps the user's text, not a re-decoded one.
    expect(selectPaneText('payload')(store.getState())).toContain('\n  "sub": "y"');
  });

  it('keeps whitespace byte for byte when asked', () => {
    const store = testStore(readOnly, undefined, handSigner().engine);
    store.getState().setTokenText(TOKEN);
    store.getState().setKeepWhitespace(true);
    store.getState().editPart('payload', '{ "a" : 1 }');
    expect(decodeSegment(segments(selectTokenText(store.getState()))[1])).toBe('{ "a" : 1 }');
  });

  it('invalid JSON leaves the token as it was and marks the error in the pane', () => {
    const store = testStore(readOnly, undefined, handSigner().engine);
    store.getState().setTokenText(TOKEN);
    store.getState().editPart('payload', '{"sub": }');
    expect(selectTokenText(store.getState())).toBe(TOKEN);
    expect(selectPaneError('payload')(store.getState())).toMatchObject({ line: 1, from: 8 });
    expect(selectPaneText('payload')(store.getState())).toBe('{"sub": }');
  });

  it('signs the exact signing input, and drops the answer for an older edit', async () => {
    const { engine, requests } = handSigner();
    const store = testStore(readOnly, undefined, engine);
    store.getState().setTokenText(TOKEN);
    store.getState().setKeyText('secret');
    store.getState().editPart('payload', '{"v":1}');
    store.getState().editPart('payload', '{"v":2}');
    expect(await until(() => requests.length === 2)).toBe(true);
    expect(selectSignState(store.getState()).status).toBe('signing');
    requests[1]?.answer({ ok: true, signature: 'sig-2' });
    expect(await until(() => selectTokenText(store.getState()).endsWith('.sig-2'))).toBe(true);
    requests[0]?.answer({ ok: true, signature: 'sig-1' });
    await new Promise((r) => setTimeout(r, 20));
    const token = selectTokenText(store.getState());
    expect(token).toBe(`${requests[1]?.input ?? ''}.sig-2`);
    expect(decodeSegment(segments(token)[1])).toBe('{"v":2}');
    expect(selectSignState(store.getState()).status).toBe('signed');
  });

  it('with a key that cannot sign, keeps the old signature and says why', async () => {
    const signer: SignEngine = {
      ...UNUSED_SIGN_ENGINE,
      sign: () =>
        Promise.resolve({
          ok: false,
          failure: { code: 'PRIVATE_KEY_NEEDED', words: 'A private key is needed.' },
        }),
    };
    const store = testStore(readOnly, undefined, signer);
    store.getState().setTokenText(TOKEN);
    store.getState().setKeyText('secret');
    store.getState().editPart('payload', '{"v":1}');
    expect(await until(() => selectSignState(store.getState()).status === 'kept-signature')).toBe(true);
    expect(selectSignState(store.getState()).text).toBe('A private key is needed.');
    expect(segments(selectTokenText(store.getState()))[2]).toBe('old-sig');
  });

  it('changing the key alone never changes the token', async () => {
    const { engine, requests } = handSigner();
    const store = testStore(readOnly, undefined, engine);
    store.getState().setTokenText(TOKEN);
    store.getState().setKeyText('secret-one');
    store.getState().setKeyText('secret-two');
    store.getState().setSecretEncoding('hex');
    await new Promise((r) => setTimeout(r, 20));
    expect(requests).toEqual([]);
    expect(selectTokenText(store.getState())).toBe(TOKEN);
  });

  it('a key changed while signing keeps the old signature', async () => {
    const { engine, requests } = handSigner();
    const store = testStore(readOnly, undefined, engine);
    store.getState().setTokenText(TOKEN);
    store.getState().setKeyText('secret-one');
    store.getState().editPart('payload', '{"v":1}');
    expect(await until(() => requests.length === 1)).toBe(true);
    store.getState().setKeyText('secret-two');
    requests[0]?.answer({ ok: true, signature: 'made-with-one' });
    expect(await until(() => selectSignState(store.getState()).status === 'kept-signature')).toBe(true);
    expect(selectTokenText(store.getState())).not.toContain('made-with-one');
  });

  it('a key action the engine fails is said, never silent', async () => {
    const store = testStore(readOnly, undefined, {
      ...UNUSED_SIGN_ENGINE,
      generate: () => Promise.reject(new Error('refused')),
    });
    store.getState().setTokenText(TOKEN);
    store.getState().generateKey();
    expect(await until(() => store.getState().keyActionFailure !== undefined)).toBe(true);
    expect(store.getState().keyActionFailure?.code).toBe('INTERNAL');
    expect(selectTokenText(store.getState())).toBe(TOKEN);
  });

  it('alg none is produced only when chosen, with an empty signature and no signing', () => {
    const store = testStore(readOnly, undefined, UNUSED_SIGN_ENGINE);
    store.getState().setTokenText(TOKEN);
    store.getState().setAlg('none');
    const token = selectTokenText(store.getState());
    expect(token.endsWith('.')).toBe(true);
    expect(JSON.parse(decodeSegment(segments(token)[0]))).toEqual({ alg: 'none', typ: 'JWT' });
    expect(selectSignState(store.getState()).status).toBe('unsigned');
  });

  it('claim helpers set times from the store clock and a jti from the engine', () => {
    const store = testStore(readOnly, undefined, handSigner().engine);
    store.getState().setTokenText(TOKEN);
    store.getState().pinNow(Date.UTC(2030, 0, 1), 0);
    store.getState().setClaim('exp', 300);
    store.getState().setClaim('iat');
    store.getState().setClaim('jti');
    const payload = decodeSegment(segments(selectTokenText(store.getState()))[1]);
    const now = Date.UTC(2030, 0, 1) / 1000;
    expect(payload).toBe(
      `{"sub":"x","big":12345678901234567890,"exp":${now + 300},"iat":${now},"jti":"test-jti"}`,
    );
  });
});
