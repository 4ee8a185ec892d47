import { startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { appStore } from '../../state/store';
import type { AppState } from '../../state/types';

/** How long one task of the later parts' follow-up may run before it leaves the page a turn (ms). */
const SLICE_MS = 8;
/** A hidden page paints no frames: its later parts follow after this long all the same (ms). */
const HIDDEN_PAGE_MS = 200;

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
  let started = false;
  const start = (): void => {
    if (started) return;
    started = true;
    clearTimeout(timer);
    setTimeout(runPending, 0);
  };
  const timer = setTimeout(start, HIDDEN_PAGE_MS);
  requestAnimationFrame(start);
}

/**
 * Reads a slice of the app's store for a part of the page read after the token: the claims, the time, the
 * findings, the checks. It looks at a store change after the next paint (its selector, which may be costly, runs
 * then, in a slice of its own), and a change it sees reaches it in a transition, which React renders in slices that
 * leave the page free between them. So a paste or a keystroke paints the token, its payload and the verdict first,
 * and the cards follow without one long task. What it shows trails the token by a frame or two: never use it for
 * the verdict, the key, or an input's value.
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
    let live = true;
    const check = (): void => {
      if (!live) return;
      const state = appStore.getState();
      const by = selectorRef.current;
      const next = by(state);
      if (last.current !== undefined && last.current.by === by && Object.is(next, last.current.value)) return;
      last.current = { value: next, by };
      startTransition(() => setFollowed(state));
    };
    // A change between the first render and this effect is followed at once.
    check();
    const unsubscribe = appStore.subscribe(() => plan(check));
    return () => {
      live = false;
      pending.delete(check);
      unsubscribe();
    };
  }, []);
  return value;
}
