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
  raiseKeyLimit: () =>
    set((state) => {
      if (state.limits.keyChars >= RAISED_LIMITS.keyChars) return {};
      const limit = RAISED_LIMITS.keyChars;
      // Each document's refused key text is read now, if the raised limit allows it; over it, it stays refused,
      // now against the raised limit.
      const documents = Object.fromEntries(
        Object.entries(state.documents).map(([id, doc]) => {
          const refused = doc?.key.refused;
          if (doc === undefined || refused === undefined) return [id, doc];
          const key =
            refused.found <= limit
              ? { text: refused.held, encoding: doc.key.encoding }
              : { ...doc.key, refused: { ...refused, limit } };
          return [id, { ...doc, key }];
        }),
      ) as AppState['documents'];
      return { limits: { ...state.limits, keyChars: limit }, documents };
    }),
});
