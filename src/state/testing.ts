import type { StoreApi } from 'zustand/vanilla';
import { createInlineDecodeEngine, type DecodeEngine } from '../engine/decode-engine';
import { createKnownSecretEngine, type KnownSecretEngine } from '../engine/known-secret-engine';
import type { SignEngine } from '../engine/sign-engine';
import type { VerifyEngine } from '../engine/verify-engine';
import type { PreviewEngine } from '../engine/preview-engine';
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

/** Waits (up to 10 s) until the condition holds. */
export async function until(condition: () => boolean): Promise<boolean> {
  for (let i = 0; i < 1000 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  return condition();
}
