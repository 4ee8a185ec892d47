import type { Verdict } from '../core/jws/verify';
import { DEFAULT_LIMITS } from '../core/limits';
import type { KeyError, ReadKey } from '../core/keys/read';
import type { SecretEncoding } from '../core/keys/secret';
import type { Result } from '../core/result';
import type { DecodedToken } from '../core/token/decode';

/** The result of reading key text: what the key input holds, or why it cannot be read. */
export type KeyReading = Result<ReadKey, KeyError>;

/** Reads keys and checks signatures for the store; answers always arrive later (the code loads on demand). */
export interface VerifyEngine {
  /**
   * Reads key text; text longer than `maxChars` (the store's key limit, `DEFAULT_LIMITS.keyChars` unless the user
   * raised it) is refused unread.
   */
  readKey(text: string, encoding: SecretEncoding, maxChars?: number): Promise<KeyReading>;
  verify(decoded: DecodedToken, read: KeyReading, keyText: string): Promise<Verdict>;
}

/**
 * Key reading and verification (jose, ASN.1, WebCrypto imports) load on first use, so decoding carries none of
 * their weight. Reading a key depends only on the key inputs, so token edits reuse the last reading.
 */
export function createLazyVerifyEngine(): VerifyEngine {
  const load = () =>
    Promise.all([import('../core/keys/read'), import('../core/jws/verify')]).then(([read, verify]) => ({
      readKeyText: read.readKeyText,
      verifyToken: verify.verifyToken,
    }));
  let last:
    { text: string; encoding: SecretEncoding; maxChars: number; read: Promise<KeyReading> } | undefined;
  return {
    readKey(text, encoding, maxChars = DEFAULT_LIMITS.keyChars) {
      if (last?.text !== text || last.encoding !== encoding || last.maxChars !== maxChars) {
        last = {
          text,
          encoding,
          maxChars,
          read: load().then((core) => core.readKeyText(text, encoding, maxChars)),
        };
      }
      return last.read;
    },
    async verify(decoded, read, keyText) {
      return (await load()).verifyToken(decoded, read, keyText);
    },
  };
}
