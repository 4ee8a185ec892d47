/** The name of the page's one Trusted Types policy, the one the CSP allows (set in vite.config.ts). */
declare const __SERVICE_WORKER_URL_POLICY__: string;

/** The service worker vite-plugin-pwa writes, beside index.html. */
const SERVICE_WORKER_URL = './sw.js';

/** The part of the Trusted Types API used here (TypeScript's DOM library does not describe it yet). */
interface TrustedTypePolicyFactory {
  createPolicy(
    name: string,
    rules: { createScriptURL: (input: string) => string },
  ): { createScriptURL: (input: string) => object };
}

/**
 * Registers the service worker that precaches the site for offline use. The page's CSP requires Trusted
 * Types, and `register` takes a script URL: it gets one from a policy that lets exactly `./sw.js` through and
 * throws for anything else, so the policy is no way around the CSP for other code.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const factory = (window as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
  const url =
    factory === undefined
      ? SERVICE_WORKER_URL
      : factory
          .createPolicy(__SERVICE_WORKER_URL_POLICY__, {
            createScriptURL: (input) => {
              if (input !== SERVICE_WORKER_URL) throw new TypeError(`Not the service worker: ${input}`);
              return input;
            },
          })
          .createScriptURL(SERVICE_WORKER_URL);
  // After the page has loaded, so the worker's precaching does not compete with the first paint.
  const register = () => void navigator.serviceWorker.register(url as string, { scope: './' });
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
