import { decodeUtf8 } from '../encoding/text';
import { parseLosslessJson } from '../json/lossless';
import { describeSize } from '../limits';
import type { DecodedPart } from '../token/decode';
import type { Segment } from '../token/split';
import { findJweAlg, RSA1_5, type JweAlgFamily } from './algorithms';
import { formatCount } from '../count';

/** What kind of key a JWE's `alg` (RFC 7518 section 4.1) is decrypted with. */
export type JweKeyFamily = 'rsa' | 'ecdh' | 'symmetric' | 'password' | 'unknown';

const FAMILY_KEY: Readonly<Record<JweAlgFamily, JweKeyFamily>> = {
  'rsa-oaep': 'rsa',
  'ecdh-es': 'ecdh',
  'aes-kw': 'symmetric',
  'aes-gcm-kw': 'symmetric',
  dir: 'symmetric',
  pbes2: 'password',
};

/** The kind of key the recipient decrypts a JWE's `alg` with: a private key, a shared key or a password. */
export function jweKeyFamily(alg: string | undefined): JweKeyFamily {
  // RSA1_5 is refused, not decrypted, but the key it would take is still an RSA private key.
  if (alg === RSA1_5) return 'rsa';
  const spec = findJweAlg(alg);
  return spec === undefined ? 'unknown' : FAMILY_KEY[spec.family];
}

/** A decrypted plaintext's bytes as a payload is shown: JSON (read losslessly), text, binary or empty. */
export function readPlaintext(bytes: Uint8Array): DecodedPart {
  // The plaintext is no segment of the token: it has no place in the token's text.
  const segment: Segment = { part: 'payload', text: '', start: 0, end: 0 };
  if (bytes.length === 0) return { segment, bytes, content: { kind: 'empty' } };
  const text = decodeUtf8(bytes);
  if (!text.ok) return { segment, bytes, content: { kind: 'binary' } };
  const json = parseLosslessJson(text.value);
  return json.ok
    ? { segment, bytes, content: { kind: 'json', text: text.value, json: json.value } }
    : { segment, bytes, content: { kind: 'text', text: text.value } };
}

/** The token inside a nested JWE's plaintext (RFC 7519 section 5.2, `cty: "JWT"`), when it is text. */
export function innerTokenText(plaintext: Uint8Array): string | undefined {
  const text = decodeUtf8(plaintext);
  if (!text.ok) return undefined;
  const trimmed = text.value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** `decrypt-status` before a key is given, for a JWE of this `alg`. */
export function describeDecryptIdle(alg: string | undefined): string {
  switch (jweKeyFamily(alg)) {
    case 'rsa':
      return "This token is encrypted (JWE). Paste the recipient's RSA private key (PEM or JWK) to decrypt it.";
    case 'ecdh':
      return "This token is encrypted (JWE). Paste the recipient's EC or X25519 private key (PEM or JWK) to decrypt it.";
    case 'password':
      return 'This token is encrypted (JWE) with a password (PBES2). Type the password to decrypt it.';
    case 'symmetric':
      return 'This token is encrypted (JWE) with a shared key. Paste the key (a JWK, base64url or hex) to decrypt it.';
    case 'unknown':
      return 'This token is encrypted (JWE). Paste the key it was encrypted for to decrypt it.';
  }
}

/** `decrypt-status` while decrypting; a PBES2 count says how much work the key derivation is. */
export function describeDecrypting(p2c?: number): string {
  return p2c === undefined
    ? 'Decrypting…'
    : `Deriving the key from the password (${formatCount(p2c)} PBKDF2 iterations), then decrypting…`;
}

/** The words of the button that allows a higher PBES2 count for one token. */
export function describeRaiseP2c(p2c: number): string {
  return `Allow ${formatCount(p2c)} iterations for this token and decrypt`;
}

/** Why a nested token's layer is read-only here. */
export function describeLayerReadOnly(): string {
  return 'Layers are shown read-only: to edit the inner token, paste it on its own.';
}

/** A layer as the breadcrumb names it: "JWE (RSA-OAEP-256, A256GCM)", "JWS (RS256)". */
export function describeLayer(kind: string, alg: string | undefined, enc: string | undefined): string {
  const name =
    kind === 'jwe'
      ? 'JWE'
      : kind === 'unsecured'
        ? 'Unsecured JWT'
        : kind === 'sd-jwt'
          ? 'SD-JWT'
          : kind === 'jws'
            ? 'JWS'
            : 'Text';
  const algs = [alg, enc].filter((a): a is string => a !== undefined && a !== '');
  return algs.length === 0 ? name : `${name} (${algs.join(', ')})`;
}

/** The size of a plaintext in words, for the decrypted payload's subtitle. */
export function describePlaintextSize(bytes: number): string {
  return `Decrypted, ${describeSize(bytes)}`;
}

/** Why the encoder cannot encrypt yet: there is no token. */
export function describeEncryptNothing(): string {
  return 'There is no token to encrypt: paste or make one first.';
}

/** What the encoder needs before it encrypts. */
export function describeEncryptIdle(): string {
  return "Give the recipient's public key (PEM or JWK), a shared key (JWK, base64url or hex) or a password.";
}

/** What the encoder made. */
/**
 * The most characters of a JWE made that the encrypt card shows; a longer one shows its start only (a text block
 * lays out all it holds: a 1.3 MB JWE took 390 ms).
 */
export const JWE_OUTPUT_SHOWN_CHARS = 16 * 1024;

/** What the encrypt card says under the start of a JWE too long to show whole. */
export function describeJweCut(chars: number): string {
  return `The first ${describeSize(JWE_OUTPUT_SHOWN_CHARS)} of ${describeSize(chars)} are shown. Copy takes all of it, and the editor shows it whole.`;
}

export function describeEncrypted(alg: string, enc: string, length: number): string {
  return `Encrypted with ${alg} and ${enc}: ${formatCount(length)} characters. Only the holder of the recipient's key can read it; it does not prove who made it.`;
}
