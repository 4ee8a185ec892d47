import type { StoreApi } from 'zustand/vanilla';
import { parseTokenParameters } from '../core/token/parameters';
import { SAMPLE_TOKEN } from './sample';
import type { AppState } from './types';

/**
 * Loads the token named by the URL fragment (`#token=`, `#id_token=`, `#access_token=`), or the sample token
 * when there is none. Returns whether the fragment held a token, so the caller can take it out of the address bar.
 */
export function loadInitialToken(store: StoreApi<AppState>, hash: string): boolean {
  const fromUrl = parseTokenParameters(hash);
  const { setTokenText } = store.getState();
  if (fromUrl !== undefined) setTokenText(fromUrl.token, 'fragment');
  else setTokenText(SAMPLE_TOKEN, 'sample');
  return fromUrl !== undefined;
}

/**
 * Loads a token given in a changed fragment (a redirect into an already open page); ignores other changes.
 * Returns whether it held a token.
 */
export function loadTokenFromHash(store: StoreApi<AppState>, hash: string): boolean {
  const fromUrl = parseTokenParameters(hash);
  if (fromUrl !== undefined) store.getState().setTokenText(fromUrl.token, 'fragment');
  return fromUrl !== undefined;
}
