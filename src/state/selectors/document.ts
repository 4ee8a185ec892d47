import type { DecodedToken } from '../../core/token/decode';
import type { AppState, DocumentId, TokenDocument } from '../types';

/** One document (the main token unless another is named). */
export function selectDocument(state: AppState, id: DocumentId = 'main'): TokenDocument {
  return state.documents[id] ?? state.documents.main;
}

/**
 * What every analysis of a document is stamped with: its text, and which token found in it is shown. A verdict
 * or finding for another found token of the same text is not this one's.
 */
export function tokenIdentity(doc: TokenDocument): string {
  return doc.foundChoice === undefined ? doc.text : `${doc.text}\u0000${String(doc.foundChoice)}`;
}

/** The main token's text as typed. */
export function selectTokenText(state: AppState): string {
  return state.documents.main.text;
}

/** Where the main token came from. */
export function selectTokenSource(state: AppState): TokenDocument['source'] {
  return state.documents.main.source;
}

/** The main token's latest decode (it may lag behind the text while an asynchronous decode is in flight). */
export function selectDecoded(state: AppState): DecodedToken {
  return state.documents.main.decoded.value;
}

/** The main token's key inputs. */
export function selectKey(state: AppState): TokenDocument['key'] {
  return state.documents.main.key;
}

/** Memoises a derivation on the decoded token it was computed from (the store replaces it on every change). */
export function memoOnDecoded<T>(derive: (decoded: DecodedToken) => T): (state: AppState) => T {
  const cache = new WeakMap<DecodedToken, T>();
  return (state) => {
    const decoded = selectDecoded(state);
    const hit = cache.get(decoded);
    if (hit !== undefined) return hit;
    const value = derive(decoded);
    cache.set(decoded, value);
    return value;
  };
}
