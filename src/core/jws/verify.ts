import { compactVerify, importJWK } from 'jose';
import { stringMember } from '../json/lossless';
import type { DecodedToken } from '../token/decode';
import type { KeyError, PublicKeyEntry, ReadKey } from '../keys/read';
import { decodeSecret, describeEncoding, SECRET_ENCODINGS, type SecretEncoding } from '../keys/secret';
import type { Result } from '../result';
import { classifyDer } from '../keys/der';
import type { KeyTextKind } from '../keys/detect';
import { checkKeyFits, describeKeyType, type AlgorithmSpec } from './algorithms';
import { checkReadiness, describeRefusal } from './readiness';
import { toJoseFailure, type JoseFailure } from './jose-errors';

export type VerdictStatus = 'idle' | 'verified' | 'invalid' | 'error' | 'unsigned';

/** Why a verdict is what it is: a closed union, so tests and the page switch on it. */
export type VerdictCode =
  | 'NO_KEY'
  | 'TOKEN_UNDECODABLE'
  | 'ENCRYPTED_TOKEN'
  | 'ALG_NONE'
  | 'ALG_MISSING'
  | 'ALG_UNSUPPORTED'
  | 'VERIFIED'
  | 'SIGNATURE_MISMATCH'
  | 'ECDSA_DER_SIGNATURE'
  | 'ECDSA_WRONG_LENGTH'
  | 'ECDSA_ZERO'
  | 'KEY_ALG_MISMATCH'
  | 'KEY_CONFUSION'
  | 'KEY_UNREADABLE'
  | 'KEY_TOO_SMALL'
  | 'SECRET_ENCODING'
  | 'SECRET_EMPTY'
  | 'NO_KEY_FITS'
  | 'HEADER_REJECTED'
  | 'B64_UNSUPPORTED'
  | 'CRIT_UNSUPPORTED'
  | 'INTERNAL';

/** Why a candidate key fared as it did, as a code (the sentence is `reason`). */
export type CandidateBecause =
  | 'matched'
  | 'no-match'
  | 'earlier-match'
  | 'kid-differs'
  | 'use-enc'
  | 'alg-differs'
  | 'key-type'
  | 'too-small'
  | 'unusable'
  | 'unreadable';

/** How one candidate key fared. */
export interface CandidateReport {
  readonly label: string;
  readonly outcome: 'matched' | 'no-match' | 'skipped' | 'not-tried';
  readonly because: CandidateBecause;
  readonly reason: string;
}

/** A signature verdict: status, reason code, the sentence users read, and which key was used. */
export interface Verdict {
  readonly status: VerdictStatus;
  readonly code: VerdictCode;
  readonly message: string;
  /** The key that matched (verified) or was checked (invalid), in words. */
  readonly keyLabel?: string;
  readonly candidates: readonly CandidateReport[];
  /** HMAC: another reading of the secret under which the signature matches. */
  readonly alternateEncoding?: SecretEncoding;
  /** The token's kid when no key given has it, although keys have kids: a kid-selecting server rejects it. */
  readonly kidUnmatched?: string;
  /** HMAC: the secret is shorter than the hash (RFC 7518 section 3.2); still checked. */
  readonly shortSecret?: { readonly bytes: number; readonly needed: number };
}

const verdict = (
  status: VerdictStatus,
  code: VerdictCode,
  message: string,
  extra: Partial<Verdict> = {},
): Verdict => ({
  status,
  code,
  message,
  candidates: [],
  ...extra,
});

const MISMATCH =
  'The signature does not match: the token was changed after it was signed, or another key signed it.';

/** ECDSA signatures are raw r||s of a fixed length (RFC 7518 section 3.4); anything else never verifies. */
function checkEcdsaSignature(spec: AlgorithmSpec, signature: Uint8Array): Verdict | undefined {
  const size = spec.signatureBytes ?? 0;
  if (signature.length !== size) {
    if (signature[0] === 0x30) {
      return verdict(
        'invalid',
        'ECDSA_DER_SIGNATURE',
        `The signature is DER-encoded (${signature.length} bytes starting 0x30); ${spec.alg} needs the raw ${size}-byte r||s form (RFC 7518 section 3.4), so it does not verify.`,
      );
    }
    return verdict(
      'invalid',
      'ECDSA_WRONG_LENGTH',
      `The signature is ${signature.length} bytes; ${spec.alg} needs exactly ${size} bytes (r||s), so it does not verify.`,
    );
  }
  const half = size / 2;
  const zero = (part: Uint8Array): boolean => part.every((b) => b === 0);
  if (zero(signature.subarray(0, half)) || zero(signature.subarray(half))) {
    return verdict(
      'invalid',
      'ECDSA_ZERO',
      'The signature has r or s equal to zero, which is never valid (the "psychic signature" attack, CVE-2022-21449).',
    );
  }
  return undefined;
}

async function verifyWith(
  token: string,
  key: CryptoKey | Uint8Array,
  alg: string,
): Promise<'match' | 'no-match' | JoseFailure> {
  try {
    await compactVerify(token, key, { algorithms: [alg] });
    return 'match';
  } catch (e) {
    const failure = toJoseFailure(e);
    if (failure === 'signature-mismatch') return 'no-match';
    return failure;
  }
}

async function verifySecret(
  token: string,
  spec: AlgorithmSpec,
  read: Extract<ReadKey, { kind: 'secret' }>,
  keyText: string,
): Promise<Verdict> {
  if (read.bytes === undefined) {
    return verdict(
      'error',
      'SECRET_ENCODING',
      `The secret cannot be read as ${describeEncoding(read.encoding)}: it is ${read.encodingError ?? 'unreadable'}.`,
    );
  }
  if (read.bytes.length === 0) return verdict('error', 'SECRET_EMPTY', 'The secret is empty once decoded.');
  const needed = (spec.hashBits ?? 256) / 8;
  const short = read.bytes.length < needed ? { shortSecret: { bytes: read.bytes.length, needed } } : {};
  const label = `the secret, read as ${describeEncoding(read.encoding)}`;
  const result = await verifyWith(token, read.bytes, spec.alg);
  if (result === 'match') {
    return verdict('verified', 'VERIFIED', `Signature verified with ${label} (${spec.alg}).`, {
      keyLabel: label,
      ...short,
    });
  }
  if (result !== 'no-match')
    return verdict('error', 'HEADER_REJECTED', `The token cannot be checked: ${describeFailure(result)}.`);
  // Quietly try the other readings of the same text; the verdict stays invalid until the user switches.
  for (const other of SECRET_ENCODINGS) {
    if (other === read.encoding) continue;
    const bytes = decodeSecret(keyText, other);
    // A reading that is a key is never offered: that one click would complete a key-confusion forgery.
    if (!bytes.ok || bytes.value.length === 0 || classifyDer(bytes.value) !== undefined) continue;
    if ((await verifyWith(token, bytes.value, spec.alg)) === 'match') {
      return verdict(
        'invalid',
        'SIGNATURE_MISMATCH',
        `${MISMATCH} It does verify if the secret is read as ${describeEncoding(other)}.`,
        {
          keyLabel: label,
          alternateEncoding: other,
          ...short,
        },
      );
    }
  }
  return verdict('invalid', 'SIGNATURE_MISMATCH', MISMATCH, { keyLabel: label, ...short });
}

function describeFailure(failure: JoseFailure): string {
  switch (failure) {
    case 'not-supported':
      return 'its header asks for something this check does not support (for example an unknown "crit" extension)';
    case 'alg-not-allowed':
      return 'the algorithm is not allowed for this key';
    case 'invalid-token':
      return 'it is not a well-formed JWS';
    default:
      return 'the key cannot be used for this algorithm';
  }
}

/** Chooses the keys to try (RFC 7515 section 4.1.4: kid is a hint), and says why each other key was skipped. */
function selectCandidates(
  keys: readonly PublicKeyEntry[],
  spec: AlgorithmSpec,
  kid: string | undefined,
): { fitting: PublicKeyEntry[]; reports: CandidateReport[] } {
  const reports: CandidateReport[] = [];
  const kidMatches = kid !== undefined && keys.some((k) => k.kid === kid);
  const fitting: PublicKeyEntry[] = [];
  for (const key of keys) {
    let reason: string | undefined;
    let because: CandidateBecause = 'key-type';
    if (kidMatches && key.kid !== kid) {
      because = 'kid-differs';
      reason = `its kid ${key.kid === undefined ? 'is missing' : `"${key.kid}"`} differs from the token's "${kid}"`;
    } else if (key.use === 'enc') {
      because = 'use-enc';
      reason = 'its use is "enc" (encryption), not signatures';
    } else if (key.alg !== undefined && key.alg !== spec.alg) {
      because = 'alg-differs';
      reason = `its alg is ${key.alg}, the token's is ${spec.alg}`;
    } else reason = checkKeyFits(spec, key.kty, key.crv);
    if (reason === undefined) fitting.push(key);
    else reports.push({ label: key.label, outcome: 'skipped', because, reason });
  }
  return { fitting, reports };
}

/** Whether a key needs the extra verifier (algorithms WebCrypto lacks: ES256K, Ed448). */
function needsExtra(spec: AlgorithmSpec, key: PublicKeyEntry): boolean {
  return spec.engine === 'extra' || (spec.family === 'eddsa' && key.crv === 'Ed448');
}

async function verifyExtraKey(
  decoded: DecodedToken,
  spec: AlgorithmSpec,
  key: PublicKeyEntry,
): Promise<'match' | 'no-match' | { readonly problem: string }> {
  const signature = decoded.signature?.bytes;
  const [header, payload] = decoded.segments;
  if (signature === undefined || header === undefined || payload === undefined)
    return { problem: 'the token has no signature' };
  const { verifyExtra } = await import('./extra');
  const input = new TextEncoder().encode(`${header.text}.${payload.text}`);
  const result = verifyExtra(spec, key, input, signature);
  if (typeof result === 'string') return { problem: result };
  return result ? 'match' : 'no-match';
}

/** How one candidate key fared against the signature. */
type KeyCheck =
  | { readonly kind: 'match' | 'no-match' }
  | { readonly kind: 'unusable'; readonly reason: string; readonly tooSmall?: true }
  | { readonly kind: 'rejected'; readonly failure: JoseFailure };

/** Checks the signature with one key: WebCrypto through jose, or the on-demand verifier for what WebCrypto lacks. */
async function checkOneKey(
  decoded: DecodedToken,
  spec: AlgorithmSpec,
  key: PublicKeyEntry,
): Promise<KeyCheck> {
  if (key.kty === 'RSA' && key.bits !== undefined && key.bits < (spec.minBits ?? 2048)) {
    return {
      kind: 'unusable',
      reason: `its modulus is ${key.bits} bits; RFC 7518 section 3.3 requires at least 2048`,
      tooSmall: true,
    };
  }
  if (needsExtra(spec, key)) {
    const extra = await verifyExtraKey(decoded, spec, key);
    return typeof extra === 'string' ? { kind: extra } : { kind: 'unusable', reason: extra.problem };
  }
  let imported: CryptoKey | Uint8Array;
  try {
    imported = await importJWK(key.jwk, spec.alg);
  } catch {
    return { kind: 'unusable', reason: `it cannot be imported for ${spec.alg}` };
  }
  const result = await verifyWith(decoded.cleaned.token, imported, spec.alg);
  return result === 'match' || result === 'no-match'
    ? { kind: result }
    : { kind: 'rejected', failure: result };
}

async function verifyKeys(
  decoded: DecodedToken,
  spec: AlgorithmSpec,
  read: Extract<ReadKey, { kind: 'keys' }>,
  kid: string | undefined,
): Promise<Verdict> {
  const single = read.keys.length === 1 && read.source !== 'jwks' ? read.keys[0] : undefined;
  const { fitting, reports } = selectCandidates(read.keys, spec, kid);
  const unreadable: CandidateReport[] = read.unreadable.map((u) => ({
    label: u.label,
    outcome: 'skipped',
    because: 'unreadable',
    reason: u.reason,
  }));
  if (fitting.length === 0) {
    if (single !== undefined) {
      const reason = reports[0]?.reason ?? 'it does not fit';
      return verdict('error', 'KEY_ALG_MISMATCH', `The key cannot verify this token: ${reason}.`, {
        candidates: reports,
      });
    }
    return verdict('error', 'NO_KEY_FITS', `No key in the set can verify ${spec.alg}.`, {
      candidates: [...reports, ...unreadable],
    });
  }
  const tried: CandidateReport[] = [];
  const all = (): CandidateReport[] => [...tried, ...reports, ...unreadable];
  let lastChecked: string | undefined;
  let unusable: Extract<KeyCheck, { kind: 'unusable' }> | undefined;
  for (const [i, key] of fitting.entries()) {
    const check = await checkOneKey(decoded, spec, key);
    switch (check.kind) {
      case 'match': {
        tried.push({
          label: key.label,
          outcome: 'matched',
          because: 'matched',
          reason: 'the signature matches this key',
        });
        for (const rest of fitting.slice(i + 1)) {
          tried.push({
            label: rest.label,
            outcome: 'not-tried',
            because: 'earlier-match',
            reason: 'an earlier key matched',
          });
        }
        const from = key.fromPrivate ? ' (the public half of the private key you gave)' : '';
        // RFC 7515 section 4.1.4: a server that picks its key by kid finds none for this token.
        const unmatched =
          kid !== undefined &&
          !read.keys.some((k) => k.kid === kid) &&
          read.keys.some((k) => k.kid !== undefined);
        const kidWords = unmatched
          ? ` But no key ${read.source === 'jwks' ? 'in the set' : 'given'} has the token's kid ${JSON.stringify(kid)}: a server that selects its key by kid rejects this token.`
          : '';
        return verdict(
          'verified',
          'VERIFIED',
          `Signature verified with ${key.label}${from} (${spec.alg}).${kidWords}`,
          {
            keyLabel: key.label,
            candidates: all(),
            ...(unmatched ? { kidUnmatched: kid } : {}),
          },
        );
      }
      case 'rejected':
        return verdict(
          'error',
          'HEADER_REJECTED',
          `The token cannot be checked: ${describeFailure(check.failure)}.`,
          {
            candidates: all(),
          },
        );
      case 'unusable':
        unusable = check;
        tried.push({
          label: key.label,
          outcome: 'skipped',
          because: check.tooSmall === true ? 'too-small' : 'unusable',
          reason: check.reason,
        });
        break;
      case 'no-match':
        lastChecked = key.label;
        tried.push({
          label: key.label,
          outcome: 'no-match',
          because: 'no-match',
          reason: 'the signature does not match this key',
        });
        break;
    }
  }
  if (lastChecked === undefined) {
    return verdict(
      'error',
      unusable?.tooSmall === true ? 'KEY_TOO_SMALL' : 'KEY_UNREADABLE',
      `The key cannot be used for ${spec.alg}: ${unusable?.reason ?? 'it cannot be imported'}.`,
      { candidates: all() },
    );
  }
  const mismatches = tried.filter((t) => t.outcome === 'no-match').length;
  const which = fitting.length > 1 ? ` None of the ${mismatches} keys that fit ${spec.alg} matched.` : '';
  return verdict('invalid', 'SIGNATURE_MISMATCH', `${MISMATCH}${which}`, {
    keyLabel: lastChecked,
    candidates: all(),
  });
}

/**
 * Checks the signature of the decoded token with the key the user gave, and only that key (RFC 7515 section 5.2).
 * The header's alg must suit the key type; keys named or carried by the token are never used. Ignores time
 * claims. Never throws.
 */
export async function verifyToken(
  decoded: DecodedToken,
  read: Result<ReadKey, KeyError>,
  keyText: string,
): Promise<Verdict> {
  try {
    const readiness = checkReadiness(decoded, !(!read.ok && read.error.code === 'KEY_EMPTY'));
    switch (readiness.kind) {
      case 'encrypted':
        return verdict(
          'idle',
          'ENCRYPTED_TOKEN',
          'This token is encrypted (JWE): it has no signature to check here.',
        );
      case 'undecodable':
        return verdict('idle', 'TOKEN_UNDECODABLE', 'Not checked: the token cannot be decoded.');
      case 'unsigned':
        return verdict(
          'unsigned',
          'ALG_NONE',
          "Unsigned: the header says alg 'none', so there is nothing to verify.",
        );
      case 'refused':
        return verdict('error', readiness.refusal.code, describeRefusal(readiness.refusal));
      case 'no-key':
        return verdict('idle', 'NO_KEY', 'Not checked: no key has been given.');
      case 'ready':
        break;
    }
    const spec = readiness.spec;
    const headerObject = decoded.headerObject;
    if (spec.family === 'hmac') {
      const confusion = checkConfusion(spec, read);
      if (confusion !== undefined) return confusion;
    }
    if (!read.ok) return verdict('error', 'KEY_UNREADABLE', `The key cannot be read: ${read.error.detail}.`);
    const signature = decoded.signature?.bytes;
    if (spec.family === 'ecdsa' && signature !== undefined) {
      const bad = checkEcdsaSignature(spec, signature);
      if (bad !== undefined) return bad;
    }
    const token = decoded.cleaned.token;
    const result =
      read.value.kind === 'secret'
        ? await checkSecret(token, spec, read.value, keyText)
        : await verifyKeys(decoded, spec, read.value, stringMember(headerObject, 'kid'));
    return noteTokenKeys(decoded, result);
  } catch (e) {
    return verdict(
      'error',
      'INTERNAL',
      `The check failed unexpectedly (${e instanceof Error ? e.name : 'unknown'}).`,
    );
  }
}

const PUBLIC_AS_SECRET =
  'A public key is never used as an HMAC secret: that is the RS/HS key-confusion attack (RFC 8725 section 3.1).';

/**
 * RFC 8725 section 3.1: key text that is a key in any of its readings (PEM, JWK, or DER without armour in
 * base64 or hex) is never an HMAC secret, even when it cannot be read as a key.
 */
function checkConfusion(spec: AlgorithmSpec, read: Result<ReadKey, KeyError>): Verdict | undefined {
  if (!read.ok) {
    if (read.error.material === undefined) return undefined;
    return verdict(
      'error',
      'KEY_CONFUSION',
      `The key is ${describeMaterial(read.error.material)}, not a secret, but the header says ${spec.alg} (HMAC). ${PUBLIC_AS_SECRET}`,
    );
  }
  const value = read.value;
  if (value.kind === 'secret') {
    // Defence in depth: the bytes of the chosen reading themselves.
    if (value.bytes !== undefined && classifyDer(value.bytes) !== undefined) {
      return verdict(
        'error',
        'KEY_CONFUSION',
        `The secret's bytes are a DER-encoded key, but the header says ${spec.alg} (HMAC). ${PUBLIC_AS_SECRET}`,
      );
    }
    return undefined;
  }
  if (value.source === 'jwks') {
    if (value.keys.length === 0 || value.keys.some((k) => k.kty === 'oct')) return undefined;
    return verdict(
      'error',
      'KEY_CONFUSION',
      `The JWKS holds only public or private keys, no HMAC secret (kty "oct"), but the header says ${spec.alg} (HMAC). ${PUBLIC_AS_SECRET}`,
    );
  }
  const single = value.keys.length === 1 ? value.keys[0] : undefined;
  if (single !== undefined && single.kty !== 'oct') {
    const form =
      value.via === undefined ? '' : ` (written without PEM armour, as ${describeEncoding(value.via)})`;
    return verdict(
      'error',
      'KEY_CONFUSION',
      `The key is ${single.fromPrivate ? 'a private' : 'a public'} key of type ${describeKeyType(single.kty, single.crv)}${form}, but the header says ${spec.alg} (HMAC). ${PUBLIC_AS_SECRET}`,
    );
  }
  return undefined;
}

function describeMaterial(kind: KeyTextKind): string {
  switch (kind) {
    case 'jwk':
    case 'jwks':
    case 'json-unknown':
      return 'a JWK or JWKS';
    case 'x509':
      return 'a certificate';
    case 'pkcs8':
    case 'pkcs1-private':
    case 'sec1':
    case 'encrypted-private':
      return 'a private key';
    case 'pem-unknown':
      return 'a PEM block';
    default:
      return 'a public key';
  }
}

/** Says so when the token carries or names its own key: that key is never the one used. */
function noteTokenKeys(decoded: DecodedToken, result: Verdict): Verdict {
  if (result.status !== 'verified' && result.status !== 'invalid') return result;
  const named = (decoded.headerObject?.members ?? [])
    .map((m) => m.name.value)
    .filter((name) => name === 'jwk' || name === 'x5c' || name === 'jku' || name === 'x5u');
  if (named.length === 0) return result;
  const list = [...new Set(named)].join(', ');
  return {
    ...result,
    message: `${result.message} The header's ${list} ${named.length === 1 ? 'was' : 'were'} not used: a key carried or named by the token proves nothing; only the key you gave was.`,
  };
}

async function checkSecret(
  token: string,
  spec: AlgorithmSpec,
  read: Extract<ReadKey, { kind: 'secret' }>,
  keyText: string,
): Promise<Verdict> {
  if (spec.family !== 'hmac') {
    return verdict(
      'error',
      'KEY_ALG_MISMATCH',
      `The key is an HMAC secret, but the header says ${spec.alg}, which needs a public key of type ${describeKeyType(spec.kty, spec.crv)} (PEM, JWK or JWKS).`,
    );
  }
  return verifySecret(token, spec, read, keyText);
}
