import type { DecryptResult } from '../../core/jwe/decrypt';
import { readPlaintext } from '../../core/jwe/view';
import { DEFAULT_JWE_LIMITS, MAX_P2C } from '../../core/limits';
import type { DecodedToken } from '../../core/token/decode';
import type { AppState, DecryptStamp, DocumentId, TokenDocument } from '../types';

/** One document (the main token unless another is named). */
export function selectDocument(state: AppState, id: DocumentId = 'main'): TokenDocument {
  return state.documents[id] ?? state.documents.main;
}

/**
 * What every analysis of a document is stamped with: its text, and which token found in it is shown. A verdict
 * or finding for another found token of the same text is not this one's.
 */
export function tokenIdentity(doc: TokenDocument): string {
  // Text typed and not yet taken is the token on screen: what was computed for the text before is not its.
  const text = doc.typed ?? doc.text;
  return doc.foundChoice === undefined ? text : `${text}\u0000${String(doc.foundChoice)}`;
}

/**
 * Whether the decode on hand is the decode of the document's text and chosen token: a big token's lags behind
 * both while it decodes off the page.
 */
export function decodeIsCurrent(doc: TokenDocument): boolean {
  return doc.decoded.text === doc.text && doc.decoded.choice === (doc.foundChoice ?? 0);
}

/** The main token's text as typed (with what is typed and not yet taken: the token editor's text). */
export function selectTokenText(state: AppState): string {
  return selectTokenTextOf(state, 'main');
}

/** A document's text as typed, as `selectTokenText` for the main token ('' while it does not exist). */
export function selectTokenTextOf(state: AppState, id: DocumentId): string {
  const doc = state.documents[id];
  return doc === undefined ? '' : (doc.typed ?? doc.text);
}

/** Where the main token came from. */
export function selectTokenSource(state: AppState): TokenDocument['source'] {
  return state.documents.main.source;
}

/** Whether a document's latest decode found errors (false while it does not exist). */
export function selectHasDecodeErrors(state: AppState, id: DocumentId): boolean {
  return (state.documents[id]?.decoded.value.errors.length ?? 0) > 0;
}

/** The main token's latest decode (it may lag behind the text while an asynchronous decode is in flight). */
export function selectDecoded(state: AppState): DecodedToken {
  return state.documents.main.decoded.value;
}

/** The main token's key inputs. */
export function selectKey(state: AppState): TokenDocument['key'] {
  return state.documents.main.key;
}

/** Memoises a derivation on the decoded token it was computed from (the store replaces it on every change). */
export function memoOnDecoded<T>(derive: (decoded: DecodedToken) => T): (state: AppState) => T {
  const cache = new WeakMap<DecodedToken, T>();
  return (state) => {
    const decoded = selectDecoded(state);
    const hit = cache.get(decoded);
    if (hit !== undefined) return hit;
    const value = derive(decoded);
    cache.set(decoded, value);
    return value;
  };
}

/** The document whose header, payload, key and verdict are shown: the chosen layer of a nested token, or main. */
export function selectShownId(state: AppState): DocumentId {
  return state.documents[state.shownLayer] === undefined ? 'main' : state.shownLayer;
}

/** The shown document (see `selectShownId`). */
export function selectShownDocument(state: AppState): TokenDocument {
  return state.documents[state.shownLayer] ?? state.documents.main;
}

/** The PBES2 count allowed for a document's token: the default, or the most once the user raised it for it. */
export function maxP2cOf(doc: TokenDocument): number {
  return doc.p2cRaisedFor === tokenIdentity(doc) ? MAX_P2C : DEFAULT_JWE_LIMITS.maxP2c;
}

/** The inputs a decryption of a document reads: its token, its key inputs and the PBES2 count allowed. */
export function decryptStampOf(doc: TokenDocument): DecryptStamp {
  return {
    tokenText: tokenIdentity(doc),
    keyText: doc.key.text,
    encoding: doc.key.encoding,
    maxP2c: maxP2cOf(doc),
  };
}

export function sameDecryptStamp(a: DecryptStamp | undefined, b: DecryptStamp | undefined): boolean {
  return (
    a?.tokenText === b?.tokenText &&
    a?.keyText === b?.keyText &&
    a?.encoding === b?.encoding &&
    a?.maxP2c === b?.maxP2c
  );
}

/** A document's decryption, only when it was computed for exactly the token, key and PBES2 limit on screen. */
export function currentDecryption(doc: TokenDocument): DecryptResult | undefined {
  const d = doc.decryption;
  return d !== undefined && sameDecryptStamp(d.stamp, decryptStampOf(doc)) ? d.result : undefined;
}

const withPlaintext = new WeakMap<DecryptResult, { decoded: DecodedToken; merged: DecodedToken }>();

/**
 * The shown document's decode; for a decrypted JWE, with its plaintext as the payload, so the panes, the claims
 * and the time checks read it like any token's payload.
 */
export function selectShownDecoded(state: AppState): DecodedToken {
  const doc = selectShownDocument(state);
  const decoded = doc.decoded.value;
  if (decoded.kind !== 'jwe') return decoded;
  const result = currentDecryption(doc);
  if (result?.status !== 'decrypted') return decoded;
  const hit = withPlaintext.get(result);
  if (hit?.decoded === decoded) return hit.merged;
  const merged: DecodedToken = { ...decoded, payload: readPlaintext(result.plaintext) };
  withPlaintext.set(result, { decoded, merged });
  return merged;
}

/** Memoises a derivation on the shown document's decode (a layer's, or the main token's). */
export function memoOnShown<T>(derive: (decoded: DecodedToken) => T): (state: AppState) => T {
  const cache = new WeakMap<DecodedToken, T>();
  return (state) => {
    const decoded = selectShownDecoded(state);
    const hit = cache.get(decoded);
    if (hit !== undefined) return hit;
    const value = derive(decoded);
    cache.set(decoded, value);
    return value;
  };
}

/** The shown document's key inputs. */
export function selectShownKey(state: AppState): TokenDocument['key'] {
  return selectShownDocument(state).key;
}

/** True while the shown token can be edited: the main token, unless it is a JWE (layers are read-only). */
export function selectEditable(state: AppState): boolean {
  return selectShownId(state) === 'main' && state.documents.main.decoded.value.kind !== 'jwe';
}
