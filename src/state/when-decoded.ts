import type { StoreApi } from 'zustand/vanilla';
import type { DecodedToken } from '../core/token/decode';
import type { AppState } from './types';
import { decodeIsCurrent } from './selectors/document';

/**
 * The decoded main token when it is the decode of the token on screen: undefined while a decode is on its way (a
 * big token decodes off the page) or typed text waits to be taken.
 */
export function selectDecodedOnScreen(state: AppState): DecodedToken | undefined {
  const doc = state.documents.main;
  if (doc.typed !== undefined || !decodeIsCurrent(doc)) return undefined;
  return doc.decoded.value;
}

/**
 * The decode of the token on screen, once it is there: at once when it is, or when the decode on its way arrives
 * (the latest text's, should the text change meanwhile). For what acts on the token on a click (copying it,
 * sharing it): the decode on hand may still be the text's before, in a big token just typed in.
 */
export function whenDecoded(store: StoreApi<AppState>): Promise<DecodedToken> {
  const now = selectDecodedOnScreen(store.getState());
  if (now !== undefined) return Promise.resolve(now);
  return new Promise((resolve) => {
    const unsubscribe = store.subscribe((state) => {
      const decoded = selectDecodedOnScreen(state);
      if (decoded === undefined) return;
      unsubscribe();
      resolve(decoded);
    });
  });
}
