import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { CheckList } from './check-list';
import { ExpectationInputs } from './expectation-inputs';

/** Validation as a careful server does it: what it expects, and each check's outcome for the token on screen. */
export function ValidationCard() {
  return (
    <Paper
      component="section"
      aria-labelledby="validation-heading"
      variant="outlined"
      sx={{ p: 1.5, minWidth: 0 }}
    >
      <Typography variant="h2" id="validation-heading" sx={{ mb: 1 }}>
        Validation
      </Typography>
      <Stack spacing={1.5}>
        <ExpectationInputs />
        <CheckList />
      </Stack>
    </Paper>
  );
}
