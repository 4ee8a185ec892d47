import type { Verdict } from '../core/jws/verify';
import type { KeyError, ReadKey } from '../core/keys/read';
import type { SecretEncoding } from '../core/keys/secret';
import type { Result } from '../core/result';
import type { DecodedToken } from '../core/token/decode';

/** The result of reading key text: what the key input holds, or why it cannot be read. */
export type KeyReading = Result<ReadKey, KeyError>;

/** Reads keys and checks signatures for the store; answers always arrive later (the code loads on demand). */
export interface VerifyEngine {
  readKey(text: string, encoding: SecretEncoding): Promise<KeyReading>;
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
  let last: { text: string; encoding: SecretEncoding; read: Promise<KeyReading> } | undefined;
  return {
    readKey(text, encoding) {
      if (last?.text !== text || last.encoding !== encoding) {
        last = { text, encoding, read: load().then((core) => core.readKeyText(text, encoding)) };
      }
      return last.read;
    },
    async verify(decoded, read, keyText) {
      return (await load()).verifyToken(decoded, read, keyText);
    },
  };
}
