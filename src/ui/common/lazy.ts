import {
  createElement,
  lazy,
  startTransition,
  useEffect,
  useState,
  type ComponentType,
  type LazyExoticComponent,
  type ReactNode,
} from 'react';
import { loadOnce } from '../../core/load-once';

/** Loaders of the lazy parts, fetched once the page is idle after its first paint. */
const idleLoads: (() => Promise<unknown>)[] = [];

/**
 * A part of the page that is not needed to show a token (a dialog, a menu, a tool): its module is fetched on
 * first use, or when the page is idle after its first paint (`usePreloadWhenIdle`), whichever comes first, so it
 * is quick to open and (precached with every other file) there offline.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
): LazyExoticComponent<ComponentType<P>> {
  const loadModule = loadOnce(load);
  idleLoads.push(loadModule);
  return lazy(async () => ({ default: await loadModule() }));
}

/** Code that is not a part of the page (an engine's core) fetched with the lazy parts, when the page is idle. */
export function preloadWhenIdle(load: () => Promise<unknown>): void {
  idleLoads.push(load);
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

/** A module loaded after the first paint, and a hook that answers it once it is there (undefined until then). */
export interface LazyModule<M> {
  readonly useModule: () => M | undefined;
}

/**
 * A module the page shows a stand-in for at first (the CodeMirror editors: their text is there at once, plainly,
 * and the editor takes its place a moment later): it is fetched once the first frame is painted, so the first
 * load does not wait for it, and every later mount gets it at once. `inTransition`: the part it brings is rendered
 * in a transition, in slices that leave the page free between them, and after any input meanwhile (for parts the
 * user does not type into: an editor's stand-in hands over the focus, not the caret, so it takes over at once).
 */
export function lazyModule<M>(load: () => Promise<M>, inTransition = false): LazyModule<M> {
  let loaded: M | undefined;
  const loadModule = loadOnce(async () => (loaded = await load()));
  return {
    useModule() {
      const [module, setModule] = useState<M | undefined>(loaded);
      useEffect(() => {
        if (module !== undefined) return undefined;
        let live = true;
        const take = (): void => {
          loadModule().then(
            (m) => {
              if (!live) return;
              if (inTransition) startTransition(() => setModule(m));
              else setModule(m);
            },
            // Not there (offline before the files were cached): the stand-in stays.
            () => undefined,
          );
        };
        // Once the frame that shows the stand-in has been painted: from the next frame's callback, so the fetch
        // never races that paint and is not part of what the first paint waits for.
        let timer = 0;
        let frame = window.requestAnimationFrame(() => {
          frame = window.requestAnimationFrame(() => {
            timer = window.setTimeout(take, 0);
          });
        });
        return () => {
          live = false;
          window.cancelAnimationFrame(frame);
          window.clearTimeout(timer);
        };
      }, [module]);
      return module;
    },
  };
}

/**
 * A part of the page that showing a token does not need (a card below the fold, a tool under a pane): the
 * component is fetched once the first frame is painted (`lazyModule`), and `placeholder` (nothing, or a box of
 * the part's usual size, so that nothing below it jumps) is rendered until it is there.
 */
export function afterFirstPaint<P extends object>(
  load: () => Promise<ComponentType<P>>,
  placeholder: ReactNode = null,
): (props: P) => ReactNode {
  // Wrapped: a component is a function, which React's state would call as an updater.
  // In a transition: the later cards mounting together after a link's first paint made one task of 60 ms.
  const part = lazyModule(async () => ({ Component: await load() }), true);
  return function AfterFirstPaint(props: P) {
    const loaded = part.useModule();
    return loaded === undefined ? placeholder : createElement(loaded.Component, props);
  };
}
