import Alert from '@mui/material/Alert';
import { selectUnsigned } from '../../state/selectors/edit';
import { useAppStore } from '../../state/store';
import { FindingLink } from '../common/finding-link';
import { TEST_IDS } from '../test-ids';

/**
 * Shown while the token being produced is unsecured (`alg: none`, CONTRACT.md `unsigned-warning`). What that
 * risks is the alg-none finding's to say, once: this points to it.
 */
export function UnsignedWarning() {
  const unsigned = useAppStore(selectUnsigned);
  if (!unsigned) return null;
  return (
    <Alert severity="warning" variant="outlined" data-testid={TEST_IDS.unsignedWarning} sx={{ py: 0 }}>
      This token is unsigned (alg: none): <FindingLink id="alg-none">see Findings</FindingLink>.
    </Alert>
  );
}
