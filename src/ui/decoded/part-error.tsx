import Alert from '@mui/material/Alert';

export interface PartErrorProps {
  /** The id the part's editor names in its `aria-describedby`. */
  readonly id: string;
  readonly testId: string;
  readonly message: string;
}

/** Why a part's JSON cannot be read (CONTRACT.md `header-json-error`, `payload-json-error`). */
export function PartError({ id, testId, message }: PartErrorProps) {
  return (
    <Alert
      id={id}
      severity="error"
      variant="outlined"
      role="status"
      sx={{ mt: 1, py: 0 }}
      data-testid={testId}
    >
      {message}
    </Alert>
  );
}
