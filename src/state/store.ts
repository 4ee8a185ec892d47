import { useStore } from 'zustand';
import { createInlineDecodeEngine } from '../engine/decode-engine';
import { createLazySignEngine } from '../engine/sign-engine';
import { createLazyVerifyEngine } from '../engine/verify-engine';
import { createAppStore } from './create-store';
import type { AppState } from './types';

/** The app's one store, with the real engines: decoding inline, key reading and verification loaded on demand. */
export const appStore = createAppStore(
  { decode: createInlineDecodeEngine(), verify: createLazyVerifyEngine(), sign: createLazySignEngine() },
  Date.now(),
);

/** Reads a slice of the app's store in a component, re-rendering when it changes. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
