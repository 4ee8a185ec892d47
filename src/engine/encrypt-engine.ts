import type { EncryptFailure, EncryptJweOptions } from '../core/jwe/encrypt';
import type { Result } from '../core/result';
import type { KeyReading } from './verify-engine';

/** Wraps a token as a JWE for the store; answers always arrive later (the code loads on first use). */
export interface EncryptEngine {
  encrypt(
    plaintext: string,
    options: EncryptJweOptions,
    read: KeyReading,
    keyText: string,
  ): Promise<Result<string, EncryptFailure>>;
}

/** The JWE encoder (jose; AES-192 only when chosen) loads the first time the user encrypts. */
export function createLazyEncryptEngine(): EncryptEngine {
  return {
    async encrypt(plaintext, options, read, keyText) {
      return (await import('../core/jwe/encrypt')).encryptJwe(plaintext, options, read, keyText);
    },
  };
}
