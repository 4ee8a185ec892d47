/// <reference lib="webworker" />
import { runKnownSecretSearch, type KnownSecretRequest } from './known-secret-search';

// The known-secret search off the main thread: one search per worker, which the page terminates to cancel it.
// The list arrives as a chunk of this worker's own bundle; the CSP lets nothing be fetched.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<KnownSecretRequest>) => {
  void runKnownSecretSearch(event.data, (message) => scope.postMessage(message));
};
