import type { StoreApi } from 'zustand/vanilla';
import { createInlineDecodeEngine, type DecodeEngine } from '../engine/decode-engine';
import { createKnownSecretEngine, type KnownSecretEngine } from '../engine/known-secret-engine';
import type { SignEngine } from '../engine/sign-engine';
import type { VerifyEngine } from '../engine/verify-engine';
import type { PreviewEngine } from '../engine/preview-engine';
import type { Verdict } from '../core/jws/verify';
import { readKeyText } from '../core/keys/read';
import { DEFAULT_LIMITS, type Limits } from '../core/limits';
import { decodeToken, type DecodedToken } from '../core/token/decode';
import { previewToken } from '../core/token/preview';
import { createAppStore } from './create-store';
import type { Later } from './typing-slice';
import type { AppState } from './types';

/** A verification engine that must not be used: a test that expects no check fails if one starts. */
export const UNUSED_VERIFY_ENGINE: VerifyEngine = {
  readKey: () => Promise.reject(new Error('no key reading expected')),
  verify: () => Promise.reject(new Error('no verification expected')),
};

/** A signing engine that must not be used: a test that expects no signing fails if one starts. */
export const UNUSED_SIGN_ENGINE: SignEngine = {
  sign: () => Promise.reject(new Error('no signing expected')),
  generate: () => Promise.reject(new Error('no key generation expected')),
  thumbprint: () => Promise.reject(new Error('no thumbprint expected')),
  publicOutput: () => Promise.resolve(undefined),
  randomId: () => 'test-jti',
};

const realFindingsEngine = createKnownSecretEngine();

/**
 * A known-secret engine whose search finds nothing at once (a test of the search passes its own), with the real
 * key facts and x5c reading.
 */
export const QUIET_KNOWN_SECRET_ENGINE: KnownSecretEngine = {
  search: () => ({
    done: Promise.resolve({ outcome: { kind: 'not-found', tried: 0 }, total: 0 }),
    cancel: () => undefined,
  }),
  keyContext: (reading) => realFindingsEngine.keyContext(reading),
  x5c: (decoded) => realFindingsEngine.x5c(decoded),
};

/** Says "verified" for exactly one token (the one a decode cleaned up to), "invalid" for any other, whatever the key. */
export function verifiesOnly(token: string): VerifyEngine {
  const checked = { alg: 'HS256', key: { kind: 'secret', encoding: 'utf8' }, candidates: [] } as const;
  return {
    readKey: (text, encoding) => readKeyText(text, encoding),
    verify: (decoded: DecodedToken): Promise<Verdict> =>
      Promise.resolve(
        decoded.cleaned.token === token
          ? { status: 'verified', code: 'VERIFIED', ...checked }
          : { status: 'invalid', code: 'SIGNATURE_MISMATCH', tried: 1, ...checked },
      ),
  };
}

/** A decode the held engine was asked for, and how the test answers it. */
export interface HeldDecode {
  readonly text: string;
  readonly limits: Limits;
  readonly choice: number;
  readonly answer: () => void;
}

/**
 * A decode engine whose answers wait until the test gives them, as a worker's do: one by one (`asked`), or all
 * those still waiting (`release`).
 */
export function heldDecodeEngine(): {
  engine: DecodeEngine;
  asked: readonly HeldDecode[];
  release: () => void;
} {
  const asked: HeldDecode[] = [];
  let waiting: (() => void)[] = [];
  const engine: DecodeEngine = {
    decode: (text, limits = DEFAULT_LIMITS, choice = 0) =>
      new Promise<DecodedToken>((resolve) => {
        const answer = (): void => resolve(decodeToken(text, limits, choice));
        asked.push({ text, limits, choice, answer });
        waiting.push(answer);
      }),
  };
  const release = (): void => {
    const now = waiting;
    waiting = [];
    for (const answer of now) answer();
  };
  return { engine, asked, release };
}

/** Previews read with the core at once (the app's engine loads it when the page is idle). */
const INLINE_PREVIEW: PreviewEngine = { preview: previewToken, load: () => Promise.resolve() };

/**
 * A fresh store for one test, with inline decoding and the given (usually fake) verification engine; `afterPaint`
 * is when typed text in a big token is taken (without it, at once).
 */
export function testStore(
  verify: VerifyEngine = UNUSED_VERIFY_ENGINE,
  decode: DecodeEngine = createInlineDecodeEngine(),
  sign: SignEngine = UNUSED_SIGN_ENGINE,
  knownSecret: KnownSecretEngine = QUIET_KNOWN_SECRET_ENGINE,
  afterPaint?: Later,
): StoreApi<AppState> {
  return createAppStore(
    { decode, verify, sign, knownSecret, preview: INLINE_PREVIEW },
    Date.UTC(2026, 0, 1),
    afterPaint,
  );
}

/**
 * Waits until the condition holds, for up to 30 s of the clock (within the 60 s a test may take): a lazily
 * loaded engine's first import, on a machine busy with every test file at once, can take seconds.
 */
export async function until(condition: () => boolean): Promise<boolean> {
  const deadline = Date.now() + 30_000;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  return condition();
}
