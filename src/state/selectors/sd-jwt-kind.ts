import type { AppState } from '../types';
import { decodeIsCurrent } from './document';

/**
 * True while the main token on screen is an SD-JWT (its decode is for the text on screen). Apart from the card's
 * selectors, so the page's first load carries none of their words.
 */
export function selectIsSdJwt(state: AppState): boolean {
  const doc = state.documents.main;
  return decodeIsCurrent(doc) && doc.decoded.value.kind === 'sd-jwt';
}
