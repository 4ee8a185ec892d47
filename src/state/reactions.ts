import type { StoreApi } from 'zustand/vanilla';
import { checkReadiness } from '../core/jws/readiness';
import type { DecodedToken } from '../core/token/decode';
import { updateDocument } from './documents-slice';
import { runLatest } from './latest';
import type { AppState, DocumentId, Engines, KeyStamp, TokenDocument, VerifyStamp } from './types';

/**
 * Which input change starts which job, in one place: new token text starts a decode; a new decode or new key
 * inputs start a verification; new key inputs start a key reading. Every job is stamped with the inputs it read,
 * and its answer is dropped when they are no longer the inputs on screen (`runLatest`).
 */
export function startReactions(store: StoreApi<AppState>, engines: Engines): () => void {
  const doc = (id: DocumentId): TokenDocument | undefined => store.getState().documents[id];
  const setDoc = (id: DocumentId, change: (d: TokenDocument) => TokenDocument): void =>
    store.setState((state) => updateDocument(state, id, change));

  function decode(id: DocumentId, text: string): void {
    const commit = (value: DecodedToken): void =>
      setDoc(id, (d) => (d.text === text ? { ...d, decoded: { text, value } } : d));
    const answer = engines.decode.decode(text);
    // An inline engine answers at once: commit now, so a keystroke never shows an old decode.
    if (!(answer instanceof Promise)) {
      commit(answer);
      return;
    }
    void runLatest(
      () => doc(id)?.text,
      (a, b) => a === b,
      () => answer,
      (value) => commit(value),
    );
  }

  const keyStamp = (id: DocumentId): KeyStamp | undefined => {
    const d = doc(id);
    return d === undefined ? undefined : { keyText: d.key.text, encoding: d.key.encoding };
  };
  const sameKey = (a: KeyStamp | undefined, b: KeyStamp | undefined): boolean =>
    a?.keyText === b?.keyText && a?.encoding === b?.encoding;

  function readKey(id: DocumentId, d: TokenDocument): void {
    // No key: nothing to read, and nothing to load on each keystroke.
    if (d.key.text.trim() === '') return;
    void runLatest(
      () => keyStamp(id),
      sameKey,
      () => engines.verify.readKey(d.key.text, d.key.encoding),
      (reading, stamp) => {
        if (stamp !== undefined) setDoc(id, (current) => ({ ...current, keyReading: { stamp, reading } }));
      },
    );
  }

  function verify(id: DocumentId, d: TokenDocument): void {
    if (d.decoded.text !== d.text || d.key.text.trim() === '') return;
    const decoded = d.decoded.value;
    // A token that does not decode, is unsigned or encrypted, or whose header no key can verify: no check.
    if (checkReadiness(decoded, true).kind !== 'ready') return;
    const verifyStamp = (): VerifyStamp | undefined => {
      const current = doc(id);
      return current === undefined
        ? undefined
        : { tokenText: current.text, keyText: current.key.text, encoding: current.key.encoding };
    };
    void runLatest(
      verifyStamp,
      (a, b) => sameKey(a, b) && a?.tokenText === b?.tokenText,
      async () => {
        const read = await engines.verify.readKey(d.key.text, d.key.encoding);
        return engines.verify.verify(decoded, read, d.key.text);
      },
      (verdict, stamp) => {
        if (stamp !== undefined) setDoc(id, (current) => ({ ...current, verdict: { stamp, verdict } }));
      },
    );
  }

  return store.subscribe((state, prev) => {
    for (const id of Object.keys(state.documents) as DocumentId[]) {
      const d = state.documents[id];
      if (d === undefined) continue;
      const before: TokenDocument | undefined = prev.documents[id];
      if (d.text !== before?.text) decode(id, d.text);
      const keyChanged = d.key !== before?.key;
      const decodedChanged = d.decoded !== before?.decoded;
      if (keyChanged) readKey(id, d);
      if (keyChanged || decodedChanged) verify(id, d);
    }
  });
}
