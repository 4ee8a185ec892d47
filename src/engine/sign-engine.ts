import { toBase64url } from '../core/encoding/base64url';
import { describeNoThumbprint } from '../core/jws/signing-words';
import type { JWK } from 'jose';
import type { KeyReading } from './verify-engine';

/** Why a token could not be signed, with its words from the core's describe function. */
export interface SignFailure {
  /** The core's code: PRIVATE_KEY_NEEDED, KEY_ALG_MISMATCH, … */
  readonly code: string;
  readonly words: string;
}

/** A signature (base64url), or why there is none. */
export type SignAnswer =
  { readonly ok: true; readonly signature: string } | { readonly ok: false; readonly failure: SignFailure };

/**
 * A key converted for copying: the public half as SPKI PEM, JWK and JWKS, and for a private key its private
 * half as PKCS#8 PEM and JWK (in memory only, for the user to copy or download on purpose).
 */
export interface PublicKeyOutput {
  readonly spkiPem?: string;
  readonly jwk: string;
  readonly jwks: string;
  readonly privatePem?: string;
  readonly privateJwk?: string;
}

/** A generated key: what goes into the key input (and how it is read), and its public half. */
export interface GeneratedKeyOutput {
  readonly keyText: string;
  readonly encoding: 'utf8' | 'base64url';
  readonly publicOutput?: PublicKeyOutput;
}

/** Signing, key generation and key conversion for the store; answers arrive later (the code loads on demand). */
export interface SignEngine {
  /** Signs the exact signing input for `alg` with the key read from the key input (a JWKS key chosen by kid). */
  sign(signingInput: string, alg: string, kid: string | undefined, read: KeyReading): Promise<SignAnswer>;
  generate(
    alg: string,
    options?: { readonly rsaBits?: 2048 | 3072 | 4096 },
  ): Promise<{ ok: true; key: GeneratedKeyOutput } | { ok: false; failure: SignFailure }>;
  /** The RFC 7638 thumbprint of the key the key input holds. */
  thumbprint(
    read: KeyReading,
  ): Promise<{ ok: true; thumbprint: string } | { ok: false; failure: SignFailure }>;
  /** The public half of the key the key input holds, when it is a private key. */
  publicOutput(read: KeyReading): Promise<PublicKeyOutput | undefined>;
  /** A random `jti`: 16 random bytes as base64url. */
  randomId(): string;
}

/**
 * Signing, key generation and conversion load on first use (WebCrypto, and @noble for ES256K, Ed448 and
 * ML-DSA), so decoding carries none of their weight. Words for failures come from the core's describe functions.
 */
export function createLazySignEngine(): SignEngine {
  const load = () =>
    Promise.all([import('../core/jws/sign'), import('../core/jws/sign-error')]).then(([sign, words]) => ({
      ...sign,
      ...words,
    }));
  return {
    async sign(signingInput, alg, kid, read) {
      const core = await load();
      const key = core.chooseSigningKey(read, alg, kid);
      if (!key.ok)
        return { ok: false, failure: { code: key.error.code, words: core.describeSignError(key.error) } };
      const signature = await core.signJws(signingInput, alg, key.value);
      return signature.ok
        ? { ok: true, signature: signature.value }
        : {
            ok: false,
            failure: { code: signature.error.code, words: core.describeSignError(signature.error) },
          };
    },
    async generate(alg, options) {
      const [{ generateKeyFor }, { describeGenerateError }, exported] = await Promise.all([
        import('../core/jws/generate'),
        import('../core/keys/generate'),
        import('../core/keys/export'),
      ]);
      const generated = await generateKeyFor(alg, options);
      if (!generated.ok) {
        return {
          ok: false,
          failure: { code: generated.error.code, words: describeGenerateError(generated.error) },
        };
      }
      const key = generated.value;
      const publicOutput: PublicKeyOutput | undefined =
        key.kind === 'pair'
          ? {
              ...(key.publicPem === undefined ? {} : { spkiPem: key.publicPem }),
              jwk: JSON.stringify(key.publicJwk, null, 2),
              jwks: exported.toJwks([key.publicJwk]),
            }
          : undefined;
      return {
        ok: true,
        key: {
          keyText: key.keyText,
          encoding: key.encoding,
          ...(publicOutput === undefined ? {} : { publicOutput }),
        },
      };
    },
    async thumbprint(read) {
      const { jwkThumbprint } = await import('../core/keys/thumbprint');
      const jwk = thumbprintJwk(read, toBase64url);
      const thumbprint = jwk === undefined ? undefined : await jwkThumbprint(jwk);
      return thumbprint === undefined
        ? { ok: false, failure: { code: 'NO_THUMBPRINT', words: describeNoThumbprint() } }
        : { ok: true, thumbprint };
    },
    async publicOutput(read) {
      if (!read.ok || read.value.kind !== 'keys') return undefined;
      const asymmetric = read.value.keys.filter((k) => k.kty !== 'oct');
      const first = asymmetric.find((k) => k.fromPrivate) ?? asymmetric[0];
      if (first === undefined) return undefined;
      const { toJwks, toPkcs8Pem, toSpkiPem } = await import('../core/keys/export');
      const spkiPem = await toSpkiPem(first.jwk);
      const privatePem = first.privateJwk === undefined ? undefined : await toPkcs8Pem(first.privateJwk);
      return {
        ...(spkiPem === undefined ? {} : { spkiPem }),
        jwk: JSON.stringify(first.jwk, null, 2),
        jwks: toJwks(asymmetric.map((k) => k.jwk)),
        ...(privatePem === undefined ? {} : { privatePem }),
        ...(first.privateJwk === undefined ? {} : { privateJwk: JSON.stringify(first.privateJwk, null, 2) }),
      };
    },
    randomId() {
      const bytes = new Uint8Array(16);
      crypto.getRandomValues(bytes);
      return toBase64url(bytes);
    },
  };
}

/** The JWK whose RFC 7638 thumbprint names the key input's key: the secret as an oct JWK, or the (first private) key. */
function thumbprintJwk(read: KeyReading, encode: (bytes: Uint8Array) => string): JWK | undefined {
  if (!read.ok) return undefined;
  const value = read.value;
  if (value.kind === 'secret') {
    return value.bytes === undefined || value.bytes.length === 0
      ? undefined
      : { kty: 'oct', k: encode(value.bytes) };
  }
  return (value.keys.find((k) => k.fromPrivate) ?? value.keys[0])?.jwk;
}
