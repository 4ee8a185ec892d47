import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import type { ShownNote } from '../../state/selectors/token';

/** Notes about one part's content (a payload that is not JSON, or empty); its risks are findings, said once. */
export function PartNotes({ notes }: { readonly notes: readonly ShownNote[] | undefined }) {
  if (notes === undefined || notes.length === 0) return null;
  return (
    <Stack spacing={0.5} sx={{ mt: 1 }}>
      {notes.map((note, i) => (
        <Alert
          key={`${note.code}-${i}`}
          severity={note.severity}
          variant="outlined"
          sx={{ py: 0 }}
          data-note={note.code}
        >
          {note.message}
        </Alert>
      ))}
    </Stack>
  );
}
