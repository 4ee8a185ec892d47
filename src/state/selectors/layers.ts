import { stringMember } from '../../core/json/lossless';
import { describeLayer } from '../../core/jwe/view';
import type { AppState, DocumentId } from '../types';
import { selectShownDecoded } from './document';

/** True while the shown layer is a JWE: the decryption controls apply (cheap, for the first load). */
export function selectShownIsJwe(state: AppState): boolean {
  return selectShownDecoded(state).kind === 'jwe';
}

/** True while the main token has inner layers (a decrypted nested token). */
export function selectHasLayers(state: AppState): boolean {
  return state.documents['layer-1'] !== undefined;
}

/** One layer of a nested token, as the breadcrumb shows it (CONTRACT.md `layer`). */
export interface LayerView {
  readonly id: DocumentId;
  readonly index: number;
  readonly kind: string;
  readonly label: string;
  readonly selected: boolean;
}

let lastLayers:
  { documents: AppState['documents']; shown: DocumentId; layers: readonly LayerView[] } | undefined;

/** The layers of the main token, outermost first, once it has more than one (a decrypted nested JWE). */
export function selectLayers(state: AppState): readonly LayerView[] {
  if (lastLayers?.documents === state.documents && lastLayers.shown === state.shownLayer)
    return lastLayers.layers;
  const layers: LayerView[] = [];
  const shown = state.documents[state.shownLayer] === undefined ? 'main' : state.shownLayer;
  for (let n = 0; ; n++) {
    const id: DocumentId = n === 0 ? 'main' : `layer-${n}`;
    const doc = state.documents[id];
    if (doc === undefined) break;
    const decoded = doc.decoded.value;
    const enc = decoded.kind === 'jwe' ? stringMember(decoded.headerObject, 'enc') : undefined;
    layers.push({
      id,
      index: n,
      kind: decoded.kind,
      label: describeLayer(decoded.kind, decoded.alg, enc),
      selected: id === shown,
    });
  }
  const result = layers.length > 1 ? layers : [];
  lastLayers = { documents: state.documents, shown: state.shownLayer, layers: result };
  return result;
}
