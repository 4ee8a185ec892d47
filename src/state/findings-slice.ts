import type { StateCreator } from 'zustand';
import { toX5cLeafPem } from '../core/jws/carried-key';
import type { AppState, FindingsSlice } from './types';

/**
 * The findings' one action: the x5c leaf certificate into the key input. The findings' results (key facts, the
 * known-secret search, the x5c chain) are set by `findings-reactions.ts`.
 */
export const createFindingsSlice: StateCreator<AppState, [], [], FindingsSlice> = (_set, get) => ({
  verifyWithX5cLeaf: () => {
    const state = get();
    const doc = state.documents.main;
    // Only the certificate of the token on screen, never one of a decode that lags behind the text.
    if (doc.decoded.text !== doc.text) return;
    const pem = toX5cLeafPem(doc.decoded.value.headerObject);
    if (pem !== undefined) state.setKeyText(pem);
  },
});
