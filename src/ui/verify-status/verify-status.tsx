import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { CandidateBecause } from '../../core/jws/verdict';
import {
  selectVerdictWords,
  selectRefusalMessage,
  selectShownCandidates,
  selectVerifyStatus,
  type ShownCandidates,
  type VerifyStatus as Status,
  selectDecoded,
} from '../../state/selectors';
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

const DEFAULT_WORDS: Record<Status, string> = {
  idle: 'Not checked: paste the secret or public key above to verify the signature.',
  checking: 'Checking the signature…',
  verified: 'Signature verified with the given key.',
  invalid: 'The signature does not match the given key.',
  error: 'The given key cannot be used for this token.',
  unsigned:
    "Unsigned: the header says alg 'none', so there is no signature to verify. Anyone can change this token; a server must never accept it.",
};

const OUTCOME_WORDS = {
  matched: 'matched',
  'no-match': 'no match',
  skipped: 'skipped',
  'not-tried': 'not tried',
} as const;

const HIDDEN_WORDS: Record<CandidateBecause, string> = {
  matched: 'matched',
  'no-match': 'checked without a match',
  'signature-length': 'checked, whose signatures are of another length',
  'earlier-match': 'not tried because an earlier key matched',
  'kid-differs': "skipped because their kid differs from the token's",
  'use-enc': 'skipped because they are encryption keys',
  'alg-differs': 'skipped because their alg differs',
  'key-type': 'skipped because their type does not fit',
  'too-small': 'skipped because they are too small',
  unusable: 'skipped because they cannot be used',
  unreadable: 'skipped because they cannot be read',
};

function describeHidden(count: number, hidden: ShownCandidates['hidden']): string {
  const parts = (Object.keys(HIDDEN_WORDS) as CandidateBecause[])
    .filter((outcome) => (hidden[outcome] ?? 0) > 0)
    .map((outcome) => `${(hidden[outcome] ?? 0).toLocaleString('en-US')} ${HIDDEN_WORDS[outcome]}`);
  return `and ${count.toLocaleString('en-US')} more key${count === 1 ? '' : 's'}: ${parts.join(', ')}.`;
}

/** The signature verdict (CONTRACT.md `verify-status`): its value in `data-status`, its reason in words. */
export function VerifyStatus() {
  const status = useAppStore(selectVerifyStatus);
  const verdict = useAppStore(selectVerdictWords);
  const encrypted = useAppStore((s) => selectDecoded(s).kind === 'jwe');
  const setEncoding = useAppStore((s) => s.setSecretEncoding);
  const refusal = useAppStore(selectRefusalMessage);
  const { shown, hidden, hiddenCount } = useAppStore(selectShownCandidates);
  const showVerdict = verdict !== undefined && status !== 'checking' && status === verdict.status;
  let text = refusal ?? (showVerdict ? verdict.text : DEFAULT_WORDS[status]);
  if (encrypted && status === 'idle') {
    text = 'Not checked: this token is encrypted, and its integrity is checked when it is decrypted.';
  }
  const alternate = showVerdict ? verdict.alternate : undefined;
  const short = showVerdict ? verdict.shortSecret : undefined;
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
            <Button color="inherit" size="small" onClick={() => setEncoding(alternate.encoding)}>
              {alternate.label}
            </Button>
          ) : undefined
        }
      >
        {text}
      </Alert>
      {short !== undefined && (
        <Alert severity="warning" variant="outlined" sx={{ mt: 1, py: 0 }} data-note="SHORT_SECRET">
          {short}
        </Alert>
      )}
      {candidates.length > 0 && (
        <Box
          component="ul"
          sx={{ m: 0, mt: 1, pl: 2.5 }}
          aria-label="Keys considered"
          data-testid="key-candidates"
        >
          {candidates.map((c) => (
            <Typography component="li" variant="body2" key={c.label} data-outcome={c.outcome}>
              <strong>{c.label}</strong>: {OUTCOME_WORDS[c.outcome]} ({c.reason})
            </Typography>
          ))}
          {hiddenCount > 0 && (
            <Typography component="li" variant="body2" color="text.secondary" data-outcome="more">
              {describeHidden(hiddenCount, hidden)}
            </Typography>
          )}
        </Box>
      )}
    </Box>
  );
}
