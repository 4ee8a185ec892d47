import type { KeyContext } from '../core/lint/key-context';
import type { Finding } from '../core/lint/finding';
import type { KnownSecretOutcome } from '../core/lint/known-secret';
import type { DecodedToken } from '../core/token/decode';
import type { X5cWords } from '../core/jws/x5c-words';
import type { KnownSecretMessage, KnownSecretRequest } from './known-secret-search';
import type { KeyReading } from './verify-engine';

/** How far a known-secret search has come: `total` is unknown (undefined) until the list has loaded. */
export interface KnownSecretProgress {
  readonly tried: number;
  readonly total?: number;
}

/** A known-secret search's answer: the outcome, with the finding when the secret was found. */
export interface KnownSecretAnswer {
  readonly outcome: KnownSecretOutcome;
  readonly total: number;
  readonly finding?: Finding;
}

/** A running search: its answer, and a way to stop it (the answer is then `cancelled`). */
export interface KnownSecretJob {
  readonly done: Promise<KnownSecretAnswer>;
  cancel(): void;
}

/**
 * The findings' engine work: the known-secret search (in a Web Worker when one can be started, else in chunks
 * on the main thread with pauses), and the key facts the lint rules read (RFC 8725 section 3.1), computed
 * here because the store may not import key reading.
 */
export interface KnownSecretEngine {
  search(decoded: DecodedToken, onProgress: (progress: KnownSecretProgress) => void): KnownSecretJob;
  keyContext(reading: KeyReading): Promise<KeyContext | undefined>;
  /** The x5c chain of a header in words, read for showing only (never trusted). */
  x5c(decoded: DecodedToken): Promise<X5cWords | undefined>;
}

/** Starts the known-secret worker (the composition root owns its Trusted Types script URL). */
export type StartWorker = () => Worker;

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const PRIVATE_MATERIAL = new Set(['pkcs8', 'pkcs1-private', 'sec1', 'encrypted-private']);

/**
 * The known-secret engine. With `startWorker`, each search runs in a new worker, terminated to cancel it; a
 * worker that cannot start or fails falls back to the main thread, in chunks with a macrotask between them, so
 * the page never freezes (the one-file edition has no worker file to start).
 */
export function createKnownSecretEngine(
  options: { readonly startWorker?: StartWorker; readonly chunkSize?: number } = {},
): KnownSecretEngine {
  const loadCore = () => import('../core/lint/known-secret');

  function onMainThread(
    request: KnownSecretRequest,
    report: (message: KnownSecretMessage) => void,
    signal: AbortSignal,
  ): Promise<KnownSecretOutcome> {
    return import('./known-secret-search').then((search) =>
      search.runKnownSecretSearch(request, report, {
        signal,
        pause: macrotask,
        ...(options.chunkSize === undefined ? {} : { chunkSize: options.chunkSize }),
      }),
    );
  }

  function inWorker(
    request: KnownSecretRequest,
    report: (message: KnownSecretMessage) => void,
    signal: AbortSignal,
    start: StartWorker,
  ): Promise<KnownSecretOutcome> {
    return new Promise((resolve, reject) => {
      let worker: Worker;
      try {
        worker = start();
      } catch (error) {
        reject(error instanceof Error ? error : new Error('worker'));
        return;
      }
      let tried = 0;
      const stop = () => {
        worker.terminate();
        resolve({ kind: 'cancelled', tried });
      };
      signal.addEventListener('abort', stop, { once: true });
      worker.onmessage = (event: MessageEvent<KnownSecretMessage>) => {
        const message = event.data;
        report(message);
        if (message.type === 'progress') tried = message.tried;
        if (message.type === 'done') {
          signal.removeEventListener('abort', stop);
          worker.terminate();
          resolve(message.outcome);
        }
      };
      worker.onerror = (event) => {
        event.preventDefault();
        signal.removeEventListener('abort', stop);
        worker.terminate();
        reject(new Error('worker failed'));
      };
      worker.postMessage({
        ...request,
        ...(options.chunkSize === undefined ? {} : { chunkSize: options.chunkSize }),
      });
    });
  }

  return {
    search(decoded, onProgress) {
      const controller = new AbortController();
      let total = 0;
      let tried = 0;
      const report = (message: KnownSecretMessage): void => {
        if (controller.signal.aborted) return;
        if (message.type === 'total') total = message.total;
        if (message.type === 'progress') tried = message.tried;
        if (message.type !== 'done') onProgress({ tried, total });
      };
      const done = (async (): Promise<KnownSecretAnswer> => {
        const core = await loadCore();
        const target = core.toKnownSecretTarget(decoded);
        if (typeof target === 'string') return { outcome: { kind: 'skipped', reason: target }, total: 0 };
        const request: KnownSecretRequest = { target };
        // Cancelled while the core loaded: no worker is started (an abort listener added now would never fire).
        if (controller.signal.aborted) return { outcome: { kind: 'cancelled', tried: 0 }, total };
        let outcome: KnownSecretOutcome;
        const start = options.startWorker;
        if (start === undefined) outcome = await onMainThread(request, report, controller.signal);
        else {
          try {
            outcome = await inWorker(request, report, controller.signal, start);
          } catch {
            // No worker here (a CSP, a browser without module workers): search on the page, in small steps.
            outcome = await onMainThread(request, report, controller.signal);
          }
        }
        const finding = core.toKnownSecretFinding(outcome);
        return { outcome, total, ...(finding === undefined ? {} : { finding }) };
      })();
      return { done, cancel: () => controller.abort() };
    },

    async keyContext(reading) {
      if (reading.ok && reading.value.kind === 'secret') {
        const bytes = reading.value.bytes;
        const { findConfusedKey } = await import('../core/jws/confusion');
        if (findConfusedKey(reading) !== undefined) return { kind: 'key-material', private: false };
        return bytes === undefined ? undefined : { kind: 'secret', bytes: bytes.length };
      }
      const { findConfusedKey } = await import('../core/jws/confusion');
      const confused = findConfusedKey(reading);
      if (confused?.kind === 'key') return { kind: 'key-material', private: confused.private };
      if (confused?.kind === 'material')
        return { kind: 'key-material', private: PRIVATE_MATERIAL.has(confused.material) };
      if (confused !== undefined) return { kind: 'key-material', private: false };
      return reading.ok ? { kind: 'keys' } : undefined;
    },

    async x5c(decoded) {
      const header = decoded.headerObject;
      // Certificate reading loads on demand, only for a header that has an x5c member.
      if (header?.members.some((m) => m.name.value === 'x5c') !== true) return undefined;
      const [{ readX5cChain }, { describeX5cChain }] = await Promise.all([
        import('../core/jws/x5c'),
        import('../core/jws/x5c-words'),
      ]);
      const chain = readX5cChain(header);
      return chain === undefined ? undefined : describeX5cChain(chain, decoded.alg);
    },
  };
}
