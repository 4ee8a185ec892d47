import type { StateCreator } from 'zustand';
import type { AppState, PageSlice } from './types';

/** The page's address, given by the composition root, so components never read `window.location`. */
export const createPageSlice: StateCreator<AppState, [], [], PageSlice> = (set) => ({
  pageUrl: 'about:blank',
  setPageUrl: (url) => set((state) => (state.pageUrl === url ? {} : { pageUrl: url })),
});
