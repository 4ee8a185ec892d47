import type { StateCreator } from 'zustand';
import { WORKER_THRESHOLD } from '../engine/decode-engine';
import { updateDocument } from './documents-slice';
import type { AppState, TypingSlice } from './types';

/**
 * A token text at least this long, typed, is taken after the next paint (`typeTokenText`): the frame that shows a
 * keystroke then holds only the token editor's own change, not the decode and the page following it. The size the
 * decode leaves the page at (`WORKER_THRESHOLD`): below it, everything follows a keystroke in the same frame, as
 * it always has (what a reader, or a test, sees just after typing is then all of the new token).
 */
export const TYPED_LATER_MIN_CHARS = WORKER_THRESHOLD;

/** Runs a step later: in the page, after the next paint. */
export type Later = (run: () => void) => void;

/**
 * Typing in the token editor. `afterPaint` is when text typed in a big token is taken; without it (tests, unless
 * they pass one), typed text is taken at once.
 */
export const createTypingSlice =
  (afterPaint?: Later): StateCreator<AppState, [], [], TypingSlice> =>
  (set, get) => ({
    typeTokenText: (text, id = 'main') => {
      const doc = get().documents[id];
      const shown = doc?.typed ?? doc?.text;
      if (
        afterPaint === undefined ||
        doc === undefined ||
        shown === undefined ||
        shown.length < TYPED_LATER_MIN_CHARS ||
        text.length < TYPED_LATER_MIN_CHARS
      ) {
        get().setTokenText(text, 'user', id);
        return;
      }
      if (shown === text) return;
      const planned = doc.typed !== undefined;
      // Not through `updateDocument`, which would take the text typed before: keystrokes wait together.
      set((state) => ({ documents: { ...state.documents, [id]: { ...doc, typed: text } } }));
      // Taken after the paint (by a change that changes nothing else), unless another change took it before.
      if (!planned) afterPaint(() => set((state) => updateDocument(state, id, (d) => d)));
    },
  });
