import { describeProblemCount } from '../../core/token/describe';
import BuildIcon from '@mui/icons-material/Build';
import CleaningServicesIcon from '@mui/icons-material/CleaningServicesOutlined';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import {
  selectOfferedFixes,
  selectRaiseTokenLimit,
  selectShownErrors,
} from '../../state/selectors/decode-messages';
import { selectCleanupNotes, selectContentNotes } from '../../state/selectors/token';
import { useAppStore } from '../../state/store';
import { TEST_IDS } from '../test-ids';

/** The clean-ups made to the pasted text, each as a small note. */
export function CleanupNotes() {
  const notes = useAppStore(selectCleanupNotes);
  const tokenNotes = useAppStore((s) => selectContentNotes(s).token);
  if (notes.length === 0 && tokenNotes === undefined) return null;
  return (
    <Stack
      component="ul"
      spacing={0.5}
      sx={{ listStyle: 'none', p: 0, m: 0 }}
      aria-label="Notes about the token"
    >
      {notes.map((note) => (
        <Box
          component="li"
          key={note.code}
          sx={{ display: 'flex', gap: 1, alignItems: 'center' }}
          data-note={note.code}
        >
          <CleaningServicesIcon fontSize="small" sx={{ color: 'text.secondary' }} aria-hidden />
          <Typography variant="body2" color="text.secondary">
            {note.message}
          </Typography>
        </Box>
      ))}
      {tokenNotes?.map((note) => (
        <Box component="li" key={note.code} data-note={note.code}>
          <Alert severity="info" variant="outlined" sx={{ py: 0 }}>
            {note.message}
          </Alert>
        </Box>
      ))}
    </Stack>
  );
}

/** Why the token cannot be decoded: which part, what, where; and a one-click fix where one is obvious. */
export function DecodeError() {
  const errors = useAppStore(selectShownErrors);
  const fixes = useAppStore(selectOfferedFixes);
  const setTokenText = useAppStore((s) => s.setTokenText);
  const raise = useAppStore(selectRaiseTokenLimit);
  const raiseTokenLimit = useAppStore((s) => s.raiseTokenLimit);
  const shown = errors.filter((e) => e.code !== 'EMPTY');
  if (shown.length === 0) return null;
  return (
    <Alert severity="error" data-testid={TEST_IDS.decodeError} role="alert">
      <AlertTitle>{describeProblemCount(shown.length)}</AlertTitle>
      <Stack component="ul" spacing={0.5} sx={{ m: 0, pl: 2 }}>
        {shown.map((e, i) => (
          <li key={`${e.code}-${e.part}-${i}`} data-error-code={e.code} data-error-part={e.part}>
            {e.message}
          </li>
        ))}
      </Stack>
      {raise !== undefined && (
        <Button
          size="small"
          variant="outlined"
          color="inherit"
          sx={{ mt: 1 }}
          onClick={raiseTokenLimit}
          data-testid={TEST_IDS.raiseTokenLimit}
        >
          {raise}
        </Button>
      )}
      {fixes.length > 0 && (
        <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap' }}>
          {fixes.map((fix) => (
            <Button
              key={fix.key}
              size="small"
              variant="outlined"
              color="inherit"
              startIcon={<BuildIcon />}
              onClick={() => setTokenText(fix.token, 'fix')}
            >
              {fix.label}
            </Button>
          ))}
        </Stack>
      )}
    </Alert>
  );
}
