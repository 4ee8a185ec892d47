import Box from '@mui/material/Box';
import { afterFirstPaint } from '../common/lazy';

/**
 * The key input, loaded after the first paint with what reads and describes keys (the text field and its
 * select): showing a token does not need it. Until then a box of its height keeps the verdict below in place.
 */
export const KeyInput = afterFirstPaint(
  async () => (await import('./key-input')).KeyInput,
  <Box aria-hidden sx={{ minHeight: 120 }} />,
);
