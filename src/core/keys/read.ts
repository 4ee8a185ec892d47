import type { JWK } from 'jose';
import { decodeBase64url } from '../encoding/base64url';
import type { KeyType } from '../jws/algorithms';
import { err, ok, type Result } from '../result';
import { detectKeyText, isKeyMaterial, type DetectedKeyText, type KeyTextKind } from './detect';
import { describeSpki, parsePem, pkcs1PrivateToPkcs8, pkcs1PublicToSpki, sec1ToPkcs8 } from './pem';
import { toBase64url } from '../encoding/base64url';
import { decodeSecret, type SecretEncoding } from './secret';
import { parseCertificate } from './x509';

/** One public key ready to verify with: its public JWK and what is known about it. */
export interface PublicKeyEntry {
  /** Where it came from, in words: "the pasted key", "key 2 of the JWKS". */
  readonly label: string;
  readonly jwk: JWK;
  readonly kty: KeyType;
  readonly crv?: string;
  readonly bits?: number;
  readonly kid?: string;
  readonly alg?: string;
  readonly use?: string;
  /** True when the user pasted a private key (only its public half is used). */
  readonly fromPrivate: boolean;
}

export interface CertificateSummary {
  readonly subject: string;
  readonly commonName?: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
}

/** The key text as read: a secret in the chosen encoding, or public keys. */
export type ReadKey =
  | {
      readonly kind: 'secret';
      readonly encoding: SecretEncoding;
      readonly bytes?: Uint8Array;
      /** Why the text is not valid in the chosen encoding. */
      readonly encodingError?: string;
    }
  | {
      readonly kind: 'keys';
      readonly source: KeyTextKind;
      readonly keys: readonly PublicKeyEntry[];
      /** JWKS members that could not be read, with why. */
      readonly unreadable: ReadonlyArray<{ readonly label: string; readonly reason: string }>;
      readonly certificate?: CertificateSummary;
      /** A JWKS: how many keys it lists. */
      readonly listed?: number;
      /** The reading under which the key was found, when it was written without armour (bare base64 DER). */
      readonly via?: SecretEncoding;
    };

export type KeyErrorCode = 'KEY_UNREADABLE' | 'KEY_ENCRYPTED' | 'KEY_UNSUPPORTED' | 'KEY_EMPTY';

export interface KeyError {
  readonly code: KeyErrorCode;
  /** What was expected and what was found, in words. */
  readonly detail: string;
  /** What the text is when it is key material that could not be read: never an HMAC secret. */
  readonly material?: KeyTextKind;
}

const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'priv'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Bits of a base64url big-endian integer (an RSA modulus). */
function integerBits(b64: unknown): number | undefined {
  if (typeof b64 !== 'string') return undefined;
  const bytes = decodeBase64url(b64);
  if (!bytes.ok) return undefined;
  let i = 0;
  while (i < bytes.value.length && bytes.value[i] === 0) i++;
  if (i === bytes.value.length) return 0;
  const top = bytes.value[i] ?? 0;
  return (bytes.value.length - i - 1) * 8 + (32 - Math.clz32(top));
}

/** Checks a JWK's members and returns its public half with what is known about it (RFC 7517, RFC 7518 section 6). */
function toEntry(raw: Record<string, unknown>, label: string): Result<PublicKeyEntry, string> {
  const kty = raw.kty;
  if (kty !== 'RSA' && kty !== 'EC' && kty !== 'OKP' && kty !== 'oct' && kty !== 'AKP') {
    return err(`its kty is ${JSON.stringify(kty ?? null)}, not RSA, EC, OKP, AKP or oct`);
  }
  // Private members are dropped (only the public half verifies); usage members of the pasted key would stop a
  // verify-only import, and selection reads them from `raw`.
  const dropped = new Set<string>([
    ...(kty === 'oct' ? [] : PRIVATE_MEMBERS),
    'key_ops',
    'ext',
    'alg',
    'use',
  ]);
  const fromPrivate = kty !== 'oct' && PRIVATE_MEMBERS.some((m) => m in raw);
  const jwk = Object.fromEntries(Object.entries(raw).filter(([name]) => !dropped.has(name)));
  let bits: number | undefined;
  let crv: string | undefined;
  if (kty === 'RSA') {
    if (typeof raw.n !== 'string' || typeof raw.e !== 'string') return err('an RSA JWK needs "n" and "e"');
    bits = integerBits(raw.n);
  } else if (kty === 'EC' || kty === 'OKP') {
    if (typeof raw.crv !== 'string' || typeof raw.x !== 'string')
      return err(`an ${kty} JWK needs "crv" and "x"`);
    if (kty === 'EC' && typeof raw.y !== 'string') return err('an EC JWK needs "y"');
    crv = raw.crv;
  } else if (kty === 'AKP') {
    if (typeof raw.pub !== 'string' || typeof raw.alg !== 'string')
      return err('an AKP JWK needs "pub" and "alg"');
  } else {
    if (typeof raw.k !== 'string') return err('an oct JWK needs "k"');
    const k = decodeBase64url(raw.k);
    if (!k.ok) return err('its "k" is not base64url');
    bits = k.value.length * 8;
  }
  return ok({
    label,
    jwk,
    kty,
    ...(crv === undefined ? {} : { crv }),
    ...(bits === undefined ? {} : { bits }),
    ...(typeof raw.kid === 'string' ? { kid: raw.kid } : {}),
    ...(typeof raw.alg === 'string' ? { alg: raw.alg } : {}),
    ...(typeof raw.use === 'string' ? { use: raw.use } : {}),
    fromPrivate,
  });
}

// WebCrypto import parameters tried in turn to learn what a DER key is; the platform parses the ASN.1.
const IMPORT_TRIES: ReadonlyArray<RsaHashedImportParams | EcKeyImportParams | Algorithm> = [
  { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
  { name: 'RSA-PSS', hash: 'SHA-256' },
  { name: 'ECDSA', namedCurve: 'P-256' },
  { name: 'ECDSA', namedCurve: 'P-384' },
  { name: 'ECDSA', namedCurve: 'P-521' },
  { name: 'Ed25519' },
  { name: 'Ed448' },
];

async function derToJwk(der: Uint8Array, format: 'spki' | 'pkcs8'): Promise<JWK | undefined> {
  const usages: KeyUsage[] = format === 'spki' ? ['verify'] : ['sign'];
  for (const params of IMPORT_TRIES) {
    try {
      const key = await crypto.subtle.importKey(format, der as BufferSource, params, true, usages);
      return await crypto.subtle.exportKey('jwk', key);
    } catch {
      // Not this algorithm: try the next.
    }
  }
  return undefined;
}

/**
 * Public keys WebCrypto cannot import (secp256k1, Ed448) are read from their SubjectPublicKeyInfo into a JWK
 * (RFC 8812 section 3.1, RFC 8037 section 2), for the on-demand verifier.
 */
function spkiToExtraJwk(der: Uint8Array): JWK | undefined {
  const spki = describeSpki(der);
  if (!spki.ok || spki.value.publicKey === undefined) return undefined;
  const raw = spki.value.publicKey;
  if (spki.value.crv === 'secp256k1' && raw.length === 65 && raw[0] === 0x04) {
    return {
      kty: 'EC',
      crv: 'secp256k1',
      x: toBase64url(raw.subarray(1, 33)),
      y: toBase64url(raw.subarray(33)),
    };
  }
  if (spki.value.crv === 'Ed448' && raw.length === 57)
    return { kty: 'OKP', crv: 'Ed448', x: toBase64url(raw) };
  return undefined;
}

async function readDer(
  der: Uint8Array,
  format: 'spki' | 'pkcs8',
  label: string,
): Promise<Result<PublicKeyEntry, KeyError>> {
  const jwk = (await derToJwk(der, format)) ?? (format === 'spki' ? spkiToExtraJwk(der) : undefined);
  if (jwk === undefined) {
    return err({
      code: 'KEY_UNSUPPORTED',
      detail: `the ${format === 'spki' ? 'public' : 'private'} key is well-formed PEM, but not an RSA, P-256, P-384, P-521, Ed25519${format === 'spki' ? ', secp256k1 or Ed448' : ''} key${format === 'pkcs8' ? ' (for secp256k1 and Ed448, paste the public key)' : ''}`,
    });
  }
  // WebCrypto's export names the algorithm it was imported with; that was only our guess, not the key's alg.
  const { alg: _alg, key_ops: _ops, ext: _ext, ...members } = jwk as Record<string, unknown>;
  const entry = toEntry(members, label);
  if (!entry.ok) return err({ code: 'KEY_UNREADABLE', detail: entry.error });
  return ok(entry.value);
}

async function readPem(text: string, kind: KeyTextKind): Promise<Result<ReadKey, KeyError>> {
  if (kind === 'encrypted-private') return err(ENCRYPTED);
  const blocks = parsePem(text);
  if (!blocks.ok) {
    const code: KeyErrorCode = blocks.error.code === 'PEM_ENCRYPTED' ? 'KEY_ENCRYPTED' : 'KEY_UNREADABLE';
    return err({ code, detail: `the PEM text cannot be read (${blocks.error.detail})` });
  }
  const block = blocks.value[0];
  if (block === undefined) return err({ code: 'KEY_UNREADABLE', detail: 'no PEM block was found' });
  return readBlock(kind, block.der, block.label);
}

const ENCRYPTED: KeyError = {
  code: 'KEY_ENCRYPTED',
  detail: 'the private key is encrypted with a passphrase; paste the public key or an unencrypted key',
};

/** Reads the DER of one key structure, from a PEM block or written without armour. */
async function readBlock(
  kind: KeyTextKind,
  der: Uint8Array,
  label?: string,
): Promise<Result<ReadKey, KeyError>> {
  const single = (
    entry: Result<PublicKeyEntry, KeyError>,
    certificate?: CertificateSummary,
  ): Result<ReadKey, KeyError> =>
    entry.ok
      ? ok({
          kind: 'keys',
          source: kind,
          keys: [entry.value],
          unreadable: [],
          ...(certificate === undefined ? {} : { certificate }),
        })
      : entry;
  switch (kind) {
    case 'encrypted-private':
      return err(ENCRYPTED);
    case 'spki':
      return single(await readDer(der, 'spki', 'the pasted public key'));
    case 'pkcs8':
      return single(await readDer(der, 'pkcs8', 'the public half of the pasted private key'));
    case 'pkcs1-public': {
      const spki = pkcs1PublicToSpki(der);
      if (!spki.ok)
        return err({
          code: 'KEY_UNREADABLE',
          detail: `the RSA public key cannot be read (${spki.error.detail})`,
        });
      return single(await readDer(spki.value, 'spki', 'the pasted RSA public key'));
    }
    case 'pkcs1-private': {
      const pkcs8 = pkcs1PrivateToPkcs8(der);
      if (!pkcs8.ok)
        return err({
          code: 'KEY_UNREADABLE',
          detail: `the RSA private key cannot be read (${pkcs8.error.detail})`,
        });
      return single(await readDer(pkcs8.value, 'pkcs8', 'the public half of the pasted RSA private key'));
    }
    case 'sec1': {
      const pkcs8 = sec1ToPkcs8(der);
      if (!pkcs8.ok)
        return err({
          code: pkcs8.error.code === 'UNSUPPORTED_CURVE' ? 'KEY_UNSUPPORTED' : 'KEY_UNREADABLE',
          detail: `the EC private key cannot be read (${pkcs8.error.detail})`,
        });
      return single(
        await readDer(pkcs8.value.pkcs8, 'pkcs8', 'the public half of the pasted EC private key'),
      );
    }
    case 'x509': {
      const cert = parseCertificate(der);
      if (!cert.ok)
        return err({
          code: 'KEY_UNREADABLE',
          detail: `the certificate cannot be read (${cert.error.detail})`,
        });
      const { subject, commonName, notBefore, notAfter } = cert.value;
      const summary: CertificateSummary = {
        subject,
        notBefore,
        notAfter,
        ...(commonName === undefined ? {} : { commonName }),
      };
      return single(await readDer(cert.value.spki, 'spki', "the certificate's public key"), summary);
    }
    default:
      return err({
        code: 'KEY_UNSUPPORTED',
        detail: `a PEM block labelled "${label ?? kind}" is not a key; expected PUBLIC KEY, RSA PUBLIC KEY, CERTIFICATE, PRIVATE KEY, RSA PRIVATE KEY or EC PRIVATE KEY`,
      });
  }
}

/**
 * Reads pasted key text: an HMAC secret in the chosen encoding, a PEM key or certificate, a JWK or a JWKS
 * (RFC 7517), or key material written without armour (base64 or hex of DER, base64 of a PEM or JWK). Private
 * keys yield only their public half. Never throws.
 */
export async function readKeyText(
  text: string,
  encoding: SecretEncoding,
): Promise<Result<ReadKey, KeyError>> {
  let detected: DetectedKeyText = { kind: 'empty' };
  try {
    detected = detectKeyText(text);
    const read = await readDetected(text, detected, encoding);
    if (read.ok) {
      return detected.via === undefined || read.value.kind !== 'keys'
        ? read
        : ok({ ...read.value, via: detected.via });
    }
    return isKeyMaterial(detected) ? err({ ...read.error, material: detected.kind }) : read;
  } catch (e) {
    return err({
      code: 'KEY_UNREADABLE',
      detail: e instanceof Error ? e.name : 'unexpected failure',
      ...(isKeyMaterial(detected) ? { material: detected.kind } : {}),
    });
  }
}

async function readDetected(
  text: string,
  detected: DetectedKeyText,
  encoding: SecretEncoding,
): Promise<Result<ReadKey, KeyError>> {
  switch (detected.kind) {
    case 'empty':
      return err({ code: 'KEY_EMPTY', detail: 'no key given' });
    case 'secret': {
      const bytes = decodeSecret(text, encoding);
      return ok(
        bytes.ok
          ? { kind: 'secret', encoding, bytes: bytes.value }
          : { kind: 'secret', encoding, encodingError: bytes.error },
      );
    }
    case 'jwk': {
      const entry = toEntry(detected.json ?? {}, 'the pasted JWK');
      if (!entry.ok) return err({ code: 'KEY_UNREADABLE', detail: `the JWK cannot be used: ${entry.error}` });
      return ok({ kind: 'keys', source: 'jwk', keys: [entry.value], unreadable: [] });
    }
    case 'jwks':
      return ok(readJwks(detected.json));
    case 'json-unknown':
      return err({
        code: 'KEY_UNREADABLE',
        detail: 'the JSON is neither a JWK (it has no "kty") nor a JWKS (it has no "keys" array)',
      });
    default:
      if (detected.der !== undefined) return readBlock(detected.kind, detected.der);
      return readPem(detected.text ?? text, detected.kind);
  }
}

function readJwks(json: Record<string, unknown> | undefined): ReadKey {
  const list = Array.isArray(json?.keys) ? (json.keys as unknown[]) : [];
  const keys: PublicKeyEntry[] = [];
  const unreadable: Array<{ label: string; reason: string }> = [];
  list.forEach((member, i) => {
    const kid = isRecord(member) && typeof member.kid === 'string' ? ` (kid "${member.kid}")` : '';
    const label = `key ${i + 1} of the JWKS${kid}`;
    if (!isRecord(member)) {
      unreadable.push({ label, reason: 'it is not a JSON object' });
      return;
    }
    const entry = toEntry(member, label);
    if (entry.ok) keys.push(entry.value);
    else unreadable.push({ label, reason: entry.error });
  });
  return { kind: 'keys', source: 'jwks', keys, unreadable, listed: list.length };
}
