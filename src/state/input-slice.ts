import type { StateCreator } from 'zustand';
import { decodeToken, type DecodedToken } from '../core/token/decode';
import type { AppState } from './store';

/** The user's token text and what it decodes to; decoding is synchronous, in the setter that changes it. */
export interface InputSlice {
  readonly tokenText: string;
  readonly decoded: DecodedToken;
  /** Where the current token came from: typed or pasted, a URL fragment, the sample, or a one-click fix. */
  readonly tokenSource: 'sample' | 'fragment' | 'user' | 'fix';
  setTokenText: (text: string, source?: InputSlice['tokenSource']) => void;
}

export const createInputSlice: StateCreator<AppState, [], [], InputSlice> = (set, get) => ({
  tokenText: '',
  decoded: decodeToken(''),
  tokenSource: 'user',
  setTokenText: (text, source = 'user') => {
    if (text === get().tokenText) {
      if (source !== get().tokenSource) set({ tokenSource: source });
      return;
    }
    set({ tokenText: text, decoded: decodeToken(text), tokenSource: source });
    get().startVerify();
  },
});
