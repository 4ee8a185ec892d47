import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { clipEnd } from '../../core/encoding/text';
import { describeSize } from '../../core/limits';
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

/**
 * How much of a long text a block lays out at first: a part that is not JSON (a payload that fails to parse,
 * binary bytes as hex, a long signature) can be a megabyte, and laying out all of it took the page a fifth of a
 * second. Measured in Chromium on a 2-core machine: 32 KB of text of bytes 0 to 255 (control characters, Latin-1)
 * took 111 ms to lay out, 8 KB no task over 50 ms.
 */
export const CLIP_CHARS = 8 * 1024;
/** How much more each "show more" lays out: the user asked for it, and 32 KB of plain text is about 4 ms. */
export const CLIP_STEP_CHARS = 32 * 1024;

/** A long text read in part: its length, and its first characters (never half a character). */
export interface ClippableText {
  readonly length: number;
  /** The text's first `chars` characters, or one fewer where `chars` would split a surrogate pair. */
  readonly start: (chars: number) => string;
}

interface ClippedCodeBlockProps extends Omit<CodeBlockProps, 'children'> {
  /** The text, or a text made only as far as it is shown (a hex dump of a megabyte of bytes). */
  readonly text: string | ClippableText;
  /** A colour for the text (a theme palette path). */
  readonly color?: string;
  /** How much it shows at first: {@link CLIP_CHARS} unless said (JSON, plainer text, lays out faster). */
  readonly initialChars?: number;
}

/**
 * A CodeBlock of a text that may be long: the start of it, and under the block what is not shown yet with a button
 * that shows more. Copying (the card's copy button) still copies all of it.
 */
export function ClippedCodeBlock({
  text,
  color,
  initialChars = CLIP_CHARS,
  ...block
}: ClippedCodeBlockProps) {
  const [limit, setLimit] = useState({ text, chars: initialChars });
  // A new text starts from the start again.
  const chars = limit.text === text ? limit.chars : initialChars;
  const shown =
    typeof text === 'string'
      ? text.length <= chars
        ? text
        : text.slice(0, clipEnd(text, chars))
      : text.start(chars);
  const end = shown.length;
  return (
    <>
      <CodeBlock {...block}>
        {color === undefined ? (
          shown
        ) : (
          <Box component="span" sx={{ color }}>
            {shown}
          </Box>
        )}
      </CodeBlock>
      {end < text.length && (
        <Box sx={{ mt: 0.5, display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: 1 }}>
          <Typography variant="body2" color="text.secondary">
            Showing the first {describeSize(end)} of {describeSize(text.length)}; copy takes all of it.
          </Typography>
          <Button size="small" onClick={() => setLimit({ text, chars: end + CLIP_STEP_CHARS })}>
            Show {describeSize(Math.min(CLIP_STEP_CHARS, text.length - end))} more
          </Button>
        </Box>
      )}
    </>
  );
}
