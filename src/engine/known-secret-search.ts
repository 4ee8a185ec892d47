import {
  searchKnownSecrets,
  toKnownSecretCandidates,
  type KnownSecretOutcome,
  type KnownSecretTarget,
} from '../core/lint/known-secret';
import { KNOWN_SECRETS_EXTRA } from '../core/lint/known-secrets-extra';
import { loadKnownSecretList } from '../core/lint/load-known-secrets';

/** What the page asks the known-secret worker: search this target. */
export interface KnownSecretRequest {
  readonly target: KnownSecretTarget;
  readonly chunkSize?: number;
}

/** What the known-secret worker answers: the number of candidates, progress, then the outcome. */
export type KnownSecretMessage =
  | { readonly type: 'total'; readonly total: number }
  | { readonly type: 'progress'; readonly tried: number }
  | { readonly type: 'done'; readonly outcome: KnownSecretOutcome };

let candidates: Promise<readonly string[]> | undefined;

/** The curated extras, then the bundled list, each once; loaded (a lazy chunk) on first use, then kept. */
export function loadKnownSecretCandidates(): Promise<readonly string[]> {
  candidates ??= loadKnownSecretList().then((list) => [
    ...toKnownSecretCandidates(KNOWN_SECRETS_EXTRA, list),
  ]);
  return candidates;
}

/** How a search reports and stops. */
export interface SearchOptions {
  readonly chunkSize?: number;
  readonly signal?: AbortSignal;
  /** Awaited between chunks (the main thread yields to the page); none in a worker, which is terminated. */
  readonly pause?: () => Promise<void>;
}

/**
 * Tries every candidate as the HMAC secret of the target, posting the total, progress after each chunk, and the
 * outcome: the whole of the worker's work, and of the main-thread fallback (with pauses).
 */
export async function runKnownSecretSearch(
  request: KnownSecretRequest,
  post: (message: KnownSecretMessage) => void,
  options: SearchOptions = {},
): Promise<KnownSecretOutcome> {
  const list = await loadKnownSecretCandidates();
  post({ type: 'total', total: list.length });
  const search = searchKnownSecrets(request.target, list, request.chunkSize ?? options.chunkSize ?? 2000);
  let tried = 0;
  for (;;) {
    if (options.signal?.aborted) {
      const outcome: KnownSecretOutcome = { kind: 'cancelled', tried };
      post({ type: 'done', outcome });
      return outcome;
    }
    const step = search.next();
    if (step.done) {
      post({ type: 'done', outcome: step.value });
      return step.value;
    }
    tried = step.value.tried;
    post({ type: 'progress', tried });
    if (options.pause !== undefined) await options.pause();
  }
}
