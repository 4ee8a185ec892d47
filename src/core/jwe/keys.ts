import type { JWK } from 'jose';
import { decodeBase64urlLenient } from '../encoding/base64url';
import type { KeyError } from '../keys/errors';
import type { PublicKeyEntry, ReadKey } from '../keys/key-material';
import { decodeSecret, type SecretEncoding } from '../keys/secret';
import { MAX_KEYS_TRIED } from '../limits';
import type { Result } from '../result';
import { RSA_MIN_BITS, symmetricKeyBytes, type JweAlgSpec, type JweEncSpec } from './algorithms';
import type { DecryptError, DecryptKeyUsed, FoundKey } from './decrypt-result';

/** A key to try: the bytes of a shared key or password, or a JWK (private to decrypt, public to encrypt). */
export interface KeyCandidate {
  readonly key: Uint8Array | JWK;
  readonly used: DecryptKeyUsed;
  readonly kid?: string;
}

/** The keys to try against one token, at most MAX_KEYS_TRIED; or why none can be. */
export type KeySelection =
  | {
      readonly ok: true;
      readonly candidates: readonly KeyCandidate[];
      /** Keys that fit but were not tried. */
      readonly untried: number;
      /** The token's kid, when the set has kids and none is this one. */
      readonly kidUnmatched?: string;
    }
  | { readonly ok: false; readonly error: DecryptError };

/** What a key needs to be for the token: its alg, enc and, for ECDH-ES, the curve of the epk. */
export interface KeyNeed {
  readonly alg: JweAlgSpec;
  readonly enc: JweEncSpec;
  readonly kid?: string;
  /** ECDH-ES: the curve the key must be on (the epk's when decrypting). */
  readonly crv?: string;
}

const EC_CURVES = new Set(['P-256', 'P-384', 'P-521']);

/** The readings tried, in this order, when the chosen one does not give the length a shared key needs. */
const OTHER_READINGS: readonly SecretEncoding[] = ['hex', 'base64url', 'base64'];

function fail(error: DecryptError): KeySelection {
  return { ok: false, error };
}

/** A JWK without the members that would stop WebCrypto importing it for another use than it names. */
export function toUsableJwk(jwk: JWK): JWK {
  const { alg: _alg, use: _use, key_ops: _ops, ext: _ext, ...rest } = jwk;
  return rest;
}

/** Whether a key's type can serve the alg at all (the curve is checked apart, to say so). */
function fitsKind(entry: PublicKeyEntry, alg: JweAlgSpec): boolean {
  switch (alg.family) {
    case 'rsa-oaep':
      return entry.kty === 'RSA';
    case 'ecdh-es':
      return (
        (entry.kty === 'EC' && EC_CURVES.has(entry.crv ?? '')) ||
        (entry.kty === 'OKP' && entry.crv === 'X25519')
      );
    default:
      return entry.kty === 'oct';
  }
}

function foundKey(entry: PublicKeyEntry): FoundKey {
  return {
    kind: 'key',
    kty: entry.kty,
    ...(entry.crv === undefined ? {} : { crv: entry.crv }),
    private: entry.privateJwk !== undefined,
  };
}

function keyUsed(entry: PublicKeyEntry): DecryptKeyUsed {
  return {
    kind: 'key',
    source: entry.source,
    kty: entry.kty,
    ...(entry.crv === undefined ? {} : { crv: entry.crv }),
  };
}

function octBytes(entry: PublicKeyEntry): Uint8Array | undefined {
  const k = (entry.jwk as { k?: unknown }).k;
  if (typeof k !== 'string') return undefined;
  const bytes = decodeBase64urlLenient(k);
  return bytes.ok ? bytes.value : undefined;
}

/**
 * The lengths in bytes a shared key given as secret text has in the readings `readSharedSecret` tries (the one
 * chosen, then hex, base64url and base64): `readSharedSecret(secret, keyText, needed).ok` holds for a `needed`
 * length exactly when this has it. Read once per key text, where the encoder asks of every alg and enc (asked
 * per pair, a megabyte pasted as the key was decoded some 180 times: 650 ms).
 */
export function sharedSecretLengths(
  secret: Extract<ReadKey, { kind: 'secret' }>,
  keyText: string,
): ReadonlySet<number> {
  const lengths = new Set<number>();
  if (secret.bytes !== undefined) lengths.add(secret.bytes.length);
  for (const encoding of OTHER_READINGS) {
    if (encoding === secret.encoding) continue;
    const other = decodeSecret(keyText, encoding);
    if (other.ok) lengths.add(other.value.length);
  }
  return lengths;
}

/**
 * The bytes of a shared key given as secret text. When the chosen reading does not give the `needed` length but
 * hex, base64url or base64 does, that reading is used (people paste encoded keys while the control says UTF-8),
 * and `used` says so. A PBES2 password (`needed` undefined) is the bytes as read.
 */
export function readSharedSecret(
  secret: Extract<ReadKey, { kind: 'secret' }>,
  keyText: string,
  needed: number | undefined,
):
  | { readonly ok: true; readonly bytes: Uint8Array; readonly used: DecryptKeyUsed }
  | { readonly ok: false; readonly error: DecryptError; readonly found?: number } {
  const chosen = secret.encoding;
  if (needed === undefined) {
    if (secret.bytes === undefined) {
      return secret.encodingError === undefined
        ? { ok: false, error: { code: 'SECRET_EMPTY' } }
        : { ok: false, error: { code: 'SECRET_ENCODING', error: secret.encodingError } };
    }
    if (secret.bytes.length === 0) return { ok: false, error: { code: 'SECRET_EMPTY' } };
    return { ok: true, bytes: secret.bytes, used: { kind: 'password', encoding: chosen } };
  }
  if (secret.bytes?.length === needed) {
    return {
      ok: true,
      bytes: secret.bytes,
      used: { kind: 'secret', encoding: chosen, chosen, bytes: needed },
    };
  }
  for (const encoding of OTHER_READINGS) {
    if (encoding === chosen) continue;
    const other = decodeSecret(keyText, encoding);
    if (other.ok && other.value.length === needed) {
      return { ok: true, bytes: other.value, used: { kind: 'secret', encoding, chosen, bytes: needed } };
    }
  }
  if (secret.bytes === undefined) {
    return secret.encodingError === undefined
      ? { ok: false, error: { code: 'SECRET_EMPTY' } }
      : { ok: false, error: { code: 'SECRET_ENCODING', error: secret.encodingError } };
  }
  if (secret.bytes.length === 0) return { ok: false, error: { code: 'SECRET_EMPTY' } };
  return {
    ok: false,
    error: { code: 'KEY_LENGTH', alg: '', enc: '', needed, found: secret.bytes.length, encoding: chosen },
  };
}

function fromSecret(
  secret: Extract<ReadKey, { kind: 'secret' }>,
  keyText: string,
  need: KeyNeed,
): KeySelection {
  const { alg, enc } = need;
  if (alg.family === 'rsa-oaep' || alg.family === 'ecdh-es') {
    return fail({ code: 'KEY_KIND_MISMATCH', alg: alg.alg, enc: enc.enc, found: { kind: 'secret' } });
  }
  const read = readSharedSecret(secret, keyText, symmetricKeyBytes(alg, enc));
  if (!read.ok) {
    return fail(
      read.error.code === 'KEY_LENGTH' ? { ...read.error, alg: alg.alg, enc: enc.enc } : read.error,
    );
  }
  return { ok: true, candidates: [{ key: read.bytes, used: read.used }], untried: 0 };
}

/** Narrows a set to the keys with the token's kid, when any has it (RFC 7516 section 4.1.6). */
function byKid(
  entries: readonly PublicKeyEntry[],
  kid: string | undefined,
  fromSet: boolean,
): { entries: readonly PublicKeyEntry[]; kidUnmatched?: string } {
  if (kid === undefined || !fromSet) return { entries };
  const matching = entries.filter((e) => e.kid === kid);
  if (matching.length > 0) return { entries: matching };
  return entries.some((e) => e.kid !== undefined) ? { entries, kidUnmatched: kid } : { entries };
}

function limited(candidates: KeyCandidate[], kidUnmatched: string | undefined): KeySelection {
  return {
    ok: true,
    candidates: candidates.slice(0, MAX_KEYS_TRIED),
    untried: Math.max(0, candidates.length - MAX_KEYS_TRIED),
    ...(kidUnmatched === undefined ? {} : { kidUnmatched }),
  };
}

/** Shared keys of a JWK or JWKS: kty "oct" keys of the length the alg needs (any length for a PBES2 password). */
function octCandidates(
  entries: readonly PublicKeyEntry[],
  need: KeyNeed,
  fromSet: boolean,
  kidUnmatched: string | undefined,
): KeySelection {
  const { alg, enc } = need;
  const needed = symmetricKeyBytes(alg, enc);
  const keys = entries
    .map((entry) => ({ entry, bytes: octBytes(entry) }))
    .filter(
      (k): k is { entry: PublicKeyEntry; bytes: Uint8Array } => k.bytes !== undefined && k.bytes.length > 0,
    );
  const fitting = needed === undefined ? keys : keys.filter((k) => k.bytes.length === needed);
  const first = keys[0];
  if (fitting.length === 0) {
    if (!fromSet && first !== undefined && needed !== undefined) {
      return fail({ code: 'KEY_LENGTH', alg: alg.alg, enc: enc.enc, needed, found: first.bytes.length });
    }
    return fail({ code: 'NO_KEY_FITS', alg: alg.alg, enc: enc.enc });
  }
  return limited(
    fitting.map(({ entry, bytes }) => ({
      key: bytes,
      used: keyUsed(entry),
      ...(entry.kid === undefined ? {} : { kid: entry.kid }),
    })),
    kidUnmatched,
  );
}

/**
 * The keys to try for a JWE, in the order given: a shared key from secret text (read as another encoding when
 * that is the only reading of the right length), the oct keys of a JWK or JWKS, or the private keys of the type,
 * curve and size the alg needs. A set is narrowed to the token's kid when a key has it. Public keys alone never
 * decrypt: that is an error naming the private key needed.
 */
export function selectDecryptionKeys(
  need: KeyNeed,
  read: Result<ReadKey, KeyError>,
  keyText: string,
): KeySelection {
  if (!read.ok) {
    return fail(
      read.error.code === 'KEY_EMPTY' ? { code: 'NO_KEY' } : { code: 'KEY_UNREADABLE', error: read.error },
    );
  }
  const reading = read.value;
  if (reading.kind === 'secret') return fromSecret(reading, keyText, need);
  const { alg, enc } = need;
  const fromSet = reading.source === 'jwks';
  const { entries, kidUnmatched } = byKid(reading.keys, need.kid, fromSet);
  const kind = entries.filter((e) => fitsKind(e, alg));
  const first = entries[0];
  if (kind.length === 0) {
    return fail(
      fromSet || first === undefined
        ? {
            code: 'NO_KEY_FITS',
            alg: alg.alg,
            enc: enc.enc,
            ...(need.crv === undefined ? {} : { crv: need.crv }),
          }
        : {
            code: 'KEY_KIND_MISMATCH',
            alg: alg.alg,
            enc: enc.enc,
            found: foundKey(first),
            ...(need.crv === undefined ? {} : { crv: need.crv }),
          },
    );
  }
  if (alg.family !== 'rsa-oaep' && alg.family !== 'ecdh-es') {
    return octCandidates(kind, need, fromSet, kidUnmatched);
  }
  let fitting = kind;
  if (alg.family === 'ecdh-es' && need.crv !== undefined) {
    fitting = kind.filter((e) => e.crv === need.crv);
    const other = kind[0];
    if (fitting.length === 0) {
      return fail(
        fromSet || other === undefined
          ? { code: 'NO_KEY_FITS', alg: alg.alg, enc: enc.enc, crv: need.crv }
          : { code: 'EPK_CURVE_MISMATCH', alg: alg.alg, keyCrv: other.crv ?? other.kty, epkCrv: need.crv },
      );
    }
  }
  if (alg.family === 'rsa-oaep') {
    const big = fitting.filter((e) => (e.bits ?? 0) >= RSA_MIN_BITS);
    const small = fitting[0];
    if (big.length === 0) {
      return fail(
        fromSet || small === undefined
          ? { code: 'NO_KEY_FITS', alg: alg.alg, enc: enc.enc }
          : { code: 'KEY_TOO_SMALL', alg: alg.alg, bits: small.bits ?? 0, needed: RSA_MIN_BITS },
      );
    }
    fitting = big;
  }
  const withPrivate = fitting.filter((e) => e.privateJwk !== undefined);
  const publicOnly = fitting[0];
  if (withPrivate.length === 0 && publicOnly !== undefined) {
    return fail({
      code: 'PRIVATE_KEY_NEEDED',
      alg: alg.alg,
      kty: publicOnly.kty,
      ...(publicOnly.crv === undefined ? {} : { crv: publicOnly.crv }),
      fromSet,
    });
  }
  return limited(
    withPrivate.map((entry) => ({
      key: toUsableJwk(entry.privateJwk ?? entry.jwk),
      used: keyUsed(entry),
      ...(entry.kid === undefined ? {} : { kid: entry.kid }),
    })),
    kidUnmatched,
  );
}
