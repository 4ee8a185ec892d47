import { toBase64url } from '../core/encoding/base64url';
import type { KnownSecretEngine, KnownSecretJob } from './known-secret-engine';
import type { SignEngine } from './sign-engine';
import { loadOnce } from '../core/load-once';

/**
 * The sign engine, its own code loaded with its first job (it loads signing itself on first use): the first load
 * carries only this shell. A random `jti` needs nothing loaded.
 */
export function createDeferredSignEngine(): SignEngine {
  const engine = loadOnce(async () => (await import('./sign-engine')).createLazySignEngine());
  return {
    sign: async (...args) => (await engine()).sign(...args),
    generate: async (...args) => (await engine()).generate(...args),
    thumbprint: async (...args) => (await engine()).thumbprint(...args),
    publicOutput: async (...args) => (await engine()).publicOutput(...args),
    randomId() {
      const bytes = new Uint8Array(16);
      crypto.getRandomValues(bytes);
      return toBase64url(bytes);
    },
  };
}

/**
 * The known-secret engine, its own code loaded with its first job (an HS256/384/512 token, a key, an x5c
 * header). A search cancelled before the code is there never starts, and answers `cancelled` like any other.
 */
export function createDeferredKnownSecretEngine(
  options: Parameters<typeof import('./known-secret-engine').createKnownSecretEngine>[0] = {},
): KnownSecretEngine {
  const engine = loadOnce(async () =>
    (await import('./known-secret-engine')).createKnownSecretEngine(options),
  );
  return {
    search(decoded, onProgress): KnownSecretJob {
      let job: KnownSecretJob | undefined;
      let cancelled = false;
      return {
        done: engine().then((e) => {
          if (cancelled) return { outcome: { kind: 'cancelled', tried: 0 }, total: 0 };
          job = e.search(decoded, onProgress);
          return job.done;
        }),
        cancel() {
          cancelled = true;
          job?.cancel();
        },
      };
    },
    keyContext: async (reading) => (await engine()).keyContext(reading),
    x5c: async (decoded) => (await engine()).x5c(decoded),
  };
}
