import type { DescribeMember } from '../../state/selectors/claims';
import { useAppStore } from '../../state/store';
import { lazyModule } from '../common/lazy';

/** The claims catalogue and its selectors load after the first paint: the editors' tooltips wait for them. */
const claims = lazyModule(() => import('../../state/selectors/claims'));

const DESCRIBES_NOTHING: DescribeMember = () => undefined;
const NOTHING_YET = (): DescribeMember => DESCRIBES_NOTHING;

/**
 * What each member name of the header or payload means, for the JSON editors' tooltips: nothing until the claims
 * catalogue is in (the editors themselves load after the first paint too), then the same function while the
 * token does not change.
 */
export function useDescribeMember(part: 'header' | 'payload'): DescribeMember {
  const loaded = claims.useModule();
  return useAppStore(loaded === undefined ? NOTHING_YET : loaded.selectDescribeMember[part]);
}
