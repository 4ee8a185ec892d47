import Box from '@mui/material/Box';
import { afterFirstPaint } from '../common/lazy';

/**
 * The alg picker and the whitespace switch under the header, loaded after the first paint; until then a box of
 * their row's height keeps the payload below it where it will stay.
 */
export const HeaderTools = afterFirstPaint(
  async () => (await import('./header-tools-view')).HeaderTools,
  <Box aria-hidden sx={{ mt: 1.5, minHeight: 40 }} />,
);
