import Alert from '@mui/material/Alert';
import { selectVerifyStatus } from '../../state/selectors';
import type { VerifyStatus as Status } from '../../state/verify-slice';
import { useAppStore } from '../../state/store';
import { TEST_IDS } from '../test-ids';

const WORDS: Record<Status, { severity: 'info' | 'success' | 'error' | 'warning'; text: string }> = {
  idle: { severity: 'info', text: 'Signature not checked: no key has been given.' },
  checking: { severity: 'info', text: 'Checking the signature…' },
  verified: { severity: 'success', text: 'Signature verified with the given key.' },
  invalid: { severity: 'error', text: 'The signature does not match the given key.' },
  error: { severity: 'error', text: 'The given key cannot be used for this token.' },
  unsigned: {
    severity: 'warning',
    text: "Unsigned: the header says alg 'none', so there is nothing to verify.",
  },
};

/** The signature verdict (CONTRACT.md `verify-status`): its value in `data-status`, its reason in words. */
export function VerifyStatus() {
  const status = useAppStore(selectVerifyStatus);
  const encrypted = useAppStore((s) => s.decoded.kind === 'jwe');
  const words =
    encrypted && status === 'idle'
      ? {
          severity: 'info' as const,
          text: 'Not checked: this token is encrypted, and its integrity is checked when it is decrypted.',
        }
      : WORDS[status];
  return (
    <Alert
      severity={words.severity}
      variant="outlined"
      data-testid={TEST_IDS.verifyStatus}
      data-status={status}
      role="status"
    >
      {words.text}
    </Alert>
  );
}
