import type { StateCreator } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { checkTokenHash } from '../core/validate/check-token-hash';
import { runLatest } from './latest';
import type { AppState, TokenHashStamp, ValidationSlice } from './types';
import { decodeIsCurrent, tokenIdentity } from './selectors/document';

/** Nothing expected: every expectation check is skipped until the user types a value. */
const NO_EXPECTATIONS: ValidationSlice['expectations'] = {
  iss: '',
  aud: '',
  nonce: '',
  typ: '',
  algs: '',
  hashInput: '',
};

/** What a careful server expects of the main token, as typed; kept in memory only (never stored or shared). */
export const createValidationSlice: StateCreator<AppState, [], [], ValidationSlice> = (set) => ({
  expectations: NO_EXPECTATIONS,
  setExpectation: (field, text) =>
    set((state) =>
      state.expectations[field] === text ? {} : { expectations: { ...state.expectations, [field]: text } },
    ),
});

/** The inputs the at_hash / c_hash checks read: the main token's text and the hash input. */
export function tokenHashStamp(state: AppState): TokenHashStamp {
  return { tokenText: tokenIdentity(state.documents.main), hashInput: state.expectations.hashInput };
}

export function sameTokenHashStamp(a: TokenHashStamp, b: TokenHashStamp): boolean {
  return a.tokenText === b.tokenText && a.hashInput === b.hashInput;
}

/**
 * A new decode of the main token or a new hash input starts the at_hash / c_hash checks (WebCrypto, so
 * asynchronous); an answer for a token or input no longer on screen is dropped (`runLatest`).
 */
export function startValidationReactions(store: StoreApi<AppState>): () => void {
  function checkHashes(): void {
    const state = store.getState();
    const doc = state.documents.main;
    // Wait for the decode of the text on screen: its own change starts the check again.
    if (!decodeIsCurrent(doc)) return;
    const decoded = doc.decoded.value;
    const input = state.expectations.hashInput;
    void runLatest(
      () => tokenHashStamp(store.getState()),
      sameTokenHashStamp,
      () =>
        Promise.all([checkTokenHash(decoded, 'at_hash', input), checkTokenHash(decoded, 'c_hash', input)]),
      (checks, stamp) => store.setState({ tokenHashChecks: { stamp, checks } }),
    );
  }
  const unsubscribe = store.subscribe((state, prev) => {
    if (
      state.documents.main.decoded !== prev.documents.main.decoded ||
      state.expectations.hashInput !== prev.expectations.hashInput
    )
      checkHashes();
  });
  checkHashes();
  return unsubscribe;
}
