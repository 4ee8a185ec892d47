import { lazyModule } from '../common/lazy';

// In a transition (`lazyModule`): it is one of the parts that mount together after the first paint.
const card = lazyModule(() => import('./validation-card'), true);

/**
 * The validation card, loaded after the first paint: it is below the fold and last in its column, so arriving a
 * moment later moves nothing above it.
 */
export function ValidationPanel() {
  const loaded = card.useModule();
  return loaded === undefined ? null : <loaded.ValidationCard />;
}
