import type { StateCreator } from 'zustand';
import { DEFAULT_LIMITS, RAISED_LIMITS } from '../core/limits';
import type { AppState, LimitsSlice } from './types';

/** The limits hostile input meets (core/limits.ts); a raise is the user's explicit choice. */
export const createLimitsSlice: StateCreator<AppState, [], [], LimitsSlice> = (set) => ({
  limits: DEFAULT_LIMITS,
  raiseTokenLimit: () =>
    set((state) =>
      state.limits.tokenChars >= RAISED_LIMITS.tokenChars
        ? {}
        : { limits: { ...state.limits, tokenChars: RAISED_LIMITS.tokenChars } },
    ),
});
