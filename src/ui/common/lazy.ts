import { lazy, useEffect, type ComponentType, type LazyExoticComponent } from 'react';

/** Loaders of the lazy parts, fetched once the page is idle after its first paint. */
const idleLoads: (() => Promise<unknown>)[] = [];

/** A loader that runs once: the idle preload and the first render share one import. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      // A failed fetch (offline before the files were cached) is tried again on the next use.
      loading = undefined;
      throw error;
    }));
}

/**
 * A part of the page that is not needed to show a token (a dialog, a menu, a tool): its module is fetched on
 * first use, or when the page is idle after its first paint (`usePreloadWhenIdle`), whichever comes first, so it
 * is quick to open and (precached with every other file) there offline.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
): LazyExoticComponent<ComponentType<P>> {
  const loadOnce = once(load);
  idleLoads.push(loadOnce);
  return lazy(async () => ({ default: await loadOnce() }));
}

const IDLE_TIMEOUT_MS = 2000;

/** After the first paint, once the page is idle, fetches every lazy part, so that none waits on a click. */
export function usePreloadWhenIdle(): void {
  useEffect(() => {
    let cancelled = false;
    const start = (): void => {
      if (cancelled) return;
      for (const load of idleLoads) void load().catch(() => undefined);
    };
    // Safari has no requestIdleCallback: a timer after the paint does.
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(start, { timeout: IDLE_TIMEOUT_MS });
      return () => {
        cancelled = true;
        window.cancelIdleCallback(handle);
      };
    }
    const timer = window.setTimeout(start, 200);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, []);
}
