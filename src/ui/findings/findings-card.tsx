import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { afterFirstPaint } from '../common/lazy';
import { TEST_IDS } from '../test-ids';

/**
 * The card's content (the lint rules and their words) loads after the first paint; until then a box of one
 * finding's height stands in, so that the header and payload below move as little as they can.
 */
const FindingsBody = afterFirstPaint(
  async () => (await import('./findings-body')).FindingsBody,
  <Box aria-hidden sx={{ minHeight: 40 }} />,
);

/** What is risky about the token (CONTRACT.md `finding`), the known-secret search, x5c certificates and issuer keys. */
export function FindingsCard() {
  return (
    <Paper
      component="section"
      aria-labelledby="findings-heading"
      variant="outlined"
      data-testid={TEST_IDS.findings}
      sx={{ p: 1.5, minWidth: 0 }}
    >
      <Typography variant="h2" id="findings-heading" sx={{ mb: 1 }}>
        Findings
      </Typography>
      <FindingsBody />
    </Paper>
  );
}
