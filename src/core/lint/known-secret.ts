import { hmac } from '@noble/hashes/hmac.js';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import type { DecodedToken } from '../token/decode';
import type { Finding } from './finding';

const HASHES = { HS256: sha256, HS384: sha384, HS512: sha512 } as const;

/** What a known-secret search compares against: the HMAC alg, the signing input and the signature. */
export interface KnownSecretTarget {
  readonly alg: keyof typeof HASHES;
  readonly signingInput: Uint8Array;
  readonly signature: Uint8Array;
}

/**
 * Why a token is not searched for a known secret: another alg, a missing or malformed signature, or the page's
 * own sample token (its secret is the page's, and a test keeps it out of the list).
 */
/**
 * Why a token is not searched: another alg, no signature, a signature of another length than its HMAC makes (no
 * secret can have made it), or the page's own sample.
 */
export type KnownSecretSkip = 'not-hmac' | 'no-signature' | 'signature-length' | 'sample';

/**
 * The HMAC signing input and signature of an HS256/384/512 token (RFC 7515 section 5.1), or why it has none to
 * search: another alg, or a missing or malformed signature.
 */
export function toKnownSecretTarget(decoded: DecodedToken): KnownSecretTarget | KnownSecretSkip {
  const alg = decoded.alg;
  if (decoded.kind === 'jwe' || alg === undefined || !Object.hasOwn(HASHES, alg)) return 'not-hmac';
  const signature = decoded.signature?.bytes;
  const hmacAlg = alg as keyof typeof HASHES;
  if (signature === undefined || signature.length === 0) return 'no-signature';
  if (signature.length !== HASHES[hmacAlg].outputLen) return 'signature-length';
  const compact = decoded.compact;
  const end = compact.indexOf('.', compact.indexOf('.') + 1);
  if (end < 0) return 'no-signature';
  return { alg: hmacAlg, signingInput: new TextEncoder().encode(compact.slice(0, end)), signature };
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** How far a search has come. */
export interface KnownSecretProgress {
  readonly tried: number;
}

/** How a search ended. */
export type KnownSecretOutcome =
  | { readonly kind: 'found'; readonly secret: string; readonly tried: number }
  | { readonly kind: 'not-found'; readonly tried: number }
  | { readonly kind: 'cancelled'; readonly tried: number }
  | { readonly kind: 'skipped'; readonly reason: KnownSecretSkip };

/**
 * Tries each candidate as the UTF-8 HMAC secret of the target, synchronously with @noble/hashes (WebCrypto's
 * one promise per candidate is far slower), yielding progress after every `chunkSize` candidates so the caller
 * can report it or stop. Empty candidates are skipped.
 */
export function* searchKnownSecrets(
  target: KnownSecretTarget,
  secrets: Iterable<string>,
  chunkSize = 1000,
): Generator<KnownSecretProgress, KnownSecretOutcome> {
  const hash = HASHES[target.alg];
  const encoder = new TextEncoder();
  let tried = 0;
  for (const secret of secrets) {
    if (secret === '') continue;
    tried++;
    if (equal(hmac(hash, encoder.encode(secret), target.signingInput), target.signature))
      return { kind: 'found', secret, tried };
    if (tried % chunkSize === 0) yield { tried };
  }
  return { kind: 'not-found', tried };
}

/** How checkKnownSecrets reports and stops. */
export interface KnownSecretOptions {
  /** Stops the search between chunks. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: KnownSecretProgress) => void;
  readonly chunkSize?: number;
  /** Awaited between chunks so that messages (a cancellation) get through; a macrotask by default. */
  readonly pause?: () => Promise<void>;
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Whether an HS* token was signed with one of `secrets` (RFC 8725 section 3.5): the search of
 * searchKnownSecrets, in chunks with a pause between them, cancelled through `signal`. Meant for a Web Worker.
 */
export async function checkKnownSecrets(
  decoded: DecodedToken,
  secrets: Iterable<string>,
  options: KnownSecretOptions = {},
): Promise<KnownSecretOutcome> {
  const target = toKnownSecretTarget(decoded);
  if (typeof target === 'string') return { kind: 'skipped', reason: target };
  const search = searchKnownSecrets(target, secrets, options.chunkSize);
  const pause = options.pause ?? macrotask;
  let tried = 0;
  for (;;) {
    if (options.signal?.aborted) return { kind: 'cancelled', tried };
    const step = search.next();
    if (step.done) return step.value;
    tried = step.value.tried;
    options.onProgress?.(step.value);
    await pause();
  }
}

/** The `known-secret` finding of a search that found the secret. */
export function toKnownSecretFinding(outcome: KnownSecretOutcome): Finding | undefined {
  return outcome.kind === 'found'
    ? { id: 'known-secret', severity: 'high', secret: outcome.secret }
    : undefined;
}

/** The candidates in the order to try: the curated extras first, then the list's lines, each once. */
export function* toKnownSecretCandidates(extra: Iterable<string>, listText: string): Generator<string> {
  const seen = new Set<string>();
  for (const secret of extra) {
    if (seen.has(secret)) continue;
    seen.add(secret);
    yield secret;
  }
  let start = 0;
  while (start < listText.length) {
    let end = listText.indexOf('\n', start);
    if (end < 0) end = listText.length;
    const line = listText.slice(start, end).replace(/\r$/, '');
    start = end + 1;
    if (line === '' || seen.has(line)) continue;
    seen.add(line);
    yield line;
  }
}
