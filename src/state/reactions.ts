import type { StoreApi } from 'zustand/vanilla';
import { checkReadiness } from '../core/jws/readiness';
import type { DecodedToken } from '../core/token/decode';
import type { TokenPreview } from '../core/token/preview';
import { shownPaneText } from './edit-slice';
import { updateDocument } from './documents-slice';
import { runLatest } from './latest';
import { describeKeyChangedWhileSigning } from '../core/jws/signing-words';
import type { KeyReading } from '../engine/verify-engine';
import type { SignFailure } from '../engine/sign-engine';
import type {
  AppState,
  DocumentId,
  EditablePart,
  Engines,
  KeyStamp,
  TokenDocument,
  VerifyStamp,
} from './types';
import { decodeIsCurrent, tokenIdentity } from './selectors/document';

const KEY_CHANGED: SignFailure = { code: 'KEY_CHANGED', words: describeKeyChangedWhileSigning() };

/**
 * A preview that keeps what a pane showed before where that starts as the new text does (a keystroke far from
 * the start of a big token): the pane then stays as it was until the decode arrives, rather than shrinking to the
 * start and growing back.
 */
function keepShown(
  preview: TokenPreview | undefined,
  before: TokenDocument | undefined,
): TokenPreview | undefined {
  if (preview === undefined || before === undefined) return preview;
  const kept = (part: EditablePart): string | undefined => {
    const start = preview[part];
    if (start === undefined) return undefined;
    const shown = shownPaneText(before, part);
    return shown.length > start.length && shown.startsWith(start) ? shown : start;
  };
  const header = kept('header');
  const payload = kept('payload');
  return { ...(header === undefined ? {} : { header }), ...(payload === undefined ? {} : { payload }) };
}

/**
 * Which input change starts which job, in one place: new token text (or raised limits) starts a decode; a new decode or new key
 * inputs start a verification; new key inputs start a key reading (and, for a private key, its public half); a
 * new signing request (made only by an edit) starts signing. Every job is stamped with the inputs it read,
 * and its answer is dropped when they are no longer the inputs on screen (`runLatest`).
 */
export function startReactions(store: StoreApi<AppState>, engines: Engines): () => void {
  const doc = (id: DocumentId): TokenDocument | undefined => store.getState().documents[id];
  /** The key size limit the store accepted the key text under (raised or not): the reading keeps to it. */
  const keyLimit = (): number => store.getState().limits.keyChars;
  const setDoc = (id: DocumentId, change: (d: TokenDocument) => TokenDocument): void =>
    store.setState((state) => updateDocument(state, id, change));

  function decode(id: DocumentId, text: string, choice: number, before: TokenDocument | undefined): void {
    const limits = store.getState().limits;
    const commit = (value: DecodedToken): void =>
      setDoc(id, (d) => {
        if (d.text !== text || (d.foundChoice ?? 0) !== choice) return d;
        const { preview: _done, ...rest } = d;
        return { ...rest, decoded: { text, choice, value } };
      });
    const answer = engines.decode.decode(text, limits, choice);
    // An inline engine answers at once: commit now, so a keystroke never shows an old decode.
    if (!(answer instanceof Promise)) {
      commit(answer);
      return;
    }
    // The decode runs off the page: the start of the header and payload are shown at once, read-only, till then.
    const preview = choice === 0 ? keepShown(engines.preview?.preview(text), before) : undefined;
    setDoc(id, (d) => {
      if (d.text !== text) return d;
      const { preview: _old, ...rest } = d;
      return preview === undefined ? rest : { ...rest, preview: { text, value: preview } };
    });
    // Stamped with the text and the limits it read: an answer for either, once changed, is dropped.
    void runLatest(
      () => ({ text: doc(id)?.text, limits: store.getState().limits, choice: doc(id)?.foundChoice ?? 0 }),
      (a, b) => a.text === b.text && a.limits === b.limits && a.choice === b.choice,
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
      () => engines.verify.readKey(d.key.text, d.key.encoding, keyLimit()),
      (reading, stamp) => {
        if (stamp === undefined) return;
        setDoc(id, (current) => ({ ...current, keyReading: { stamp, reading } }));
        publicHalf(id, reading, stamp);
      },
    );
  }

  // A public or private key converted for copying (its public half as PEM, JWK and JWKS; a private key's private
  // half as PKCS#8 PEM and JWK); stamped with the key inputs it read.
  function publicHalf(id: DocumentId, reading: KeyReading, stamp: KeyStamp): void {
    const asymmetric =
      reading.ok && reading.value.kind === 'keys' && reading.value.keys.some((k) => k.kty !== 'oct');
    if (!asymmetric) return;
    void runLatest(
      () => keyStamp(id),
      sameKey,
      () => engines.sign.publicOutput(reading),
      (output) => setDoc(id, (current) => ({ ...current, publicOutput: { stamp, output } })),
    );
  }

  // An edit asked for a signature: sign its exact signing input with the key on screen. A newer edit replaces
  // the request, and an answer for a request that is no longer the document's is dropped. Changing the key while
  // signing keeps the old signature: the key alone never changes the token.
  function sign(id: DocumentId, d: TokenDocument): void {
    const request = d.signing;
    if (request?.status !== 'signing' || request.token !== d.text) return;
    const key = d.key;
    void (async () => {
      const read = await engines.verify.readKey(key.text, key.encoding, keyLimit());
      const answer = await engines.sign.sign(request.input, request.alg, request.kid, read);
      setDoc(id, (current) => {
        if (current.signing !== request || current.text !== request.token) return current;
        if (current.key !== key) {
          return { ...current, signing: { ...request, status: 'kept', failure: KEY_CHANGED } };
        }
        if (!answer.ok)
          return { ...current, signing: { ...request, status: 'kept', failure: answer.failure } };
        const token = `${request.input}.${answer.signature}`;
        return {
          ...current,
          text: token,
          ...(current.draft === undefined ? {} : { draft: { ...current.draft, token } }),
          signing: { ...request, token, status: 'signed' },
        };
      });
    })();
  }

  function verify(id: DocumentId, d: TokenDocument): void {
    // Only the decode of the token on screen: a big text's lags behind a new choice of the tokens found in it.
    if (!decodeIsCurrent(d) || d.key.text.trim() === '') return;
    const decoded = d.decoded.value;
    // A token that does not decode, is unsigned or encrypted, or whose header no key can verify: no check.
    if (checkReadiness(decoded, true).kind !== 'ready') return;
    const verifyStamp = (): VerifyStamp | undefined => {
      const current = doc(id);
      return current === undefined
        ? undefined
        : { tokenText: tokenIdentity(current), keyText: current.key.text, encoding: current.key.encoding };
    };
    void runLatest(
      verifyStamp,
      (a, b) => sameKey(a, b) && a?.tokenText === b?.tokenText,
      async () => {
        const read = await engines.verify.readKey(d.key.text, d.key.encoding, keyLimit());
        return engines.verify.verify(decoded, read, d.key.text);
      },
      (verdict, stamp) => {
        if (stamp !== undefined) setDoc(id, (current) => ({ ...current, verdict: { stamp, verdict } }));
      },
    );
  }

  return store.subscribe((state, prev) => {
    const limitsChanged = state.limits !== prev.limits;
    for (const id of Object.keys(state.documents) as DocumentId[]) {
      const d = state.documents[id];
      if (d === undefined) continue;
      const before: TokenDocument | undefined = prev.documents[id];
      const choiceChanged = (d.foundChoice ?? 0) !== (before?.foundChoice ?? 0);
      if (d.text !== before?.text || limitsChanged || choiceChanged)
        decode(id, d.text, d.foundChoice ?? 0, before);
      const keyChanged = d.key !== before?.key;
      const decodedChanged = d.decoded !== before?.decoded;
      if (keyChanged) readKey(id, d);
      if (keyChanged || decodedChanged) verify(id, d);
      if (d.signing !== before?.signing) sign(id, d);
    }
  });
}
