import type { StateCreator } from 'zustand';
import type { AppState, ClockSlice } from './types';

/** The clock as state: ticks from the composition root, or pinned (tests, and later the user's "now"). */
export function createClockSlice(initialNow: number): StateCreator<AppState, [], [], ClockSlice> {
  return (set) => ({
    now: initialNow,
    pinned: false,
    tick: (now) => set((state) => (state.pinned || state.now === now ? {} : { now })),
    pinNow: (instant, current) =>
      set(instant === undefined ? { now: current, pinned: false } : { now: instant, pinned: true }),
  });
}
