import Alert from '@mui/material/Alert';
import { selectCarriedKeyWarning } from '../../state/selectors/findings';
import { useAppStore } from '../../state/store';
import { TEST_IDS } from '../test-ids';

/** Beside the verdict, while the key input holds a key the token carries itself: what a match with it means. */
export function CarriedKeyWarning() {
  const warning = useAppStore(selectCarriedKeyWarning);
  if (warning === undefined) return null;
  return (
    <Alert severity="warning" variant="outlined" data-testid={TEST_IDS.carriedKeyWarning} sx={{ py: 0 }}>
      {warning}
    </Alert>
  );
}
