import { parseTokenParameters } from '../core/url/fragment';
import { SAMPLE_TOKEN } from './sample';
import { useAppStore } from './store';

/**
 * Loads the token named by the URL fragment (`#token=`, `#id_token=`, `#access_token=`), or the sample token
 * when there is none. The fragment is read only; nothing is ever written to the URL.
 */
export function loadInitialToken(hash: string): void {
  const fromUrl = parseTokenParameters(hash);
  const { setTokenText } = useAppStore.getState();
  if (fromUrl !== undefined) setTokenText(fromUrl.token, 'fragment');
  else setTokenText(SAMPLE_TOKEN, 'sample');
}

/** Loads a token given in a changed fragment (a redirect into an already open page); ignores other changes. */
export function loadTokenFromHash(hash: string): void {
  const fromUrl = parseTokenParameters(hash);
  if (fromUrl !== undefined) useAppStore.getState().setTokenText(fromUrl.token, 'fragment');
}
