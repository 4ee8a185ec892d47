import type { KeyBindingResult } from '../core/sd-jwt/key-binding';
import type { SdJwtView } from '../core/sd-jwt/process';
import type { DecodedSdJwt } from '../core/token/decode';

/** Reads an SD-JWT's disclosures and checks its key-binding JWT for the store; answers arrive later. */
export interface SdJwtEngine {
  read(decoded: DecodedSdJwt): Promise<SdJwtView | undefined>;
  verifyKeyBinding(decoded: DecodedSdJwt, view: SdJwtView | undefined): Promise<KeyBindingResult>;
}

/**
 * The SD-JWT core (its hashes) loads on the first SD-JWT, and the key-binding check (key reading and
 * verification, WebCrypto) on the first one with a key-binding JWT: a JWS loads neither.
 */
export function createLazySdJwtEngine(): SdJwtEngine {
  return {
    async read(decoded) {
      return (await import('../core/sd-jwt/read')).readSdJwtAsync(decoded);
    },
    async verifyKeyBinding(decoded, view) {
      return (await import('../core/sd-jwt/verify-key-binding')).verifyKeyBinding(decoded, view);
    },
  };
}
