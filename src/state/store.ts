import { useStore } from 'zustand';
import { createInlineDecodeEngine, createWorkerDecodeEngine } from '../engine/decode-engine';
import { createDeferredKnownSecretEngine, createDeferredSignEngine } from '../engine/deferred-engines';
import { createLazyPreviewEngine } from '../engine/preview-engine';
import { createLazyVerifyEngine } from '../engine/verify-engine';
import { startDecodeWorker, startKnownSecretWorker } from '../service-worker';
import { afterNextPaint } from './after-paint';
import { createAppStore } from './create-store';
import type { AppState } from './types';

const preview = createLazyPreviewEngine();

/** Fetches the code that shows a big token's start while it decodes (the composition root calls it when idle). */
export const preloadPreview = (): Promise<void> => preview.load();

/**
 * The app's one store, with the real engines: decoding inline (big tokens in a worker, whose answers are handed
 * over after the next paint), key reading and verification loaded on demand, the known-secret search in a worker
 * (the one-file edition has no worker file: it decodes and searches on the page).
 */
export const appStore = createAppStore(
  {
    decode:
      import.meta.env.MODE === 'single'
        ? createInlineDecodeEngine()
        : createWorkerDecodeEngine(startDecodeWorker, undefined, afterNextPaint),
    verify: createLazyVerifyEngine(),
    sign: createDeferredSignEngine(),
    knownSecret: createDeferredKnownSecretEngine(
      import.meta.env.MODE === 'single' ? {} : { startWorker: startKnownSecretWorker },
    ),
    preview,
  },
  Date.now(),
  afterNextPaint,
);

/** Reads a slice of the app's store in a component, re-rendering when it changes. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
