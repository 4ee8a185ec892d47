import Box from '@mui/material/Box';
import type { ReactNode } from 'react';
import { MONO_FONT } from '../theme';

interface CodeBlockProps {
  readonly testId: string;
  readonly label: string;
  readonly children: ReactNode;
  /** A cap on the height, past which the block scrolls; none by default (the block grows with its text). */
  readonly maxHeight?: string;
}

/** A focusable block of monospace text. */
export function CodeBlock({ testId, label, children, maxHeight }: CodeBlockProps) {
  return (
    <Box
      component="pre"
      data-testid={testId}
      role="group"
      aria-label={label}
      // Focusable so keyboard users can scroll long content.
      tabIndex={0}
      sx={{
        m: 0,
        p: 1.5,
        fontFamily: MONO_FONT,
        fontSize: '0.875rem',
        lineHeight: 1.55,
        whiteSpace: 'pre-wrap',
        overflowWrap: 'anywhere',
        maxHeight,
        overflow: 'auto',
        bgcolor: 'action.hover',
        borderRadius: 1,
        direction: 'ltr',
        '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineStyle: 'solid' },
      }}
    >
      {children}
    </Box>
  );
}
