import type { StoreApi } from 'zustand/vanilla';
import type { DecodedSdJwt } from '../core/token/decode';
import { createLazySdJwtEngine } from '../engine/sd-jwt-engine';
import { runLatest } from './latest';
import { decodeIsCurrent, tokenIdentity } from './selectors/document';
import type { AppState, Engines } from './types';

/**
 * The SD-JWT layer's jobs for the main token: its disclosures read against the payload, then its key-binding
 * JWT checked against `cnf.jwk` (asynchronous: WebCrypto). Each answer is stamped with the token it is for
 * (`tokenIdentity`) and dropped when another token is on screen by the time it arrives.
 */
export function startSdJwtReactions(store: StoreApi<AppState>, engines: Engines): () => void {
  const engine = engines.sdJwt ?? createLazySdJwtEngine();
  const current = () => tokenIdentity(store.getState().documents.main);

  function read(token: string, decoded: DecodedSdJwt): void {
    if (decoded.keyBinding === undefined) {
      store.setState({ keyBinding: { token, result: { status: 'absent', problems: [] } } });
    }
    runLatest(
      current,
      (a, b) => a === b,
      () => engine.read(decoded),
      (view) => {
        store.setState({ sdJwt: { token, view } });
        if (decoded.keyBinding === undefined) return;
        runLatest(
          current,
          (a, b) => a === b,
          () => engine.verifyKeyBinding(decoded, view),
          (result) => store.setState({ keyBinding: { token, result } }),
        ).catch(() => undefined);
      },
    ).catch(() => undefined);
  }

  const start = (state: AppState, prev: AppState | undefined) => {
    const d = state.documents.main;
    if (d.decoded === prev?.documents.main.decoded || !decodeIsCurrent(d)) return;
    const decoded = d.decoded.value;
    if (decoded.kind === 'sd-jwt') {
      read(tokenIdentity(d), decoded);
      return;
    }
    if (state.sdJwt !== undefined || state.keyBinding !== undefined) {
      store.setState({ sdJwt: undefined, keyBinding: undefined });
    }
  };
  start(store.getState(), undefined);
  return store.subscribe(start);
}
