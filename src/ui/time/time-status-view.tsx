import Alert from '@mui/material/Alert';
import type { TimeStatusCode } from '../../core/claims/time';
import { selectTimeStatus } from '../../state/selectors/claims';
import { useAppStoreLater } from '../common/use-app-store-later';
import { TEST_IDS } from '../test-ids';

const SEVERITY: Record<TimeStatusCode, 'success' | 'error' | 'warning'> = {
  valid: 'success',
  expired: 'error',
  'not-yet-valid': 'warning',
  'no-expiry': 'warning',
};

/**
 * The token's validity in time (CONTRACT.md `time-status`), put next to the signature verdict so that an expired
 * token never looks like a good one. Absent when the token has no claims set (a JWE, a text payload).
 */
export function TimeStatus() {
  const view = useAppStoreLater(selectTimeStatus);
  if (view === undefined) return null;
  return (
    <Alert
      severity={SEVERITY[view.status]}
      variant="outlined"
      role="status"
      data-testid={TEST_IDS.timeStatus}
      data-status={view.status}
    >
      {view.text}
    </Alert>
  );
}
