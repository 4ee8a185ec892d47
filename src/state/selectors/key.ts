import { describeKeyReading } from '../../core/keys/describe';
import { canRaiseKeyLimit, describeKeyTooLarge, describeRaiseKeyLimit } from '../../core/keys/errors';
import type { KeyReading } from '../../engine/verify-engine';
import { SAMPLE_SECRET, SAMPLE_TOKEN } from '../sample';
import type { AppState } from '../types';
import { jweKeyFamily } from '../../core/jwe/view';
import { selectShownDecoded, selectShownDocument } from './document';
import { selectReadiness } from './verify';

/** What the key input holds, in words, and whether it could be read. */
export interface KeyKind {
  readonly text: string;
  readonly ok: boolean;
}

const keyKindCache = {
  verify: new WeakMap<KeyReading, KeyKind>(),
  decrypt: new WeakMap<KeyReading, KeyKind>(),
};

const refusedCache = new WeakMap<object, KeyKind>();

/** The key input's kind in words, only when it describes the key text on screen (or why that was not kept). */
export function selectKeyKind(state: AppState): KeyKind | undefined {
  const doc = selectShownDocument(state);
  const refused = doc.key.refused;
  if (refused !== undefined) {
    const hit = refusedCache.get(refused);
    if (hit !== undefined) return hit;
    const kind: KeyKind = {
      text: describeKeyTooLarge(refused),
      ok: false,
    };
    refusedCache.set(refused, kind);
    return kind;
  }
  const k = doc.keyReading;
  if (k === undefined || k.stamp.keyText !== doc.key.text || k.stamp.encoding !== doc.key.encoding) {
    return undefined;
  }
  // The same object for the same reading: a new object on every call would re-render forever.
  // A JWE's key decrypts: a private key is used itself, a secret is a shared key or a password.
  const purpose = selectShownDecoded(state).kind === 'jwe' ? 'decrypt' : 'verify';
  const cache = keyKindCache[purpose];
  const cached = cache.get(k.reading);
  if (cached !== undefined) return cached;
  const reading = k.reading;
  const kind: KeyKind = { text: describeKeyReading(reading, purpose), ok: reading.ok };
  cache.set(reading, kind);
  return kind;
}

/**
 * The words of the offer to raise the key size limit, while the key text of the layer on screen is refused for
 * its size and the raised limit would read it; undefined otherwise.
 */
export function selectRaiseKeyLimit(state: AppState): string | undefined {
  const refused = selectShownDocument(state).key.refused;
  return refused !== undefined && canRaiseKeyLimit(refused) ? describeRaiseKeyLimit() : undefined;
}

/** Which key controls apply to the token and key on screen, and the sample's secret when it can be offered. */
export interface KeyControls {
  /** False for an unsigned token (alg none) or a JWE: there is nothing to verify with a key. */
  readonly keyInput: boolean;
  /** The secret-encoding choice: for an HMAC token, or one whose alg is not known yet while the key is no key material. */
  readonly secretEncoding: boolean;
  /** The sample token's secret, offered while the sample is on screen and no key is given. */
  readonly sampleSecret?: string;
  /** True for a JWE: the key decrypts rather than verifies. */
  readonly decrypt: boolean;
}

const controlsCache = new Map<string, KeyControls>();

/** The key controls to show (the same object for the same answer, so components re-render only on change). */
export function selectKeyControls(state: AppState): KeyControls {
  const doc = selectShownDocument(state);
  const readiness = selectReadiness(state);
  // Nothing to check with a key: an unsigned token. A JWE takes the key it is decrypted with.
  const keyInput = readiness.kind !== 'unsigned';
  const jweFamily = readiness.kind === 'encrypted' ? jweKeyFamily(selectShownDecoded(state).alg) : undefined;
  const family =
    readiness.kind === 'ready' || readiness.kind === 'no-key'
      ? readiness.spec.family
      : jweFamily === 'symmetric'
        ? 'hmac'
        : undefined;
  const reading = doc.keyReading;
  const current =
    reading !== undefined &&
    reading.stamp.keyText === doc.key.text &&
    reading.stamp.encoding === doc.key.encoding;
  const keyMaterial =
    current &&
    doc.key.text.trim() !== '' &&
    (reading.reading.ok
      ? reading.reading.value.kind === 'keys'
      : reading.reading.error.material !== undefined);
  // An HMAC token always offers it (even for key material, which every reading refuses as key confusion); a token
  // whose alg takes a public key never does; otherwise only while the key is not a public or private key.
  // A JWE's shared key may be written in any of the encodings; a password is text; a private key is no secret.
  const secretEncoding =
    keyInput && (family === 'hmac' || (family === undefined && jweFamily === undefined && !keyMaterial));
  // Not while key text is refused for its size: a key was given, only not read.
  const offerSample =
    keyInput &&
    doc.source === 'sample' &&
    doc.text === SAMPLE_TOKEN &&
    doc.key.text === '' &&
    doc.key.refused === undefined;
  const decrypt = jweFamily !== undefined;
  const cacheKey = `${keyInput}-${secretEncoding}-${offerSample}-${decrypt}`;
  let controls = controlsCache.get(cacheKey);
  if (controls === undefined) {
    controls = {
      keyInput,
      secretEncoding,
      decrypt,
      ...(offerSample ? { sampleSecret: SAMPLE_SECRET } : {}),
    };
    controlsCache.set(cacheKey, controls);
  }
  return controls;
}
