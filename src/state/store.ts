import { useStore } from 'zustand';
import { createInlineDecodeEngine, createWorkerDecodeEngine } from '../engine/decode-engine';
import { createDeferredKnownSecretEngine, createDeferredSignEngine } from '../engine/deferred-engines';
import { createLazyPreviewEngine } from '../engine/preview-engine';
import { createLazyVerifyEngine } from '../engine/verify-engine';
import { startDecodeWorker, startKnownSecretWorker } from '../service-worker';
import { createAppStore } from './create-store';
import type { AppState } from './types';

/**
 * The app's one store, with the real engines: decoding inline (big tokens in a worker), key reading and
 * verification loaded on demand, the known-secret search in a worker (the one-file edition has no worker file:
 * it decodes and searches on the page).
 */
/** Runs `then` once the next frame has been painted (a hidden page has no frames: a timer stands in). */
function afterNextFrame(then: () => void): void {
  if (document.visibilityState === 'hidden') {
    setTimeout(then, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(then, 0));
}

const preview = createLazyPreviewEngine();

/** Fetches the code that shows a big token's start while it decodes (the composition root calls it when idle). */
export const preloadPreview = (): Promise<void> => preview.load();

export const appStore = createAppStore(
  {
    decode:
      import.meta.env.MODE === 'single'
        ? createInlineDecodeEngine()
        : createWorkerDecodeEngine(startDecodeWorker, undefined, afterNextFrame),
    verify: createLazyVerifyEngine(),
    sign: createDeferredSignEngine(),
    knownSecret: createDeferredKnownSecretEngine(
      import.meta.env.MODE === 'single' ? {} : { startWorker: startKnownSecretWorker },
    ),
    preview,
  },
  Date.now(),
);

/** Reads a slice of the app's store in a component, re-rendering when it changes. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
