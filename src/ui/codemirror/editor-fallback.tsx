import Box from '@mui/material/Box';
import type { ReactNode } from 'react';

interface EditorFallbackProps {
  /** The editor's text, or what shows it (coloured runs). */
  readonly children: ReactNode;
  readonly testId: string;
  readonly label: string;
  readonly invalid: boolean;
  /** The id of the element that says what is wrong, while `invalid`. */
  readonly errorId?: string | undefined;
  readonly placeholder?: string;
  /** The editor's own text styles (padding, font, line height), so nothing moves when it takes over. */
  readonly sx: Readonly<Record<string, string | number>>;
  /** Tells whether it has the focus, so the editor can take it over. */
  readonly onFocusChange: (focused: boolean) => void;
}

/**
 * The text of an editor, shown plainly until CodeMirror has loaded (a moment after the first paint): the same
 * text, test id and accessible name, read-only (`aria-readonly`), so a test or a user waiting to type waits for
 * the editor.
 */
export function EditorFallback({
  children,
  testId,
  label,
  invalid,
  errorId,
  placeholder,
  sx,
  onFocusChange,
}: EditorFallbackProps) {
  return (
    <Box
      role="textbox"
      aria-readonly="true"
      aria-multiline="true"
      aria-label={label}
      aria-invalid={invalid}
      aria-describedby={invalid ? errorId : undefined}
      data-testid={testId}
      data-placeholder={placeholder}
      // Focusable like the editor, so the tab order is the same before and after it loads.
      tabIndex={0}
      translate="no"
      onFocus={() => onFocusChange(true)}
      onBlur={() => onFocusChange(false)}
      sx={{
        whiteSpace: 'pre-wrap',
        outline: 'none',
        '&:empty::before': { content: 'attr(data-placeholder)', color: 'text.secondary' },
        ...sx,
      }}
    >
      {children}
    </Box>
  );
}
