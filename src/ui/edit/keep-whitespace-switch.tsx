import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import { selectKeepWhitespace } from '../../state/selectors/edit';
import { useAppStore } from '../../state/store';
import { TEST_IDS } from '../test-ids';

/** Whether edited JSON goes into the token byte for byte (on) or with its whitespace compacted (off). */
export function KeepWhitespaceSwitch() {
  const keep = useAppStore(selectKeepWhitespace);
  const setKeep = useAppStore((s) => s.setKeepWhitespace);
  return (
    <FormControlLabel
      control={
        <Switch
          size="small"
          checked={keep}
          onChange={(e) => setKeep(e.target.checked)}
          slotProps={{ input: { 'data-testid': TEST_IDS.keepWhitespace } as object }}
        />
      }
      label="Keep whitespace (byte for byte)"
      slotProps={{ typography: { variant: 'body2' } }}
    />
  );
}
