import LinearProgress from '@mui/material/LinearProgress';
import { selectSignState } from '../../state/selectors/edit';
import { useAppStore } from '../../state/store';
import { TEST_IDS } from '../test-ids';

/**
 * A bar while the edited token is being signed. Why an old signature stays (a private key is needed, the key
 * does not fit the alg) is said by the verdict itself.
 */
export function SignNotice() {
  const sign = useAppStore(selectSignState);
  if (sign.status !== 'signing') return null;
  return <LinearProgress aria-label="Signing the token" data-testid={TEST_IDS.signState} />;
}
