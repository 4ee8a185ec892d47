import { startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { appStore } from '../../state/store';
import type { AppState } from '../../state/types';

/**
 * Reads a slice of the app's store for a part of the page read after the token: the claims, the time, the
 * findings, the checks. A change reaches it in a transition, which React renders after the urgent parts (the token,
 * its header and payload, the key and the verdict) have painted, and in slices that leave the page free between
 * them. So a paste or a keystroke paints the token and its payload first, and the cards follow without one long
 * task. What it shows may trail the token by a frame: never use it for the verdict, the key, or an input's value.
 *
 * The component keeps the store's state as it last followed it, and reads its selector from that: the selector may
 * depend on props (a fresh selector renders from the same state). A store change whose selected value is the same
 * as the one last followed is ignored, as `useAppStore` ignores it.
 */
export function useAppStoreLater<T>(selector: (state: AppState) => T): T {
  const [followed, setFollowed] = useState(appStore.getState);
  const selectorRef = useRef(selector);
  // What the last state followed gave, and by which selector: a store change that gives the same by the same
  // selector needs no render. A new selector (new props, or one written inline) always follows.
  const last = useRef<{ readonly value: T; readonly by: (state: AppState) => T } | undefined>(undefined);
  const value = selector(followed);
  last.current ??= { value, by: selector };
  useLayoutEffect(() => {
    selectorRef.current = selector;
  });
  useEffect(() => {
    const follow = (): void => {
      const state = appStore.getState();
      const by = selectorRef.current;
      const next = by(state);
      if (last.current !== undefined && last.current.by === by && Object.is(next, last.current.value)) return;
      last.current = { value: next, by };
      startTransition(() => setFollowed(state));
    };
    // A change between the first render and this effect is followed at once.
    follow();
    return appStore.subscribe(follow);
  }, []);
  return value;
}
