import Stack from '@mui/material/Stack';
import {
  selectLeewayInput,
  selectLeewayInputError,
  selectNowInput,
  selectNowInputError,
  selectNowIso,
} from '../../state/selectors/claims';
import { useAppStore } from '../../state/store';
import { INPUT_MAX_CHARS } from '../common/input-limit';
import { TextInput } from '../common/text-input';
import { TEST_IDS } from '../test-ids';

/** The time the token is judged at, to the second: its own component, so the clock's tick renders only this text. */
function NowHelper() {
  const nowIso = useAppStore(selectNowIso);
  return <>{`Now: ${nowIso} (ISO 8601 or NumericDate; empty: current time)`}</>;
}

const NOW_HELPER = <NowHelper />;

/** The instant the token is judged at (`now-input`; empty: the ticking clock) and the leeway (`leeway-input`). */
export function ClockInputs() {
  const nowInput = useAppStore(selectNowInput);
  const nowError = useAppStore(selectNowInputError);
  const leewayInput = useAppStore(selectLeewayInput);
  const leewayError = useAppStore(selectLeewayInputError);
  const setNowInput = useAppStore((s) => s.setNowInput);
  const setLeewayInput = useAppStore((s) => s.setLeewayInput);
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1.5, alignItems: 'flex-start' }}>
      <TextInput
        size="small"
        label="Judge at"
        placeholder="current time"
        value={nowInput}
        onChange={(e) => setNowInput(e.target.value)}
        error={nowError !== undefined}
        helperText={nowError ?? NOW_HELPER}
        maxChars={INPUT_MAX_CHARS.instant}
        sx={{ flex: 2, minWidth: 0, width: '100%' }}
        htmlInput={{ 'data-testid': TEST_IDS.nowInput, spellCheck: false, autoComplete: 'off' }}
      />
      <TextInput
        size="small"
        label="Leeway (seconds)"
        placeholder="0"
        value={leewayInput}
        onChange={(e) => setLeewayInput(e.target.value)}
        error={leewayError !== undefined}
        helperText={leewayError ?? 'Clock skew allowed'}
        maxChars={INPUT_MAX_CHARS.number}
        sx={{ flex: 1, minWidth: 0, width: '100%' }}
        htmlInput={{ 'data-testid': TEST_IDS.leewayInput, inputMode: 'decimal', autoComplete: 'off' }}
      />
    </Stack>
  );
}
