import type { DecryptResult, JweLimits } from '../core/jwe/decrypt';
import type { DecodedJwe } from '../core/token/decode';
import type { KeyReading } from './verify-engine';

/** Decrypts a JWE with the key in the key input for the store; answers always arrive later. */
export interface DecryptEngine {
  decrypt(decoded: DecodedJwe, read: KeyReading, keyText: string, limits: JweLimits): Promise<DecryptResult>;
}

/**
 * The JWE core (jose's decryption, and AES-192 only when a token asks for it) loads on the first JWE given a key:
 * a JWS never loads it. WebCrypto does the heavy work (PBKDF2, RSA, AES) off the main thread.
 */
export function createLazyDecryptEngine(): DecryptEngine {
  return {
    async decrypt(decoded, read, keyText, limits) {
      return (await import('../core/jwe/decrypt')).decryptJwe(decoded, read, keyText, limits);
    },
  };
}
