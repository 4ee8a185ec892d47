import { decodeBase64url } from '../encoding/base64url';
import { MAX_P2C, type JweLimits } from '../limits';
import type { DecodedJwe } from '../token/decode';
import {
  ecdhSecretBits,
  findJweAlg,
  findJweEnc,
  RSA1_5,
  type JweAlgSpec,
  type JweEncSpec,
} from './algorithms';
import type { DecryptResult, EpkProblem } from './decrypt-result';
import { checkJweSegment, type JweSegmentName } from './segments';

/** The ephemeral public key of an ECDH-ES header (RFC 7518 section 4.6.1.1), as a public JWK. */
export interface Epk {
  readonly kty: 'EC' | 'OKP';
  readonly crv: string;
  readonly x: string;
  readonly y?: string;
}

/** A JWE whose header and segments can be decrypted, before any key work. */
export interface CheckedJwe {
  readonly compact: string;
  readonly alg: JweAlgSpec;
  readonly enc: JweEncSpec;
  /** The protected header as JSON.parse reads it (the last of duplicate members, as jose reads it). */
  readonly header: Readonly<Record<string, unknown>>;
  readonly kid?: string;
  readonly cty?: string;
  readonly zip: boolean;
  readonly p2c?: number;
  readonly epk?: Epk;
}

export type JweCheck =
  { readonly ok: true; readonly value: CheckedJwe } | { readonly ok: false; readonly result: DecryptResult };

function fail(result: DecryptResult): JweCheck {
  return { ok: false, result };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseHeader(decoded: DecodedJwe): Record<string, unknown> | undefined {
  const content = decoded.header.content;
  if (content?.kind !== 'json') return undefined;
  try {
    const value: unknown = JSON.parse(content.text);
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function base64urlLength(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const bytes = decodeBase64url(value);
  return bytes.ok ? bytes.value.length : undefined;
}

const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k', 'priv'];

function epkParams(epk: Epk): EcKeyImportParams | Algorithm {
  return epk.kty === 'OKP' ? { name: 'X25519' } : { name: 'ECDH', namedCurve: epk.crv };
}

/** Reads the header's epk and checks it is a public key on a curve ECDH-ES supports, and a valid point. */
async function readEpk(value: unknown): Promise<{ epk: Epk } | { problem: EpkProblem; crv?: string }> {
  if (!isRecord(value)) return { problem: 'missing' };
  if (PRIVATE_MEMBERS.some((m) => Object.hasOwn(value, m))) return { problem: 'private' };
  const { kty, crv, x, y } = value;
  const crvField = typeof crv === 'string' ? { crv } : {};
  const curveOk =
    typeof crv === 'string' &&
    ((kty === 'EC' && crv !== 'X25519' && ecdhSecretBits(crv) !== undefined) ||
      (kty === 'OKP' && crv === 'X25519'));
  if (!curveOk) return { problem: 'curve', ...crvField };
  if (typeof x !== 'string' || (kty === 'EC' && typeof y !== 'string')) return { problem: 'point', crv };
  const epk: Epk = { kty, crv, x, ...(kty === 'EC' ? { y: y as string } : {}) };
  try {
    await crypto.subtle.importKey('jwk', { ...epk }, epkParams(epk), true, []);
  } catch {
    return { problem: 'point', crv };
  }
  return { epk };
}

function checkSegments(decoded: DecodedJwe, alg: JweAlgSpec, enc: JweEncSpec): DecryptResult | undefined {
  const parts: ReadonlyArray<[JweSegmentName, Uint8Array | undefined]> = [
    ['encrypted-key', decoded.encryptedKey.bytes],
    ['iv', decoded.iv.bytes],
    ['ciphertext', decoded.ciphertext.bytes],
    ['tag', decoded.tag.bytes],
  ];
  for (const [segment, bytes] of parts) {
    if (bytes === undefined) return { status: 'error', code: 'TOKEN_UNDECODABLE' };
    const problem = checkJweSegment(segment, bytes.length, alg, enc);
    // An RSA key under 2048 bits is named when the key is read; the segment alone does not stop decryption.
    if (problem !== undefined && problem.code !== 'TOO_SHORT') {
      return { status: 'error', code: 'SEGMENT_SIZE', segment, problem, found: bytes.length, alg: alg.alg };
    }
  }
  return undefined;
}

/** PBES2 (RFC 7518 section 4.8.1): p2c is refused above the limit before any key work; p2s is at least 8 bytes. */
function checkPbes2(header: Record<string, unknown>, alg: string, limits: JweLimits): DecryptResult | number {
  const p2c = header.p2c;
  if (typeof p2c !== 'number' || !Number.isSafeInteger(p2c) || p2c < 1) {
    return { status: 'error', code: 'P2C_INVALID', alg };
  }
  if (p2c > limits.maxP2c) {
    return {
      status: 'refused',
      code: 'P2C_TOO_HIGH',
      found: p2c,
      limit: limits.maxP2c,
      raisable: p2c <= MAX_P2C,
    };
  }
  const salt = base64urlLength(header.p2s);
  if (salt === undefined || salt < 8) return { status: 'error', code: 'P2S_INVALID', alg };
  return p2c;
}

/**
 * Checks everything about a JWE that needs no key, in the order a careful server does: the header decodes; alg
 * is there and is not RSA1_5 (refused, RFC 8725 section 3.2); alg and enc are supported; zip is "DEF" or absent;
 * no crit extension; the algorithm's header members (p2c under the limit, p2s, iv and tag, a public epk on a
 * supported curve); each segment's size. Never throws.
 */
export async function checkJwe(decoded: DecodedJwe, limits: JweLimits): Promise<JweCheck> {
  const header = parseHeader(decoded);
  if (header === undefined) return fail({ status: 'error', code: 'TOKEN_UNDECODABLE' });
  const algName = header.alg;
  if (typeof algName !== 'string' || algName === '') return fail({ status: 'error', code: 'ALG_MISSING' });
  if (algName === RSA1_5) return fail({ status: 'refused', code: 'RSA1_5', raisable: false });
  const alg = findJweAlg(algName);
  if (alg === undefined) return fail({ status: 'error', code: 'ALG_UNSUPPORTED', alg: algName });
  const encName = header.enc;
  if (typeof encName !== 'string' || encName === '') {
    return fail({ status: 'error', code: 'ENC_MISSING', alg: algName });
  }
  const enc = findJweEnc(encName);
  if (enc === undefined) return fail({ status: 'error', code: 'ENC_UNSUPPORTED', enc: encName });
  const zip = header.zip;
  if (zip !== undefined && zip !== 'DEF') {
    return fail({
      status: 'error',
      code: 'ZIP_UNSUPPORTED',
      zip: typeof zip === 'string' ? zip : JSON.stringify(zip),
    });
  }
  if (header.crit !== undefined) {
    const names = Array.isArray(header.crit)
      ? header.crit.map((n) => String(n))
      : [JSON.stringify(header.crit)];
    return fail({ status: 'error', code: 'CRIT_UNSUPPORTED', names });
  }
  let p2c: number | undefined;
  if (alg.family === 'pbes2') {
    const checked = checkPbes2(header, algName, limits);
    if (typeof checked !== 'number') return fail(checked);
    p2c = checked;
  }
  if (alg.family === 'aes-gcm-kw') {
    if (base64urlLength(header.iv) !== 12) {
      return fail({ status: 'error', code: 'GCMKW_PARAMS_INVALID', alg: algName, member: 'iv' });
    }
    if (base64urlLength(header.tag) !== 16) {
      return fail({ status: 'error', code: 'GCMKW_PARAMS_INVALID', alg: algName, member: 'tag' });
    }
  }
  if (decoded.errors.length > 0) return fail({ status: 'error', code: 'TOKEN_UNDECODABLE' });
  const segments = checkSegments(decoded, alg, enc);
  if (segments !== undefined) return fail(segments);
  let epk: Epk | undefined;
  if (alg.family === 'ecdh-es') {
    const read = await readEpk(header.epk);
    if ('problem' in read) {
      return fail({
        status: 'error',
        code: 'EPK_INVALID',
        alg: algName,
        problem: read.problem,
        ...(read.crv === undefined ? {} : { crv: read.crv }),
      });
    }
    epk = read.epk;
  }
  const kid = typeof header.kid === 'string' ? header.kid : undefined;
  const cty = typeof header.cty === 'string' ? header.cty : undefined;
  return {
    ok: true,
    value: {
      compact: decoded.compact,
      alg,
      enc,
      header,
      zip: zip === 'DEF',
      ...(kid === undefined ? {} : { kid }),
      ...(cty === undefined ? {} : { cty }),
      ...(p2c === undefined ? {} : { p2c }),
      ...(epk === undefined ? {} : { epk }),
    },
  };
}
