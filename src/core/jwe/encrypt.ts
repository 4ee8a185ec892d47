import type { JWK } from 'jose';
import { decodeBase64urlLenient } from '../encoding/base64url';
import type { KeyError } from '../keys/errors';
import type { PublicKeyEntry, ReadKey } from '../keys/key-material';
import { DEFAULT_JWE_LIMITS, MAX_P2C } from '../limits';
import { err, ok, type Result } from '../result';
import {
  findJweAlg,
  findJweEnc,
  involvesAes192,
  RSA_MIN_BITS,
  symmetricKeyBytes,
  type JweAlgSpec,
  type JweEncSpec,
} from './algorithms';
import { entryFits, type EncryptFailure } from './encrypt-choices';
import { joseEncrypt } from './jose';
import { readSharedSecret, toUsableJwk } from './keys';
import { isCompactTokenText } from './nested';
import { platformHasAes192 } from './platform';

// The encoder's choices and words, for the store and the UI (they load no crypto).
export {
  describeEncryptFailure,
  jweAlgsForKey,
  jweEncsForKey,
  JWE_ENCRYPT_ALGS,
  JWE_ENCRYPT_ENCS,
  keyKindsForJweAlg,
  type EncryptFailure,
  type JweKeyKind,
} from './encrypt-choices';

/** What to make: the alg and enc, and the header's cty, kid and zip; p2c for PBES2 (10,000 by default). */
export interface EncryptJweOptions {
  readonly alg: string;
  readonly enc: string;
  readonly cty?: string;
  readonly kid?: string;
  readonly zip?: boolean;
  readonly p2c?: number;
  /** Which path encrypts 192-bit AES: as decryptJwe's option (tests). */
  readonly aes192?: 'auto' | 'fallback' | 'platform';
}

type KeyChoice = { readonly key: Uint8Array | JWK; readonly kid?: string };

function foundOf(entry: PublicKeyEntry) {
  return {
    kind: 'key' as const,
    kty: entry.kty,
    ...(entry.crv === undefined ? {} : { crv: entry.crv }),
    private: entry.privateJwk !== undefined,
  };
}

/** The key to encrypt to: the recipient's public key (a private key's public half), a shared key or a password. */
function chooseKey(
  alg: JweAlgSpec,
  enc: JweEncSpec,
  read: ReadKey,
  keyText: string,
  kid: string | undefined,
): Result<KeyChoice, EncryptFailure> {
  const needed = symmetricKeyBytes(alg, enc);
  const asymmetric = alg.family === 'rsa-oaep' || alg.family === 'ecdh-es';
  if (read.kind === 'secret') {
    if (asymmetric)
      return err({ code: 'KEY_KIND_MISMATCH', alg: alg.alg, enc: enc.enc, found: { kind: 'secret' } });
    const secret = readSharedSecret(read, keyText, needed);
    if (!secret.ok) {
      return err(
        secret.error.code === 'KEY_LENGTH'
          ? { ...secret.error, alg: alg.alg, enc: enc.enc }
          : secret.error.code === 'SECRET_ENCODING' || secret.error.code === 'SECRET_EMPTY'
            ? secret.error
            : { code: 'SECRET_EMPTY' },
      );
    }
    return ok({ key: secret.bytes });
  }
  const fromSet = read.source === 'jwks';
  const entries = read.keys.filter(
    (e) => (kid === undefined || !fromSet || e.kid === kid) && !(fromSet && e.use === 'sig'),
  );
  const fitting = entries.filter((e) => entryFits(e, alg.family));
  const first = read.keys[0];
  if (fitting.length === 0) {
    if (!fromSet && first !== undefined) {
      if (first.kty === 'RSA' && alg.family === 'rsa-oaep') {
        return err({ code: 'KEY_TOO_SMALL', alg: alg.alg, bits: first.bits ?? 0, needed: RSA_MIN_BITS });
      }
      return err({ code: 'KEY_KIND_MISMATCH', alg: alg.alg, enc: enc.enc, found: foundOf(first) });
    }
    return err({ code: 'NO_KEY_FITS', alg: alg.alg, enc: enc.enc, ...(kid === undefined ? {} : { kid }) });
  }
  if (asymmetric) {
    const entry = fitting[0];
    if (entry === undefined) return err({ code: 'NO_KEY_FITS', alg: alg.alg, enc: enc.enc });
    return ok({ key: toUsableJwk(entry.jwk), ...(entry.kid === undefined ? {} : { kid: entry.kid }) });
  }
  const octs = fitting
    .map((entry) => ({ entry, k: (entry.jwk as { k?: unknown }).k }))
    .map(({ entry, k }) => ({ entry, bytes: typeof k === 'string' ? bytesOfK(k) : undefined }))
    .filter(
      (o): o is { entry: PublicKeyEntry; bytes: Uint8Array } => o.bytes !== undefined && o.bytes.length > 0,
    );
  const chosen = octs.find((o) => needed === undefined || o.bytes.length === needed);
  if (chosen === undefined) {
    const one = octs[0];
    return err(
      !fromSet && one !== undefined && needed !== undefined
        ? { code: 'KEY_LENGTH', alg: alg.alg, enc: enc.enc, needed, found: one.bytes.length }
        : { code: 'NO_KEY_FITS', alg: alg.alg, enc: enc.enc, ...(kid === undefined ? {} : { kid }) },
    );
  }
  return ok({ key: chosen.bytes, ...(chosen.entry.kid === undefined ? {} : { kid: chosen.entry.kid }) });
}

function bytesOfK(k: string): Uint8Array | undefined {
  const bytes = decodeBase64urlLenient(k);
  return bytes.ok ? bytes.value : undefined;
}

function errorCode(e: unknown): unknown {
  return typeof e === 'object' && e !== null && 'code' in e ? e.code : undefined;
}

/**
 * Wraps a plaintext (typically a signed token) as a compact JWE (RFC 7516 section 5.1) to a recipient's RSA, EC
 * or X25519 public key (a private key's public half will do), a shared key or a password. cty is "JWT" when the
 * plaintext is a compact JWS or JWE (RFC 7519 section 5.2), unless given. RSA1_5 is never offered. Never throws.
 */
export async function encryptJwe(
  plaintext: string,
  options: EncryptJweOptions,
  read: Result<ReadKey, KeyError>,
  keyText: string,
): Promise<Result<string, EncryptFailure>> {
  try {
    const alg = findJweAlg(options.alg);
    if (alg === undefined) return err({ code: 'ALG_UNSUPPORTED', alg: options.alg });
    const enc = findJweEnc(options.enc);
    if (enc === undefined) return err({ code: 'ENC_UNSUPPORTED', enc: options.enc });
    const p2c = options.p2c ?? DEFAULT_JWE_LIMITS.maxP2c;
    if (alg.family === 'pbes2' && (!Number.isSafeInteger(p2c) || p2c < 1 || p2c > MAX_P2C)) {
      return err({ code: 'P2C_INVALID', p2c });
    }
    if (!read.ok)
      return err(
        read.error.code === 'KEY_EMPTY' ? { code: 'NO_KEY' } : { code: 'KEY_UNREADABLE', error: read.error },
      );
    const choice = chooseKey(alg, enc, read.value, keyText, options.kid);
    if (!choice.ok) return choice;
    const kid = options.kid ?? choice.value.kid;
    const cty = options.cty ?? (isCompactTokenText(plaintext.trim()) ? 'JWT' : undefined);
    const header = {
      alg: alg.alg,
      enc: enc.enc,
      ...(options.zip === true ? { zip: 'DEF' } : {}),
      ...(cty === undefined ? {} : { cty }),
      ...(kid === undefined ? {} : { kid }),
    };
    const input = {
      plaintext: new TextEncoder().encode(plaintext),
      header,
      ...(alg.family === 'pbes2' ? { p2c } : {}),
    };
    const mode = options.aes192 ?? 'auto';
    const fallback =
      involvesAes192(alg.alg, enc.enc) &&
      mode !== 'platform' &&
      (mode === 'fallback' || !(await platformHasAes192()));
    try {
      if (fallback) {
        const { encryptAes192 } = await import('./aes192');
        return ok(await encryptAes192(input, choice.value.key));
      }
      return ok(await joseEncrypt(input, choice.value.key));
    } catch (e) {
      if (errorCode(e) === 'ERR_JOSE_NOT_SUPPORTED')
        return err({ code: 'PLATFORM_UNSUPPORTED', alg: alg.alg, enc: enc.enc });
      return err({ code: 'KEY_UNUSABLE', alg: alg.alg });
    }
  } catch (e) {
    return err({ code: 'INTERNAL', name: e instanceof Error ? e.name : 'unknown' });
  }
}
