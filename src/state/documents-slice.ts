import type { StateCreator } from 'zustand';
import { decodeToken } from '../core/token/decode';
import type { AppState, DocumentId, DocumentsSlice, TokenDocument } from './types';

/** A document with no text yet. */
export function emptyDocument(id: DocumentId): TokenDocument {
  return {
    id,
    text: '',
    source: 'user',
    decoded: { text: '', choice: 0, value: decodeToken('') },
    key: { text: '', encoding: 'utf8' },
  };
}

/** The document with the first found token shown again (new text finds its tokens afresh). */
function withoutChoice(doc: TokenDocument): TokenDocument {
  if (doc.foundChoice === undefined) return doc;
  const { foundChoice: _dropped, ...rest } = doc;
  return rest;
}

/** The document with its typed text taken (`typeTokenText`), as `setTokenText` takes a user's text. */
function takeTyped(doc: TokenDocument): TokenDocument {
  const { typed, ...rest } = doc;
  if (typed === undefined) return doc;
  return rest.text === typed && rest.source === 'user'
    ? rest
    : { ...withoutChoice(rest), text: typed, source: 'user' };
}

/**
 * Applies `change` to one document, when it exists; the rest of the state is untouched. Text typed and not yet
 * taken is taken first: every change is made to the token on screen.
 */
export function updateDocument(
  state: AppState,
  id: DocumentId,
  change: (doc: TokenDocument) => TokenDocument,
): Partial<AppState> {
  const current = state.documents[id];
  if (current === undefined) return {};
  const next = change(takeTyped(current));
  return next === current ? {} : { documents: { ...state.documents, [id]: next } };
}

/**
 * The user's inputs, per document: token text and key. Setters only record inputs; which job each change
 * starts (decode, key reading, verification) is decided in one place, `reactions.ts`.
 */
export const createDocumentsSlice: StateCreator<AppState, [], [], DocumentsSlice> = (set) => ({
  documents: { main: emptyDocument('main') },
  setTokenText: (text, source = 'user', id = 'main') =>
    set((state) =>
      updateDocument(state, id, (doc) =>
        doc.text === text && doc.source === source ? doc : { ...withoutChoice(doc), text, source },
      ),
    ),
  setKeyText: (text, id = 'main') =>
    set((state) => {
      const limit = state.limits.keyChars;
      // Key text over the limit is not kept: it is refused with its size, before anything reads or lays it out.
      if (text.length > limit) {
        return updateDocument(state, id, (doc) => ({
          ...doc,
          key: { text: '', encoding: doc.key.encoding, refused: { found: text.length, limit, held: text } },
        }));
      }
      return updateDocument(state, id, (doc) =>
        doc.key.text === text && doc.key.refused === undefined
          ? doc
          : { ...doc, key: { text, encoding: doc.key.encoding } },
      );
    }),
  chooseFoundToken: (index, id = 'main') =>
    set((state) =>
      updateDocument(state, id, (doc) =>
        (doc.foundChoice ?? 0) === index ? doc : { ...doc, foundChoice: index },
      ),
    ),
  openCompare: () =>
    set((state) =>
      state.documents.compare !== undefined
        ? {}
        : { documents: { ...state.documents, compare: emptyDocument('compare') } },
    ),
  closeCompare: () =>
    set((state) => {
      if (state.documents.compare === undefined) return {};
      const { compare: _closed, ...rest } = state.documents;
      return { documents: rest };
    }),
  setSecretEncoding: (encoding, id = 'main') =>
    set((state) =>
      updateDocument(state, id, (doc) =>
        doc.key.encoding === encoding ? doc : { ...doc, key: { ...doc.key, encoding } },
      ),
    ),
});
