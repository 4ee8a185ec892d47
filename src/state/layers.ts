import type { StateCreator } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { innerTokenText } from '../core/jwe/view';
import { DEFAULT_JWE_LIMITS } from '../core/limits';
import { createLazyDecryptEngine } from '../engine/decrypt-engine';
import { emptyDocument, updateDocument } from './documents-slice';
import { runLatest } from './latest';
import {
  currentDecryption,
  decodeIsCurrent,
  decryptStampOf,
  maxP2cOf,
  sameDecryptStamp,
  tokenIdentity,
} from './selectors/document';
import type { AppState, DecryptStamp, DocumentId, Engines, LayersSlice, TokenDocument } from './types';

/** The most layers a nested token is unwrapped into (a JWE in a JWE in …): each needs its own key anyway. */
export const MAX_LAYERS = 8;

/** The document of layer `n`: the main token is layer 0. */
export function layerDocumentId(n: number): DocumentId {
  return n === 0 ? 'main' : `layer-${n}`;
}

/** The layer number of a document of the main token's chain, or undefined for another (the compared token). */
export function layerNumber(id: DocumentId): number | undefined {
  if (id === 'main') return 0;
  const match = /^layer-(\d+)$/.exec(id);
  return match === null ? undefined : Number(match[1]);
}

/** The text of the token inside a document's decrypted plaintext, when it is a nested token. */
function innerText(doc: TokenDocument | undefined): string | undefined {
  if (doc === undefined) return undefined;
  const result = currentDecryption(doc);
  return result?.status === 'decrypted' && result.nested ? innerTokenText(result.plaintext) : undefined;
}

/** Which layer is shown, and the one-time raise of the PBES2 limit. */
export const createLayersSlice: StateCreator<AppState, [], [], LayersSlice> = (set) => ({
  shownLayer: 'main',
  showLayer: (id) =>
    set((state) => (state.documents[id] === undefined || state.shownLayer === id ? {} : { shownLayer: id })),
  raiseP2c: (id) =>
    set((state) =>
      updateDocument(state, id ?? state.shownLayer, (doc) => {
        const identity = tokenIdentity(doc);
        return doc.p2cRaisedFor === identity ? doc : { ...doc, p2cRaisedFor: identity };
      }),
    ),
});

/**
 * The jobs of nested tokens: a JWE document with a key is decrypted (stamped with the token, the key inputs and
 * the PBES2 limit it read; a late answer for other inputs is dropped), and the chain of layer documents follows
 * the decryptions on screen: a JWE whose plaintext is a token gets a document for that token (`layer-n`), which
 * the other reactions decode and verify like any other; a layer whose outer token changed goes with it.
 */
export function startLayerReactions(store: StoreApi<AppState>, engines: Engines): () => void {
  const engine = engines.decrypt ?? createLazyDecryptEngine();
  const doc = (id: DocumentId): TokenDocument | undefined => store.getState().documents[id];
  const inFlight = new Map<DocumentId, DecryptStamp>();

  function decrypt(id: DocumentId, d: TokenDocument): void {
    const decoded = d.decoded.value;
    if (!decodeIsCurrent(d) || decoded.kind !== 'jwe' || d.key.text.trim() === '') return;
    if (currentDecryption(d) !== undefined) return;
    // The same inputs are already being decrypted (several changes of one paste reach here): one job is enough,
    // which matters when it derives a key from a password a million times.
    const stamp = decryptStampOf(d);
    if (sameDecryptStamp(inFlight.get(id), stamp)) return;
    inFlight.set(id, stamp);
    const key = d.key;
    const limits = { ...DEFAULT_JWE_LIMITS, maxP2c: maxP2cOf(d) };
    void runLatest(
      () => {
        const current = doc(id);
        return current === undefined ? undefined : decryptStampOf(current);
      },
      sameDecryptStamp,
      async () => {
        const read = await engines.verify.readKey(key.text, key.encoding, store.getState().limits.keyChars);
        return engine.decrypt(decoded, read, key.text, limits);
      },
      (result, answered) => {
        if (answered === undefined) return;
        store.setState((state) =>
          updateDocument(state, id, (c) => ({ ...c, decryption: { stamp: answered, result } })),
        );
      },
    )
      .catch(() => undefined)
      .finally(() => {
        // Answered or dropped, these inputs are no longer in flight (they may be asked for again later).
        if (sameDecryptStamp(inFlight.get(id), stamp)) inFlight.delete(id);
      });
  }

  /** Makes the layer documents match the decryptions on screen, from the main token inwards. */
  function syncLayers(state: AppState): void {
    const documents: Partial<Record<DocumentId, TokenDocument>> = { ...state.documents };
    let changed = false;
    let n = 0;
    for (; n + 1 < MAX_LAYERS; n++) {
      const inner = innerText(documents[layerDocumentId(n)]);
      if (inner === undefined) break;
      const id = layerDocumentId(n + 1);
      const existing = documents[id];
      if (existing?.text === inner) continue;
      // A new inner token keeps the key the user gave that layer: the same issuer often signs the next one.
      documents[id] = {
        ...emptyDocument(id),
        text: inner,
        source: 'layer',
        parent: layerDocumentId(n),
        ...(existing === undefined ? {} : { key: existing.key }),
      };
      changed = true;
    }
    // The layers past the last one that decrypts to a token go with it.
    const kept = Object.fromEntries(
      Object.entries(documents).filter(([id]) => (layerNumber(id as DocumentId) ?? 0) <= n),
    ) as Partial<Record<DocumentId, TokenDocument>>;
    if (Object.keys(kept).length !== Object.keys(documents).length) changed = true;
    const shownLayer = kept[state.shownLayer] === undefined ? 'main' : state.shownLayer;
    if (!changed) {
      // A layer that went with its document (a cleared page) is not shown again when a new one appears.
      if (shownLayer !== state.shownLayer) store.setState({ shownLayer });
      return;
    }
    store.setState({ documents: { ...kept, main: state.documents.main }, shownLayer });
  }

  const react = (state: AppState, prev: AppState | undefined): void => {
    let decryptions = false;
    for (let n = 0; n < MAX_LAYERS; n++) {
      const id = layerDocumentId(n);
      const d = state.documents[id];
      if (d === undefined) break;
      const before: TokenDocument | undefined = prev?.documents[id];
      const inputs = before === undefined || d.decoded !== before.decoded || d.key !== before.key;
      if (inputs || d.p2cRaisedFor !== before.p2cRaisedFor) decrypt(id, d);
      if (inputs || d.decryption !== before.decryption || d.text !== before.text) decryptions = true;
    }
    if (decryptions || state.documents.main !== prev?.documents.main) syncLayers(store.getState());
  };
  react(store.getState(), undefined);
  return store.subscribe(react);
}
