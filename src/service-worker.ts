import decodeWorkerUrl from './engine/decode.worker.ts?worker&url';
import knownSecretWorkerUrl from './engine/known-secret.worker.ts?worker&url';

/** The name of the page's one Trusted Types policy, the one the CSP allows (set in vite.config.ts). */
declare const __SERVICE_WORKER_URL_POLICY__: string;

/** The service worker vite-plugin-pwa writes, beside index.html. */
const SERVICE_WORKER_URL = './sw.js';

/** The script URLs the page may start: the service worker, the decode and known-secret workers, nothing else. */
const SCRIPT_URLS: ReadonlySet<string> = new Set([SERVICE_WORKER_URL, decodeWorkerUrl, knownSecretWorkerUrl]);

/** The part of the Trusted Types API used here (TypeScript's DOM library does not describe it yet). */
interface TrustedTypePolicyFactory {
  createPolicy(
    name: string,
    rules: { createScriptURL: (input: string) => string },
  ): { createScriptURL: (input: string) => object };
}

let policy: { createScriptURL: (input: string) => object } | undefined;

/**
 * A script URL for one of SCRIPT_URLS. The page's CSP requires Trusted Types, and `register` and `new Worker`
 * take script URLs: they get them from the page's one policy, which lets exactly those URLs through and
 * throws for anything else, so the policy is no way around the CSP for other code.
 */
function toScriptUrl(url: string): string {
  const factory = (window as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
  if (factory === undefined) return url;
  policy ??= factory.createPolicy(__SERVICE_WORKER_URL_POLICY__, {
    createScriptURL: (input) => {
      if (!SCRIPT_URLS.has(input)) throw new TypeError(`Not a script of this page: ${input}`);
      return input;
    },
  });
  // A TrustedScriptURL, which the DOM library types as a string parameter.
  return policy.createScriptURL(url) as unknown as string;
}

/** Registers the service worker that precaches the site for offline use. */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const url = toScriptUrl(SERVICE_WORKER_URL);
  const register = () => void navigator.serviceWorker.register(url, { scope: './' });
  // Once the page has loaded and is idle: the load event can come before the first token is painted (the first
  // render is scheduled after the scripts run), and the worker's precaching (every file, about 1 MB) must not
  // compete with it.
  const whenIdle = (): void => {
    if (typeof window.requestIdleCallback === 'function')
      window.requestIdleCallback(register, { timeout: 2000 });
    else window.setTimeout(register, 500);
  };
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}

/** Starts the known-secret search worker (src/engine/known-secret.worker.ts, as built). */
export function startKnownSecretWorker(): Worker {
  return new Worker(toScriptUrl(knownSecretWorkerUrl), { type: 'module', name: 'known-secret' });
}

/** Starts the decode worker for big tokens (src/engine/decode.worker.ts, as built). */
export function startDecodeWorker(): Worker {
  return new Worker(toScriptUrl(decodeWorkerUrl), { type: 'module', name: 'decode' });
}
