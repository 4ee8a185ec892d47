import Box from '@mui/material/Box';
import type { ReactNode, Ref } from 'react';
import { MONO_FONT } from '../theme';

/** The JSON editors' text: CodeMirror's theme and its plain stand-in share it, so nothing moves on the swap. */
export const JSON_EDITOR_TEXT = {
  fontFamily: MONO_FONT,
  fontSize: '0.875rem',
  lineHeight: '1.55',
  padding: '10px 12px 10px 0',
} as const;

interface JsonEditorFrameProps {
  readonly invalid: boolean;
  /** Kept in the page but not shown (an editor kept for when its part is JSON again). */
  readonly hidden?: boolean;
  readonly ref?: Ref<HTMLDivElement>;
  readonly children?: ReactNode;
}

/** The shaded box around a JSON editor (a red border while its text is not JSON). */
export function JsonEditorFrame({ invalid, hidden = false, ref, children }: JsonEditorFrameProps) {
  return (
    <Box
      ref={ref}
      hidden={hidden}
      sx={{
        bgcolor: 'action.hover',
        border: 1,
        borderColor: invalid ? 'error.main' : 'transparent',
        borderRadius: 1,
        direction: 'ltr',
        '&:focus-within': { borderColor: invalid ? 'error.main' : 'primary.main' },
      }}
    >
      {children}
    </Box>
  );
}
