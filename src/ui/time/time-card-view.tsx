import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ClockInputs } from './clock-inputs';
import { Timeline } from './timeline';

/** When the token is valid: its timeline, and the instant and leeway it is judged with. */
export function TimeCard() {
  return (
    <Paper component="section" aria-labelledby="time-heading" variant="outlined" sx={{ p: 1.5, minWidth: 0 }}>
      <Typography variant="h2" id="time-heading" sx={{ mb: 1 }}>
        Time
      </Typography>
      <Stack spacing={1.5}>
        <Timeline />
        <ClockInputs />
      </Stack>
    </Paper>
  );
}
