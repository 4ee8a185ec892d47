import { startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { afterNextPaint } from '../../state/after-paint';
import { selectTokenText } from '../../state/selectors/document';
import { appStore } from '../../state/store';
import type { AppState } from '../../state/types';

/**
 * A token text shorter than this is followed at once, in the same render as the token (as `useAppStore` does): its
 * cards are quick to render, and what a reader (or a test) sees just after a paste is then all of the new token.
 * Longer ones are followed later.
 */
export const LATER_MIN_CHARS = 8 * 1024;

/** How long one task of the later parts' follow-up may run before it leaves the page a turn (ms). */
const SLICE_MS = 8;

function isSmall(state: AppState): boolean {
  return selectTokenText(state).length < LATER_MIN_CHARS;
}

/** The later parts with a store change to look at, each a check of its own selector. */
const pending = new Set<() => void>();
let planned = false;

/**
 * Runs the checks waiting, a slice at a time: each slice is its own task, so no selector's work (the findings of a
 * megabyte of claims) joins the paste's task or makes a long one with the others.
 */
function runPending(): void {
  const started = performance.now();
  for (const check of pending) {
    pending.delete(check);
    check();
    if (pending.size > 0 && performance.now() - started > SLICE_MS) {
      setTimeout(runPending, 0);
      return;
    }
  }
  planned = false;
}

/** Plans the checks for after the next paint (a frame, then a task), so the urgent parts are painted first. */
function plan(check: () => void): void {
  pending.add(check);
  if (planned) return;
  planned = true;
  afterNextPaint(runPending);
}

/**
 * Reads a slice of the app's store for a part of the page read after the token: the claims, the time, the
 * findings, the checks. For a short token it follows the store at once, as `useAppStore` does. For a long one
 * (`LATER_MIN_CHARS`) it looks at a store change after the next paint (its selector, which may be costly, runs
 * then, in a slice of its own), and a change it sees reaches it in a transition, which React renders in slices that
 * leave the page free between them. So a paste or a keystroke paints the token, its payload and the verdict first,
 * and the cards follow without one long task. What it shows trails the token by a frame or two: never use it for
 * the verdict, the key, or an input's value.
 *
 * The component renders its selector from the state it last followed. A store change whose selected value is the
 * one shown is not followed (as `useAppStore` ignores it); so that a selector that depends on props (or is written
 * inline) still shows the newest state, each render behind the store looks again.
 */
export function useAppStoreLater<T>(selector: (state: AppState) => T): T {
  const [followed, setFollowed] = useState(appStore.getState);
  const value = selector(followed);
  const selectorRef = useRef(selector);
  // The value on screen (or about to be): a change to the same value needs no render.
  const shown = useRef<{ readonly value: T } | undefined>(undefined);
  const checkRef = useRef<(() => void) | undefined>(undefined);
  useLayoutEffect(() => {
    selectorRef.current = selector;
    shown.current = { value };
    const check = checkRef.current;
    if (check !== undefined && followed !== appStore.getState()) plan(check);
  });
  useEffect(() => {
    let live = true;
    const check = (): void => {
      if (!live) return;
      const state = appStore.getState();
      const next = selectorRef.current(state);
      if (shown.current !== undefined && Object.is(next, shown.current.value)) return;
      shown.current = { value: next };
      if (isSmall(state)) setFollowed(state);
      else startTransition(() => setFollowed(state));
    };
    checkRef.current = check;
    // A change between the first render and this effect is followed at once.
    check();
    const unsubscribe = appStore.subscribe((state) => {
      if (isSmall(state)) check();
      else plan(check);
    });
    return () => {
      live = false;
      checkRef.current = undefined;
      pending.delete(check);
      unsubscribe();
    };
  }, []);
  return value;
}
