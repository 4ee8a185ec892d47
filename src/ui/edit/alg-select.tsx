import TextField from '@mui/material/TextField';
import { ALGORITHM_CHOICES, selectHeaderAlg } from '../../state/selectors/edit';
import { useAppStore } from '../../state/store';
import { TEST_IDS } from '../test-ids';

/** The header's alg as a native select (CONTRACT.md `alg-select`): choosing one rewrites `alg` and re-signs. */
export function AlgSelect() {
  const alg = useAppStore(selectHeaderAlg);
  const setAlg = useAppStore((s) => s.setAlg);
  // An alg the table does not hold (a JWE's, a typo) stays shown as the token has it.
  const other = alg !== undefined && !ALGORITHM_CHOICES.includes(alg) ? alg : undefined;
  return (
    <TextField
      select
      size="small"
      label="Algorithm"
      value={alg ?? ''}
      onChange={(e) => setAlg(e.target.value)}
      sx={{ minWidth: 150 }}
      slotProps={{
        select: { native: true },
        htmlInput: { 'data-testid': TEST_IDS.algSelect },
      }}
    >
      {alg === undefined && (
        <option value="" disabled>
          (not set)
        </option>
      )}
      {other !== undefined && (
        <option value={other} disabled>
          {other}
        </option>
      )}
      {ALGORITHM_CHOICES.map((choice) => (
        <option key={choice} value={choice}>
          {choice}
        </option>
      ))}
    </TextField>
  );
}
