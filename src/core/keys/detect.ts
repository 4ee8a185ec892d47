import { DEFAULT_LIMITS } from '../limits';
import { decodeUtf8 } from '../encoding/text';
import { classifyDer } from './der';
import type { KeyTextKind } from './key-type';
import { normalizePemLabel } from './pem';
import { decodeSecret, type SecretEncoding } from './secret';

/** How key material was written: PEM armour, JSON, or armour-less DER under one of the secret readings. */
export type KeyTextForm = 'pem' | 'json' | 'der';

export interface DetectedKeyText {
  readonly kind: KeyTextKind;
  /** How the key was written, for every kind but empty and secret. */
  readonly form?: KeyTextForm;
  /** The PEM label found ("PUBLIC KEY"), for PEM kinds. */
  readonly pemLabel?: string;
  /** json-unknown: the text starts like JSON but does not parse. */
  readonly jsonInvalid?: true;
  /** The parsed JSON, for jwk and jwks. */
  readonly json?: Record<string, unknown>;
  /** The DER bytes, for key material written without PEM armour (bare base64 or hex). */
  readonly der?: Uint8Array;
  /**
   * The reading of the text under which the key was found, when it was not the text as typed: base64 of DER
   * (an `x5c` entry, Keycloak's "Public key", PEM body lines), hex of DER, or base64 of a PEM or JWK.
   */
  readonly via?: SecretEncoding;
  /** The text the key was found in, when it is a reading of the pasted text (base64 of a PEM or JWK). */
  readonly text?: string;
}

const PEM_KINDS: Readonly<Record<string, KeyTextKind>> = {
  'PUBLIC KEY': 'spki',
  'RSA PUBLIC KEY': 'pkcs1-public',
  CERTIFICATE: 'x509',
  'TRUSTED CERTIFICATE': 'x509',
  'X509 CERTIFICATE': 'x509',
  'PRIVATE KEY': 'pkcs8',
  'RSA PRIVATE KEY': 'pkcs1-private',
  'EC PRIVATE KEY': 'sec1',
  'ENCRYPTED PRIVATE KEY': 'encrypted-private',
};

// RFC 7468 section 2, read leniently: any letter case, spaces or tabs around and inside the label.
// One space or tab after BEGIN (more are trimmed from the label): no two parts can match the same run of spaces,
// so matching stays linear on hostile input.
const PEM_BEGIN = /-----[ \t]*BEGIN[ \t]([^\r\n-]+(?:-[^\r\n-]+)*)-----/i;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function detectPem(text: string): DetectedKeyText | undefined {
  const pem = PEM_BEGIN.exec(text);
  if (pem === null) return undefined;
  const label = normalizePemLabel(pem[1] ?? '');
  return { kind: PEM_KINDS[label] ?? 'pem-unknown', form: 'pem', pemLabel: label };
}

function detectJson(text: string): DetectedKeyText | undefined {
  if (!text.startsWith('{') && !text.startsWith('[')) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'json-unknown', form: 'json', jsonInvalid: true };
  }
  // A bare array of JWKs is read as the JWKS it means.
  if (Array.isArray(json) && json.length > 0 && json.every((k) => isRecord(k) && 'kty' in k)) {
    return { kind: 'jwks', form: 'json', json: { keys: json } };
  }
  if (!isRecord(json)) return { kind: 'json-unknown', form: 'json' };
  if (Array.isArray(json.keys)) return { kind: 'jwks', form: 'json', json };
  if (typeof json.kty === 'string') return { kind: 'jwk', form: 'json', json };
  return { kind: 'json-unknown', form: 'json', json };
}

/** The text as typed, when it is PEM or JSON. */
function detectWritten(text: string): DetectedKeyText | undefined {
  return detectPem(text) ?? detectJson(text);
}

// The readings tried for armour-less key material; utf8 is the text itself, already looked at.
const DER_READINGS: readonly SecretEncoding[] = ['base64', 'base64url', 'hex'];

/** The bytes of one reading of the text, with line breaks (real or written as "\n") ignored. */
function readingOf(text: string, encoding: SecretEncoding): Uint8Array | undefined {
  const compact = text.replace(/\\[rn]/g, '').replace(/\s+/g, '');
  if (compact === '') return undefined;
  const bytes = decodeSecret(compact, encoding);
  return bytes.ok && bytes.value.length > 0 ? bytes.value : undefined;
}

/** Key material hidden in a reading of the text: DER of a key, or the text of a PEM block or JWK. */
function detectInReadings(text: string): DetectedKeyText | undefined {
  for (const via of DER_READINGS) {
    const bytes = readingOf(text, via);
    if (bytes === undefined) continue;
    const kind = classifyDer(bytes);
    if (kind !== undefined) return { kind, form: 'der', der: bytes, via };
    const inner = decodeUtf8(bytes);
    if (!inner.ok) continue;
    const written = detectWritten(inner.value.trim());
    if (written !== undefined && written.kind !== 'json-unknown') {
      return { ...written, via, text: inner.value };
    }
  }
  return undefined;
}

/**
 * Classifies pasted key text: an HMAC secret, a PEM block by its label, a JWK or a JWKS (RFC 7517 section 5), or
 * key material without armour (base64 or hex of DER, base64 of a PEM or JWK). Text is an HMAC secret only when
 * no reading of it is a key (RFC 8725 section 3.1: a public key is never an HMAC secret).
 */
export function detectKeyText(text: string): DetectedKeyText {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const written = detectWritten(trimmed);
  if (written !== undefined) return written;
  // Readings (three decodings of the whole text) only up to the default key limit: no DER key, certificate or
  // encoded PEM or JWK is near it, and past it (a limit the user raised) they would cost a long task.
  if (trimmed.length <= READINGS_MAX_CHARS) return detectInReadings(trimmed) ?? { kind: 'secret' };
  return { kind: 'secret' };
}

/**
 * The longest text looked at under its readings (base64, base64url, hex) for key material without armour: the
 * default key limit. Longer text (only after the user raised the limit) is read as written: PEM, JSON or secret.
 */
export const READINGS_MAX_CHARS = DEFAULT_LIMITS.keyChars;

/** Whether the detected text is key material (a PEM block, a JWK or JWKS, DER) rather than an HMAC secret. */
export function isKeyMaterial(detected: DetectedKeyText): boolean {
  return detected.kind !== 'empty' && detected.kind !== 'secret';
}
