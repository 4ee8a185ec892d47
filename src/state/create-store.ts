import { createStore, type StoreApi } from 'zustand/vanilla';
import { createClockSlice } from './clock-slice';
import { createDocumentsSlice } from './documents-slice';
import { createEditSlice } from './edit-slice';
import { createEncryptSlice } from './encrypt-slice';
import { createFindingsSlice } from './findings-slice';
import { createLayersSlice, startLayerReactions } from './layers';
import { createLimitsSlice } from './limits-slice';
import { createPageSlice } from './page-slice';
import { startFindingsReactions } from './findings-reactions';
import { startReactions } from './reactions';
import { startSdJwtReactions } from './sd-jwt-reactions';
import { createTypingSlice, type Later } from './typing-slice';
import type { AppState, Engines } from './types';
import { createValidationSlice, startValidationReactions } from './validation-slice';

/**
 * Builds the app's store with the engines that do its work; the app builds one in its composition root, and
 * each test builds its own with fakes. `now` is the clock's first reading; `afterPaint`, when text typed in a big
 * token is taken (`typeTokenText`; without it, at once).
 */
export function createAppStore(engines: Engines, now = 0, afterPaint?: Later): StoreApi<AppState> {
  const store = createStore<AppState>()((...a) => ({
    ...createDocumentsSlice(...a),
    ...createTypingSlice(afterPaint)(...a),
    ...createClockSlice(now)(...a),
    ...createPageSlice(...a),
    ...createEditSlice(engines)(...a),
    ...createValidationSlice(...a),
    ...createFindingsSlice(...a),
    ...createLimitsSlice(...a),
    ...createLayersSlice(...a),
    ...createEncryptSlice(engines)(...a),
  }));
  startReactions(store, engines);
  startFindingsReactions(store, engines);
  startValidationReactions(store);
  startSdJwtReactions(store, engines);
  startLayerReactions(store, engines);
  return store;
}
