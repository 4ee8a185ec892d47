import Button from '@mui/material/Button';
import { useAppStore } from '../../state/store';
import { TEST_IDS } from '../test-ids';

/** Empties the token, the key and everything made from them. */
export function ClearButton() {
  const clearAll = useAppStore((s) => s.clearAll);
  return (
    <Button size="small" variant="text" onClick={clearAll} data-testid={TEST_IDS.clearAll}>
      Clear
    </Button>
  );
}
