import { MAX_KEYS_TRIED } from '../limits';
import type { PublicKeyEntry, ReadKey } from '../keys/key-material';
import type { DecodedToken } from '../token/decode';
import { expectedSignatureBytes, type AlgorithmSpec } from './algorithms';
import { selectCandidates } from './candidates';
import { checkEcdsaShape } from './ecdsa';
import { importPublicJwk, verifyCompact, type JoseFailure } from './jose';
import type { CandidateReport, UnusableKey, Verdict } from './verdict';

/** How one candidate key fared against the signature. */
type KeyCheck =
  | { readonly kind: 'match' | 'no-match' }
  | { readonly kind: 'length'; readonly expected: number }
  | { readonly kind: 'too-small'; readonly bits: number; readonly needed: number }
  | { readonly kind: 'unusable'; readonly problem: UnusableKey }
  | { readonly kind: 'rejected'; readonly failure: Exclude<JoseFailure, 'signature-mismatch'> };

/** Whether a key needs the on-demand verifier (what WebCrypto lacks: ES256K, Ed448, ML-DSA). */
function needsExtra(spec: AlgorithmSpec, key: PublicKeyEntry): boolean {
  return spec.engine === 'extra' || (spec.family === 'eddsa' && key.crv === 'Ed448');
}

async function verifyExtraKey(
  decoded: DecodedToken,
  spec: AlgorithmSpec,
  key: PublicKeyEntry,
  signature: Uint8Array,
): Promise<KeyCheck> {
  const [header, payload] = decoded.segments;
  if (header === undefined || payload === undefined) return { kind: 'no-match' };
  const { verifyExtra } = await import('./extra');
  const input = new TextEncoder().encode(`${header.text}.${payload.text}`);
  const result = verifyExtra(spec, key, input, signature);
  if (typeof result === 'boolean') return { kind: result ? 'match' : 'no-match' };
  return { kind: 'unusable', problem: result };
}

/** Checks the signature with one key: WebCrypto through jose, or the on-demand verifier for what WebCrypto lacks. */
async function checkOneKey(
  decoded: DecodedToken,
  spec: AlgorithmSpec,
  key: PublicKeyEntry,
  signature: Uint8Array,
): Promise<KeyCheck> {
  const needed = spec.minBits ?? 2048;
  if (key.kty === 'RSA' && key.bits !== undefined && key.bits < needed) {
    return { kind: 'too-small', bits: key.bits, needed };
  }
  const expected = expectedSignatureBytes(spec, key);
  if (expected !== undefined && expected !== signature.length) return { kind: 'length', expected };
  if (needsExtra(spec, key)) return verifyExtraKey(decoded, spec, key, signature);
  const imported = await importPublicJwk(key.jwk, spec.alg);
  if (imported === undefined) return { kind: 'unusable', problem: { code: 'IMPORT_FAILED' } };
  const result = await verifyCompact(decoded.compact, imported, spec.alg);
  return result === 'match' || result === 'no-match'
    ? { kind: result }
    : { kind: 'rejected', failure: result };
}

/** RFC 7515 section 4.1.4: whether a server that picks its key by kid would find none for this token. */
function kidUnmatched(read: Extract<ReadKey, { kind: 'keys' }>, kid: string | undefined): string | undefined {
  if (kid === undefined) return undefined;
  const anyKid = read.keys.some((k) => k.kid !== undefined);
  return anyKid && !read.keys.some((k) => k.kid === kid) ? kid : undefined;
}

/**
 * Checks the signature with the public keys given (one key, or a JWKS): chooses the candidates, refuses a
 * signature whose shape no key can match, then tries each fitting key in turn and reports how each fared.
 */
export async function verifyWithKeys(
  decoded: DecodedToken,
  spec: AlgorithmSpec,
  read: Extract<ReadKey, { kind: 'keys' }>,
  kid: string | undefined,
  signature: Uint8Array,
): Promise<Verdict> {
  const fromSet = read.source === 'jwks' || read.keys.length !== 1;
  const { fitting, skipped } = selectCandidates(read.keys, spec, kid);
  const unreadable: CandidateReport[] = read.unreadable.map((u) => ({
    key: u.source,
    outcome: 'skipped',
    because: 'unreadable',
    error: u.error,
  }));
  const first = fitting[0];
  if (first === undefined) {
    const only = !fromSet && skipped.length === 1 ? skipped[0] : undefined;
    if (only?.because === 'key-type') {
      return { status: 'error', code: 'KEY_ALG_MISMATCH', mismatch: only.mismatch, candidates: skipped };
    }
    return {
      status: 'error',
      code: 'NO_KEY_FITS',
      alg: spec.alg,
      fromSet,
      candidates: [...skipped, ...unreadable],
    };
  }
  const keyOf = (key: PublicKeyEntry) =>
    ({ kind: 'key', source: key.source, fromPrivate: key.fromPrivate }) as const;
  const shape = checkEcdsaShape(spec, signature);
  if (shape !== undefined) {
    return {
      status: 'invalid',
      ...shape,
      alg: spec.alg,
      key: keyOf(first),
      candidates: [...skipped, ...unreadable],
    };
  }
  const tried: CandidateReport[] = [];
  const all = (): CandidateReport[] => [...tried, ...skipped, ...unreadable];
  let lastChecked: PublicKeyEntry | undefined;
  const lengths = new Set<number>();
  let mismatches = 0;
  let unusable: Extract<KeyCheck, { kind: 'unusable' | 'too-small' }> | undefined;
  for (const [i, key] of fitting.entries()) {
    if (i >= MAX_KEYS_TRIED) {
      // A set of thousands of keys: the rest are counted, not tried, so no set can keep the page busy.
      for (const rest of fitting.slice(i)) {
        tried.push({ key: rest.source, outcome: 'not-tried', because: 'tried-limit' });
      }
      break;
    }
    const check = await checkOneKey(decoded, spec, key, signature);
    const base = { key: key.source } as const;
    switch (check.kind) {
      case 'match': {
        tried.push({ ...base, outcome: 'matched', because: 'matched' });
        for (const rest of fitting.slice(i + 1)) {
          tried.push({ key: rest.source, outcome: 'not-tried', because: 'earlier-match' });
        }
        const unmatched = kidUnmatched(read, kid);
        return {
          status: 'verified',
          code: 'VERIFIED',
          alg: spec.alg,
          key: keyOf(key),
          candidates: all(),
          ...(unmatched === undefined
            ? {}
            : { kidUnmatched: { kid: unmatched, fromSet: read.source === 'jwks' } }),
        };
      }
      case 'rejected':
        return { status: 'error', code: 'HEADER_REJECTED', failure: check.failure, candidates: all() };
      case 'too-small':
        unusable = check;
        tried.push({
          ...base,
          outcome: 'skipped',
          because: 'too-small',
          bits: check.bits,
          needed: check.needed,
        });
        break;
      case 'unusable':
        unusable = check;
        tried.push({
          ...base,
          outcome: 'skipped',
          because: 'unusable',
          alg: spec.alg,
          problem: check.problem,
        });
        break;
      case 'length':
        lastChecked = key;
        lengths.add(check.expected);
        tried.push({
          ...base,
          outcome: 'no-match',
          because: 'signature-length',
          expected: check.expected,
          found: signature.length,
        });
        break;
      case 'no-match':
        lastChecked = key;
        mismatches++;
        tried.push({ ...base, outcome: 'no-match', because: 'no-match' });
        break;
    }
  }
  if (lastChecked === undefined) {
    if (unusable?.kind === 'too-small') {
      return {
        status: 'error',
        code: 'KEY_TOO_SMALL',
        alg: spec.alg,
        bits: unusable.bits,
        needed: unusable.needed,
        candidates: all(),
      };
    }
    return {
      status: 'error',
      code: 'KEY_UNUSABLE',
      alg: spec.alg,
      problem: unusable?.problem ?? { code: 'IMPORT_FAILED' },
      candidates: all(),
    };
  }
  const checked = { alg: spec.alg, key: keyOf(lastChecked), candidates: all() };
  const [expected] = lengths;
  if (mismatches === 0 && lengths.size === 1 && expected !== undefined) {
    return { status: 'invalid', code: 'SIGNATURE_LENGTH', expected, found: signature.length, ...checked };
  }
  const count = tried.filter((t) => t.outcome === 'no-match').length;
  const untried = Math.max(0, fitting.length - MAX_KEYS_TRIED);
  return {
    status: 'invalid',
    code: 'SIGNATURE_MISMATCH',
    tried: count,
    ...(untried > 0 ? { untried } : {}),
    ...checked,
  };
}
