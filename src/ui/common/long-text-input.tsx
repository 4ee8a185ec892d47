import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { memo, useMemo, type ClipboardEvent } from 'react';
import { MONO_FONT } from '../theme';
import { describeHiddenKey } from './long-text';
import { TextInput } from './text-input';
import { useTextAroundBox } from './use-text-around-box';

interface LongTextInputProps {
  readonly label: string;
  readonly placeholder: string;
  readonly testId: string;
  readonly text: string;
  /** Takes the new text: stable across renders (the box renders again only when what it shows changes). */
  readonly onText: (text: string) => void;
  readonly maxRows: number;
}

/**
 * A growing text box for a key, a JWKS or a password, which a megabyte never reaches: a text too long to lay
 * out is kept, and its size said, with a button to show it (`useTextAroundBox`).
 */
export function LongTextInput({ label, placeholder, testId, text, onText, maxRows }: LongTextInputProps) {
  const { hidden, shownValue, boxRef, onPaste, showLong } = useTextAroundBox(text, onText);
  return (
    <>
      <LongTextBox
        label={label}
        placeholder={placeholder}
        testId={testId}
        value={shownValue}
        onText={onText}
        boxRef={boxRef}
        onPaste={onPaste}
        maxRows={maxRows}
      />
      {hidden && (
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Typography variant="body2" color="text.secondary">
            {describeHiddenKey(text.length)}
          </Typography>
          <Button size="small" variant="outlined" onClick={showLong}>
            Show the key text
          </Button>
        </Stack>
      )}
    </>
  );
}

interface LongTextBoxProps {
  readonly label: string;
  readonly placeholder: string;
  readonly testId: string;
  readonly value: string;
  readonly onText: (text: string) => void;
  readonly boxRef: (box: HTMLTextAreaElement | null) => void;
  readonly onPaste: (event: ClipboardEvent<HTMLTextAreaElement>) => void;
  readonly maxRows: number;
}

/**
 * The text box itself. It renders again only when what it shows changes: a growing text box measures itself (a
 * forced layout of the whole page) each time it renders, which must not happen on every change of the token.
 */
const LongTextBox = memo(function LongTextBox({
  label,
  placeholder,
  testId,
  value,
  onText,
  boxRef,
  onPaste,
  maxRows,
}: LongTextBoxProps) {
  const htmlInput = useMemo(
    () => ({
      'data-testid': testId,
      ref: boxRef,
      onPaste,
      spellCheck: false,
      autoCapitalize: 'off',
      autoCorrect: 'off',
      style: { fontFamily: MONO_FONT, fontSize: '0.85rem' },
    }),
    [testId, boxRef, onPaste],
  );
  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      multiline
      minRows={2}
      maxRows={maxRows}
      value={value}
      onChange={(e) => onText(e.target.value)}
      autoComplete="off"
      htmlInput={htmlInput}
      size="small"
      fullWidth
    />
  );
});
