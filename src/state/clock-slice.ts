import type { StateCreator } from 'zustand';
import { parseLeewayInput, parseNowInput } from '../core/claims/instant';
import type { AppState, ClockSlice } from './types';

/**
 * The clock as state: ticked by the composition root, or pinned by tests and by the user's "now" (`now-input`),
 * with the user's leeway. Tokens are judged at `now`; `ticked` keeps the wall clock for when the pin is released.
 */
export function createClockSlice(initialNow: number): StateCreator<AppState, [], [], ClockSlice> {
  return (set) => ({
    now: initialNow,
    ticked: initialNow,
    pinned: false,
    nowInput: '',
    leeway: 0,
    leewayInput: '',
    tick: (now) =>
      set((state) => (state.ticked === now ? {} : state.pinned ? { ticked: now } : { now, ticked: now })),
    pinNow: (instant, current) =>
      set(
        instant === undefined
          ? { now: current, ticked: current, pinned: false }
          : { now: instant, pinned: true },
      ),
    setNowInput: (text) =>
      set((state) => {
        const parsed = parseNowInput(text);
        if (!parsed.ok) return { nowInput: text, nowInputError: parsed.error };
        return parsed.value.kind === 'fixed'
          ? { nowInput: text, nowInputError: undefined, now: parsed.value.at, pinned: true }
          : { nowInput: text, nowInputError: undefined, now: state.ticked, pinned: false };
      }),
    setLeewayInput: (text) =>
      set(() => {
        const parsed = parseLeewayInput(text);
        return parsed.ok
          ? { leewayInput: text, leewayInputError: undefined, leeway: parsed.value }
          : { leewayInput: text, leewayInputError: parsed.error };
      }),
  });
}
