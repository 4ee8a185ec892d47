import type { StoreApi } from 'zustand/vanilla';
import type { DecodedToken } from '../core/token/decode';
import type { KnownSecretEngine, KnownSecretJob } from '../engine/known-secret-engine';
import { runLatest } from './latest';
import type { AppState, Engines } from './types';
import { decodeIsCurrent, tokenIdentity } from './selectors/document';
import { SAMPLE_TOKEN } from './sample';

/** Only an HS256/384/512 token can be searched for a known secret; the list loads for nothing else. */
function isHmacToken(decoded: DecodedToken): boolean {
  return decoded.kind !== 'jwe' && /^HS(256|384|512)$/.test(decoded.alg ?? '');
}

function hasX5c(decoded: DecodedToken): boolean {
  return decoded.headerObject?.members.some((m) => m.name.value === 'x5c') === true;
}

/**
 * The findings' jobs for the main token: the known-secret search (stamped with the token text; a new token
 * cancels the search in flight), the key facts the lint rules read (stamped with the key inputs), and the
 * header's x5c chain. An answer for inputs no longer on screen is dropped.
 */
export function startFindingsReactions(store: StoreApi<AppState>, engines: Engines): () => void {
  if (engines.knownSecret === undefined) return () => undefined;
  const engine: KnownSecretEngine = engines.knownSecret;
  const tokenText = () => tokenIdentity(store.getState().documents.main);
  let running: { readonly token: string; readonly job: KnownSecretJob } | undefined;

  function cancelUnless(token: string): void {
    if (running === undefined || running.token === token) return;
    running.job.cancel();
    running = undefined;
  }

  function search(token: string, decoded: DecodedToken): void {
    if (running?.token === token || store.getState().knownSecret?.token === token) return;
    cancelUnless(token);
    if (!isHmacToken(decoded)) {
      if (store.getState().knownSecret !== undefined) store.setState({ knownSecret: undefined });
      return;
    }
    // The sample's secret is the page's own and not in the list: trying all of it on every first visit would
    // only hold a core for a second while the user starts.
    if (decoded.compact === SAMPLE_TOKEN) {
      const outcome = { kind: 'skipped', reason: 'sample' } as const;
      store.setState({ knownSecret: { token, state: { status: 'done', outcome, total: 0 } } });
      return;
    }
    store.setState({ knownSecret: { token, state: { status: 'loading' } } });
    const job = engine.search(decoded, ({ tried, total }) => {
      if (total === undefined || store.getState().knownSecret?.token !== token) return;
      store.setState({ knownSecret: { token, state: { status: 'searching', tried, total } } });
    });
    running = { token, job };
    const done = job.done.finally(() => {
      if (running?.job === job) running = undefined;
    });
    runLatest(
      tokenText,
      (a, b) => a === b,
      () => done,
      ({ outcome, total, finding }) =>
        store.setState({
          knownSecret: {
            token,
            state: { status: 'done', outcome, total },
            ...(finding === undefined ? {} : { finding }),
          },
        }),
    ).catch(() => {
      if (tokenText() === token) store.setState({ knownSecret: { token, state: { status: 'failed' } } });
    });
  }

  function x5c(token: string, decoded: DecodedToken): void {
    if (!hasX5c(decoded)) {
      if (store.getState().x5c !== undefined) store.setState({ x5c: undefined });
      return;
    }
    runLatest(
      tokenText,
      (a, b) => a === b,
      () => engine.x5c(decoded),
      (chain) => store.setState({ x5c: { token, chain } }),
    ).catch(() => undefined);
  }

  function keyContext(reading: NonNullable<AppState['documents']['main']['keyReading']>): void {
    runLatest(
      () => store.getState().documents.main.keyReading,
      (a, b) => a === b,
      () => engine.keyContext(reading.reading),
      (context) => store.setState({ keyContext: { stamp: reading.stamp, context } }),
    ).catch(() => undefined);
  }

  const start = (state: AppState, prev: AppState | undefined) => {
    const d = state.documents.main;
    const before = prev?.documents.main;
    const token = tokenIdentity(d);
    if (before === undefined || token !== tokenIdentity(before)) cancelUnless(token);
    if (d.decoded !== before?.decoded && decodeIsCurrent(d)) {
      search(token, d.decoded.value);
      x5c(token, d.decoded.value);
    }
    if (d.keyReading !== before?.keyReading && d.keyReading !== undefined) keyContext(d.keyReading);
  };
  start(store.getState(), undefined);
  return store.subscribe(start);
}
