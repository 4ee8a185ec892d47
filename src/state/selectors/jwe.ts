import { describeDecrypt } from '../../core/jwe/decrypt-words';
import { describeDecryptIdle, describeDecrypting, describeRaiseP2c } from '../../core/jwe/view';
import { memberValue, stringMember } from '../../core/json/lossless';
import {
  describeJweAlg,
  describeJweEnc,
  explainJweSegments,
  type JweSegmentInfo,
} from '../../core/jwe/segments';
import { describeKeyTooLarge } from '../../core/keys/errors';
import { MAX_P2C } from '../../core/limits';
import type { AppState, TokenDocument } from '../types';
import { currentDecryption, decodeIsCurrent, memoOnShown, selectShownDocument } from './document';

/** The decryption of a JWE as the page shows it (CONTRACT.md `decrypt-status`). */
export type DecryptStatus = 'idle' | 'checking' | 'decrypted' | 'failed' | 'error' | 'refused';

/** The decrypt-status box: its value and its words; undefined when the shown token is no JWE. */
export interface DecryptView {
  readonly status: DecryptStatus;
  readonly text: string;
  /** The PBES2 count being derived while checking, for the progress line. */
  readonly deriving?: number;
  /** The words of the one-click raise, while the PBES2 count is refused but within what the page derives. */
  readonly raise?: string;
}

function p2cOf(doc: TokenDocument): number | undefined {
  const decoded = doc.decoded.value;
  const value = memberValue(decoded.headerObject, 'p2c');
  return value?.kind === 'number' && Number.isSafeInteger(value.value) ? value.value : undefined;
}

const viewCache = new WeakMap<TokenDocument, DecryptView | undefined>();

function decryptView(doc: TokenDocument): DecryptView | undefined {
  const decoded = doc.decoded.value;
  if (!decodeIsCurrent(doc) || decoded.kind !== 'jwe') return undefined;
  const alg = decoded.alg;
  if (doc.key.refused !== undefined) {
    return {
      status: 'error',
      text: describeKeyTooLarge(doc.key.refused),
    };
  }
  if (doc.key.text.trim() === '') return { status: 'idle', text: describeDecryptIdle(alg) };
  const result = currentDecryption(doc);
  if (result === undefined) {
    const p2c = alg?.startsWith('PBES2-') === true ? p2cOf(doc) : undefined;
    return {
      status: 'checking',
      text: describeDecrypting(p2c),
      ...(p2c === undefined ? {} : { deriving: p2c }),
    };
  }
  const text = describeDecrypt(result);
  if (result.status === 'refused' && result.code === 'P2C_TOO_HIGH' && result.raisable) {
    if (result.found <= MAX_P2C) return { status: 'refused', text, raise: describeRaiseP2c(result.found) };
  }
  return { status: result.status, text };
}

/** The shown token's decryption in words (the same object while nothing it reads changes). */
export function selectDecryptView(state: AppState): DecryptView | undefined {
  const doc = selectShownDocument(state);
  if (viewCache.has(doc)) return viewCache.get(doc);
  const view = decryptView(doc);
  viewCache.set(doc, view);
  return view;
}

/** A JWE's segments explained for the encryption card: its alg and enc in words, and each segment's size and role. */
export interface JweExplained {
  readonly alg: string;
  readonly enc: string;
  readonly segments: readonly JweSegmentInfo[];
}

/** The shown JWE's alg, enc and segments explained; undefined for a token that is no JWE. */
export const selectJweExplained = memoOnShown((decoded): JweExplained | undefined => {
  if (decoded.kind !== 'jwe') return undefined;
  return {
    alg: describeJweAlg(decoded.alg),
    enc: describeJweEnc(stringMember(decoded.headerObject, 'enc')),
    segments: explainJweSegments(decoded),
  };
});
