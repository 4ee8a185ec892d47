import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import type { InputBaseComponentProps } from '@mui/material/InputBase';
import InputLabel from '@mui/material/InputLabel';
import NativeSelect from '@mui/material/NativeSelect';
import OutlinedInput, { type OutlinedInputProps } from '@mui/material/OutlinedInput';
import type { SxProps, Theme } from '@mui/material/styles';
import { useId, type ReactNode } from 'react';
import { describeInputLimit } from './input-limit';

type InputProps = Pick<
  OutlinedInputProps,
  | 'value'
  | 'defaultValue'
  | 'onChange'
  | 'onFocus'
  | 'placeholder'
  | 'multiline'
  | 'minRows'
  | 'maxRows'
  | 'autoComplete'
>;

interface TextInputProps extends InputProps {
  readonly label: string;
  readonly helperText?: ReactNode;
  readonly error?: boolean;
  readonly size?: 'small' | 'medium';
  readonly fullWidth?: boolean;
  readonly sx?: SxProps<Theme>;
  /** Attributes of the `<input>`, `<textarea>` or `<select>` itself (test id, spellcheck, input mode). */
  readonly htmlInput?: InputBaseComponentProps;
  /** A native `<select>` of these `<option>`s instead of a text box. */
  readonly options?: ReactNode;
  /**
   * The most characters the box takes (`maxLength`: the browser cuts longer text as it comes in); once it holds
   * that many, its helper text says so. See `INPUT_MAX_CHARS`.
   */
  readonly maxChars?: number;
}

/**
 * An outlined text box (or native select) with its label and helper text: what MUI's TextField renders, built
 * from its parts, since TextField also brings MUI's Select, Menu, Popover and Modal into the first load.
 */
export function TextInput({
  label,
  helperText,
  error = false,
  size,
  fullWidth = false,
  sx,
  htmlInput,
  options,
  maxChars,
  ...input
}: TextInputProps) {
  const id = useId();
  const full = maxChars !== undefined && typeof input.value === 'string' && input.value.length >= maxChars;
  // Once full, the box says so before what it says otherwise (an error stays said).
  const helper = full ? (
    <>
      {describeInputLimit(maxChars)}
      {helperText === undefined ? null : <> {helperText}</>}
    </>
  ) : (
    helperText
  );
  const helperId = helper === undefined ? undefined : `${id}-helper-text`;
  const field = (
    <OutlinedInput
      id={id}
      label={label}
      aria-describedby={helperId}
      inputProps={maxChars === undefined ? htmlInput : { ...htmlInput, maxLength: maxChars }}
      {...input}
    />
  );
  return (
    <FormControl variant="outlined" size={size} fullWidth={fullWidth} error={error} sx={sx}>
      <InputLabel htmlFor={id} id={`${id}-label`}>
        {label}
      </InputLabel>
      {options === undefined ? field : <NativeSelect input={field}>{options}</NativeSelect>}
      {helper !== undefined && <FormHelperText id={helperId}>{helper}</FormHelperText>}
    </FormControl>
  );
}
