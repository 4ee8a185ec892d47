import type { StateCreator } from 'zustand';
import type { AppState, FindingsSlice } from './types';
import { decodeIsCurrent } from './selectors/document';

/**
 * The findings' one action: the x5c leaf certificate into the key input (its reading loads on the first use). The findings' results (key facts, the
 * known-secret search, the x5c chain) are set by `findings-reactions.ts`.
 */
export const createFindingsSlice: StateCreator<AppState, [], [], FindingsSlice> = (_set, get) => ({
  verifyWithX5cLeaf: () => {
    const decoded = get().documents.main.decoded;
    void import('../core/jws/carried-key').then(({ toX5cLeafPem }) => {
      const state = get();
      const doc = state.documents.main;
      // Only the certificate of the token on screen, never one of a decode that lags behind the text or of a
      // token that replaced it meanwhile.
      if (doc.decoded !== decoded || !decodeIsCurrent(doc)) return;
      const pem = toX5cLeafPem(decoded.value.headerObject);
      if (pem !== undefined) state.setKeyText(pem);
    });
  },
});
