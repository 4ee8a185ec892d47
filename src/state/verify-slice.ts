import type { StateCreator } from 'zustand';
import { checkReadiness } from '../core/jws/readiness';
import type { Verdict } from '../core/jws/verify';
import type { KeyError, ReadKey } from '../core/keys/read';
import type { SecretEncoding } from '../core/keys/secret';
import type { Result } from '../core/result';
import { runLatest } from './latest';
import type { AppState } from './store';

/** The signature verdict for the token and key on screen (CONTRACT.md `verify-status`). */
export type VerifyStatus = 'idle' | 'checking' | 'verified' | 'invalid' | 'error' | 'unsigned';

/** The exact inputs a verdict was computed for. */
export interface VerifyStamp {
  readonly tokenText: string;
  readonly keyText: string;
  readonly encoding: SecretEncoding;
}

export interface VerifySlice {
  /** The key, secret, JWK or JWKS the user pasted. Kept in memory only; never persisted or put in the URL. */
  readonly keyText: string;
  readonly secretEncoding: SecretEncoding;
  /** The last verdict, with the inputs it judged; shown only while they are still the inputs on screen. */
  readonly verdict?: { readonly stamp: VerifyStamp; readonly verdict: Verdict };
  /** What the key input holds, in words, with the key inputs it describes. */
  readonly keyKind?: {
    readonly keyText: string;
    readonly encoding: SecretEncoding;
    readonly text: string;
    readonly ok: boolean;
  };
  setKeyText: (text: string) => void;
  setSecretEncoding: (encoding: SecretEncoding) => void;
  /** Starts the check for the inputs now on screen; a late answer for older inputs is dropped. */
  startVerify: () => void;
}

export type VerifyEngine = Awaited<ReturnType<typeof loadRealEngine>>;

let loadEngine: () => Promise<VerifyEngine> = loadRealEngine;

/** Replaces the verification engine (tests that control when each check answers); undefined restores it. */
export function replaceVerifyEngine(engine: (() => Promise<VerifyEngine>) | undefined): void {
  loadEngine = engine ?? loadRealEngine;
  lastRead = undefined;
}

let lastRead:
  { keyText: string; encoding: SecretEncoding; read: Promise<Result<ReadKey, KeyError>> } | undefined;

/** Key reading and verification (jose, ASN.1) load on first use, so decoding carries none of their weight. */
function loadRealEngine() {
  return Promise.all([
    import('../core/keys/read'),
    import('../core/keys/describe'),
    import('../core/jws/verify'),
  ]).then(([read, describe, verify]) => ({
    readKeyText: read.readKeyText,
    describeReadKey: describe.describeReadKey,
    verifyToken: verify.verifyToken,
  }));
}

// Reading a key (WebCrypto imports) depends only on the key inputs, so token edits reuse the last reading.
function readKey(keyText: string, encoding: SecretEncoding): Promise<Result<ReadKey, KeyError>> {
  if (lastRead?.keyText !== keyText || lastRead.encoding !== encoding) {
    lastRead = {
      keyText,
      encoding,
      read: loadEngine().then((engine) => engine.readKeyText(keyText, encoding)),
    };
  }
  return lastRead.read;
}

export const createVerifySlice: StateCreator<AppState, [], [], VerifySlice> = (set, get) => ({
  keyText: '',
  secretEncoding: 'utf8',
  setKeyText: (text) => {
    if (text === get().keyText) return;
    set({ keyText: text });
    get().startVerify();
  },
  setSecretEncoding: (encoding) => {
    if (encoding === get().secretEncoding) return;
    set({ secretEncoding: encoding });
    get().startVerify();
  },
  startVerify: () => {
    const { keyText, secretEncoding, decoded } = get();
    // No key: nothing to read or check, and nothing to load on each keystroke.
    if (keyText.trim() === '') return;
    const read = readKey(keyText, secretEncoding);
    // The key is described whatever the token's state; only a change of key inputs needs a new description.
    const described = get().keyKind;
    if (described?.keyText !== keyText || described.encoding !== secretEncoding) {
      void runLatest(
        () => ({ keyText: get().keyText, encoding: get().secretEncoding }),
        (a, b) => a.keyText === b.keyText && a.encoding === b.encoding,
        async () => ({ result: await read, engine: await loadEngine() }),
        ({ result, engine }, stamp) =>
          set({
            keyKind: {
              ...stamp,
              text: result.ok
                ? engine.describeReadKey(result.value)
                : `Unreadable key: ${result.error.detail}`,
              ok: result.ok,
            },
          }),
      );
    }
    // A token that does not decode, is unsigned or encrypted, or whose header no key can verify: no check.
    if (checkReadiness(decoded, true).kind !== 'ready') return;
    void runLatest(
      (): VerifyStamp => ({
        tokenText: get().tokenText,
        keyText: get().keyText,
        encoding: get().secretEncoding,
      }),
      (a, b) => a.tokenText === b.tokenText && a.keyText === b.keyText && a.encoding === b.encoding,
      async () => (await loadEngine()).verifyToken(decoded, await read, keyText),
      (verdict, stamp) => set({ verdict: { stamp, verdict } }),
    );
  },
});
