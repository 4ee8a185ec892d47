import { hexToBytes } from '@noble/hashes/utils.js';
import { decodeBase64urlLenient } from '../encoding/base64url';
import { err, ok, type Result } from '../result';

/** How the text of an HMAC secret is read into bytes. */
export type SecretEncoding = 'utf8' | 'base64url' | 'base64' | 'hex';

export const SECRET_ENCODINGS: readonly SecretEncoding[] = ['utf8', 'base64url', 'base64', 'hex'];

const NAMES: Record<SecretEncoding, string> = {
  utf8: 'UTF-8 text',
  base64url: 'base64url',
  base64: 'base64',
  hex: 'hexadecimal',
};

/** Text that is not valid in the chosen reading of a secret. */
export interface SecretEncodingError {
  readonly code: 'SECRET_NOT_ENCODED';
  readonly encoding: Exclude<SecretEncoding, 'utf8'>;
}

/** The name of an encoding in a sentence ("read as base64"). */
export function describeEncoding(encoding: SecretEncoding): string {
  return NAMES[encoding];
}

/** The button that switches the secret to another reading ("Read as base64"). */
export function describeReadAs(encoding: SecretEncoding): string {
  return `Read as ${describeEncoding(encoding)}`;
}

/** The sentence for secret text that is not valid in its chosen reading. */
export function describeSecretEncodingError(error: SecretEncodingError): string {
  const hint = error.encoding === 'hex' ? ' (pairs of 0-9, a-f)' : '';
  return `The secret is not valid ${describeEncoding(error.encoding)}${hint}.`;
}

/**
 * Reads secret text as bytes in the chosen encoding. UTF-8 takes the text as it is; the others ignore
 * surrounding whitespace and fail on characters outside their alphabet.
 */
export function decodeSecret(
  text: string,
  encoding: SecretEncoding,
): Result<Uint8Array, SecretEncodingError> {
  switch (encoding) {
    case 'utf8':
      return ok(new TextEncoder().encode(text));
    case 'base64url': {
      const bytes = decodeBase64urlLenient(text.trim().replace(/=+$/, ''));
      return bytes.ok ? ok(bytes.value) : err({ code: 'SECRET_NOT_ENCODED', encoding });
    }
    case 'base64': {
      const clean = text.replace(/\s+/g, '');
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) return err({ code: 'SECRET_NOT_ENCODED', encoding });
      const bytes = decodeBase64urlLenient(clean.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_'));
      return bytes.ok ? ok(bytes.value) : err({ code: 'SECRET_NOT_ENCODED', encoding });
    }
    case 'hex': {
      const clean = text.trim().replace(/^0x/i, '').replace(/[\s:]/g, '');
      if (!/^(?:[0-9a-fA-F]{2})*$/.test(clean)) return err({ code: 'SECRET_NOT_ENCODED', encoding });
      return ok(hexToBytes(clean));
    }
  }
}
