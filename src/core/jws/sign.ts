import type { JWK } from 'jose';
import { decodeBase64url, toBase64url } from '../encoding/base64url';
import type { KeyError } from '../keys/errors';
import type { KeySource, PublicKeyEntry, ReadKey } from '../keys/key-material';
import type { KeyType } from '../keys/key-type';
import type { SecretEncoding } from '../keys/secret';
import { err, ok, type Result } from '../result';
import { checkKeyFits, findAlgorithm, type AlgorithmSpec } from './algorithms';
import { selectCandidates } from './candidates';
import { findConfusedKey } from './confusion';
import type { SigningChoice, SignError } from './sign-error';

/** The key a token is signed with: the HMAC secret's bytes, one private key, or nothing for alg "none". */
export type SigningKey =
  | { readonly kind: 'secret'; readonly bytes: Uint8Array; readonly encoding: SecretEncoding }
  | {
      readonly kind: 'private';
      /** The private JWK, in memory only; never logged, persisted or shown. */
      readonly jwk: JWK;
      readonly kty: KeyType;
      readonly crv?: string;
      readonly source: KeySource;
      readonly choice: SigningChoice;
      readonly kid?: string;
    }
  | { readonly kind: 'none' };

/** Whether a key entry holds what signing needs: a private half, or an HMAC secret's "k". */
function canSign(entry: PublicKeyEntry): boolean {
  return entry.kty === 'oct' ? typeof entry.jwk.k === 'string' : entry.privateJwk !== undefined;
}

function toSigningKey(entry: PublicKeyEntry, choice: SigningChoice): SigningKey {
  return {
    kind: 'private',
    jwk: entry.privateJwk ?? entry.jwk,
    kty: entry.kty,
    ...(entry.crv === undefined ? {} : { crv: entry.crv }),
    source: entry.source,
    choice,
    ...(entry.kid === undefined ? {} : { kid: entry.kid }),
  };
}

function chooseFromKeys(
  read: Extract<ReadKey, { kind: 'keys' }>,
  spec: AlgorithmSpec,
  kid: string | undefined,
): Result<SigningKey, SignError> {
  const { fitting, skipped } = selectCandidates(read.keys, spec, kid);
  const fromSet = read.source === 'jwks' || read.keys.length !== 1;
  const needed = spec.minBits ?? 2048;
  const signers = fitting.filter(canSign);
  const bigEnough = signers.filter((k) => k.kty !== 'RSA' || k.bits === undefined || k.bits >= needed);
  const first = bigEnough[0];
  if (first !== undefined) {
    const byKid = kid !== undefined && first.kid === kid;
    return ok(toSigningKey(first, byKid ? 'kid' : bigEnough.length === 1 ? 'only' : 'first'));
  }
  const small = signers[0];
  if (small?.bits !== undefined) {
    return err({ code: 'KEY_TOO_SMALL', alg: spec.alg, bits: small.bits, needed });
  }
  const publicOnly = fitting[0];
  if (publicOnly !== undefined) {
    return err({ code: 'PRIVATE_KEY_NEEDED', alg: spec.alg, key: publicOnly.source });
  }
  const only = !fromSet && skipped.length === 1 ? skipped[0] : undefined;
  if (only?.because === 'key-type') return err({ code: 'KEY_ALG_MISMATCH', mismatch: only.mismatch });
  const unreadable = read.unreadable.map(
    (u) => ({ key: u.source, outcome: 'skipped', because: 'unreadable', error: u.error }) as const,
  );
  return err({ code: 'NO_KEY_FITS', alg: spec.alg, candidates: [...skipped, ...unreadable] });
}

/**
 * Chooses the key that signs for `alg` from what the key input holds (RFC 7515 section 4.1.4, RFC 8725 section
 * 3.1): the HMAC secret's bytes in the chosen reading, or a private key that fits the alg, chosen by kid, else the
 * only one, else the first. Key material is never an HMAC secret; a public key alone cannot sign; "none" is
 * chosen only when `allowNone` says the user asked for it.
 */
export function chooseSigningKey(
  read: Result<ReadKey, KeyError>,
  alg: string,
  kid: string | undefined,
  options: { readonly allowNone?: boolean } = {},
): Result<SigningKey, SignError> {
  if (alg === 'none')
    return options.allowNone === true ? ok({ kind: 'none' }) : err({ code: 'ALG_NONE_NOT_ASKED' });
  const spec = findAlgorithm(alg);
  if (spec === undefined) return err({ code: 'ALG_UNKNOWN', alg });
  if (spec.family === 'hmac') {
    const confused = findConfusedKey(read);
    if (confused?.kind === 'material' || confused?.kind === 'der-secret') {
      return err({ code: 'KEY_CONFUSION', alg, key: confused });
    }
  }
  if (!read.ok) {
    return read.error.code === 'KEY_EMPTY'
      ? err({ code: 'NO_KEY', alg })
      : err({ code: 'KEY_UNREADABLE', error: read.error });
  }
  const value = read.value;
  if (value.kind === 'keys') return chooseFromKeys(value, spec, kid);
  if (spec.family !== 'hmac') {
    return err({ code: 'KEY_ALG_MISMATCH', mismatch: { reason: 'kty', alg, kty: 'oct' } });
  }
  if (value.bytes === undefined) {
    return value.encodingError === undefined
      ? err({ code: 'INTERNAL', name: 'secret without bytes' })
      : err({ code: 'SECRET_ENCODING', error: value.encodingError });
  }
  if (value.bytes.length === 0) return err({ code: 'SECRET_EMPTY' });
  return ok({ kind: 'secret', bytes: value.bytes, encoding: value.encoding });
}

/** The bytes of the "k" of an HMAC JWK (RFC 7518 section 6.4.1). */
function octBytes(jwk: JWK): Uint8Array | undefined {
  if (typeof jwk.k !== 'string') return undefined;
  const bytes = decodeBase64url(jwk.k);
  return bytes.ok ? bytes.value : undefined;
}

const HASH = { 256: 'SHA-256', 384: 'SHA-384', 512: 'SHA-512' } as const;

/** WebCrypto's import and sign parameters for a table algorithm (RFC 7518 sections 3.2 to 3.5, RFC 8037). */
function webCryptoParams(spec: AlgorithmSpec):
  | {
      import: RsaHashedImportParams | EcKeyImportParams | HmacImportParams | Algorithm;
      sign: AlgorithmIdentifier | RsaPssParams | EcdsaParams;
    }
  | undefined {
  const hash = HASH[spec.hashBits ?? 256];
  switch (spec.family) {
    case 'hmac':
      return { import: { name: 'HMAC', hash }, sign: 'HMAC' };
    case 'rsa':
      return { import: { name: 'RSASSA-PKCS1-v1_5', hash }, sign: 'RSASSA-PKCS1-v1_5' };
    case 'rsa-pss':
      // RFC 7518 section 3.5: the salt is as long as the hash.
      return {
        import: { name: 'RSA-PSS', hash },
        sign: { name: 'RSA-PSS', saltLength: (spec.hashBits ?? 256) / 8 },
      };
    case 'ecdsa':
      return { import: { name: 'ECDSA', namedCurve: spec.crv ?? '' }, sign: { name: 'ECDSA', hash } };
    case 'eddsa':
      return { import: { name: 'Ed25519' }, sign: 'Ed25519' };
    case 'ml-dsa':
      return undefined;
  }
}

/** Whether signing needs the on-demand signer (what WebCrypto lacks: ES256K, Ed448, ML-DSA). */
function needsExtra(spec: AlgorithmSpec, key: SigningKey): boolean {
  return (
    spec.engine === 'extra' || (spec.family === 'eddsa' && key.kind === 'private' && key.crv === 'Ed448')
  );
}

async function signWebCrypto(
  spec: AlgorithmSpec,
  key: Exclude<SigningKey, { kind: 'none' }>,
  input: Uint8Array,
): Promise<Result<Uint8Array, SignError>> {
  const params = webCryptoParams(spec);
  if (params === undefined) return err({ code: 'INTERNAL', name: `no WebCrypto signer for ${spec.alg}` });
  let raw: Uint8Array | undefined;
  let jwk: JsonWebKey | undefined;
  if (key.kind === 'secret') raw = key.bytes;
  else if (key.kty === 'oct') raw = octBytes(key.jwk);
  else {
    // The pasted key's own alg, use and key_ops were weighed when it was chosen; WebCrypto would refuse a
    // verify-only key_ops or an alg it names otherwise.
    const { alg: _alg, use: _use, key_ops: _ops, ext: _ext, ...members } = key.jwk as Record<string, unknown>;
    jwk = members;
  }
  let cryptoKey: CryptoKey;
  try {
    cryptoKey =
      raw !== undefined
        ? await crypto.subtle.importKey('raw', raw as BufferSource, params.import, false, ['sign'])
        : await crypto.subtle.importKey('jwk', jwk ?? {}, params.import, false, ['sign']);
  } catch {
    return err({ code: 'KEY_UNUSABLE', alg: spec.alg });
  }
  const signature = await crypto.subtle.sign(params.sign, cryptoKey, input as BufferSource);
  // WebCrypto's ECDSA signature is already raw r||s, as RFC 7518 section 3.4 wants it.
  return ok(new Uint8Array(signature));
}

/**
 * RFC 7515 section 5.1: signs the exact signing input bytes (never re-serialising the header) with the key
 * chosen for `alg`, and returns the base64url signature segment; "none" gives the empty segment. WebCrypto signs
 * what it can; ES256K, Ed448 and ML-DSA load their signer on demand. Never throws.
 */
export async function signJws(
  signingInput: string,
  alg: string,
  key: SigningKey,
): Promise<Result<string, SignError>> {
  try {
    if (alg === 'none') return key.kind === 'none' ? ok('') : err({ code: 'ALG_NONE_NOT_ASKED' });
    const spec = findAlgorithm(alg);
    if (spec === undefined) return err({ code: 'ALG_UNKNOWN', alg });
    if (key.kind === 'none') return err({ code: 'NO_KEY', alg });
    if (key.kind === 'secret' && spec.family !== 'hmac') {
      return err({ code: 'KEY_ALG_MISMATCH', mismatch: { reason: 'kty', alg, kty: 'oct' } });
    }
    const mismatch = key.kind === 'private' ? checkKeyFits(spec, key.kty, key.crv) : undefined;
    if (mismatch !== undefined) return err({ code: 'KEY_ALG_MISMATCH', mismatch });
    const input = new TextEncoder().encode(signingInput);
    let signature: Result<Uint8Array, SignError>;
    if (needsExtra(spec, key) && key.kind === 'private') {
      const { signExtra } = await import('./sign-extra');
      signature = signExtra(spec, key.jwk, input);
    } else {
      signature = await signWebCrypto(spec, key, input);
    }
    return signature.ok ? ok(toBase64url(signature.value)) : signature;
  } catch (e) {
    return err({ code: 'INTERNAL', name: e instanceof Error ? e.name : 'unknown' });
  }
}
