import Box from '@mui/material/Box';
import { afterFirstPaint } from '../common/lazy';

/**
 * The verdict box, loaded after the first paint with the verdicts' words (verification itself always waits for
 * its lazily loaded engine). Until then a box of its height stands in.
 */
export const VerifyStatus = afterFirstPaint(
  async () => (await import('./verify-status')).VerifyStatus,
  <Box aria-hidden sx={{ minHeight: 48 }} />,
);
