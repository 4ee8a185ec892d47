import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import {
  selectShownCandidates,
  selectVerdictWords,
  selectVerifyStatus,
  selectVerifyText,
  type VerifyStatus as Status,
} from '../../state/selectors/verify';
import { selectShownId } from '../../state/selectors/document';
import { useAppStore } from '../../state/store';
import { TEST_IDS } from '../test-ids';

const SEVERITY: Record<Status, 'info' | 'success' | 'error' | 'warning'> = {
  idle: 'info',
  checking: 'info',
  verified: 'success',
  invalid: 'error',
  error: 'warning',
  unsigned: 'warning',
};

/** The signature verdict (CONTRACT.md `verify-status`): its value in `data-status`, its reason in words. */
export function VerifyStatus() {
  const status = useAppStore(selectVerifyStatus);
  const verdict = useAppStore(selectVerdictWords);
  const text = useAppStore(selectVerifyText);
  const setEncoding = useAppStore((s) => s.setSecretEncoding);
  const shownId = useAppStore(selectShownId);
  const { shown, more } = useAppStore(selectShownCandidates);
  const showVerdict = verdict !== undefined && status !== 'checking' && status === verdict.status;
  const alternate = showVerdict ? verdict.alternate : undefined;
  const candidates = showVerdict ? shown : [];
  return (
    <Box>
      <Alert
        severity={SEVERITY[status]}
        variant="outlined"
        data-testid={TEST_IDS.verifyStatus}
        data-status={status}
        role="status"
        action={
          alternate !== undefined ? (
            <Button color="inherit" size="small" onClick={() => setEncoding(alternate.encoding, shownId)}>
              {alternate.label}
            </Button>
          ) : undefined
        }
      >
        {text}
      </Alert>
      {candidates.length > 0 && (
        <Box
          component="ul"
          sx={{ m: 0, mt: 1, pl: 2.5 }}
          aria-label="Keys considered"
          data-testid={TEST_IDS.keyCandidates}
        >
          {candidates.map((c) => (
            <Typography component="li" variant="body2" key={c.label} data-outcome={c.outcome}>
              <strong>{c.label}</strong>: {c.outcomeWords} ({c.reason})
            </Typography>
          ))}
          {more !== undefined && (
            <Typography component="li" variant="body2" color="text.secondary" data-outcome="more">
              {more}
            </Typography>
          )}
        </Box>
      )}
    </Box>
  );
}
