import type { StoreApi } from 'zustand/vanilla';
import { createInlineDecodeEngine, type DecodeEngine } from '../engine/decode-engine';
import type { SignEngine } from '../engine/sign-engine';
import type { VerifyEngine } from '../engine/verify-engine';
import { createAppStore } from './create-store';
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

/** A fresh store for one test, with inline decoding and the given (usually fake) verification engine. */
export function testStore(
  verify: VerifyEngine = UNUSED_VERIFY_ENGINE,
  decode: DecodeEngine = createInlineDecodeEngine(),
  sign: SignEngine = UNUSED_SIGN_ENGINE,
): StoreApi<AppState> {
  return createAppStore({ decode, verify, sign }, Date.UTC(2026, 0, 1));
}

/** Waits (up to 10 s) until the condition holds. */
export async function until(condition: () => boolean): Promise<boolean> {
  for (let i = 0; i < 1000 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  return condition();
}
