import Box from '@mui/material/Box';
import { afterFirstPaint } from './common/lazy';

/**
 * The theme switch, loaded after the first paint (the theme itself follows the system, or the remembered choice,
 * from the start). Until then a box of its size stands in, so the top bar does not move.
 */
export const ThemeSwitch = afterFirstPaint(
  async () => (await import('./theme-switch')).ThemeSwitch,
  <Box aria-hidden sx={{ width: 106, height: 36, flexShrink: 0 }} />,
);
