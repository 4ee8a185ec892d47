import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { selectDecryptView, type DecryptStatus as Status } from '../../state/selectors/jwe';
import { useAppStore } from '../../state/store';
import { TEST_IDS } from '../test-ids';
import { formatCount } from '../../core/count';

const SEVERITY: Record<Status, 'info' | 'success' | 'error' | 'warning'> = {
  idle: 'info',
  checking: 'info',
  decrypted: 'success',
  failed: 'error',
  error: 'warning',
  refused: 'warning',
};

/** Seconds since the component appeared, ticking once a second: how long a key derivation has taken. */
function useElapsedSeconds(): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const started = performance.now();
    const timer = setInterval(() => setSeconds(Math.floor((performance.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, []);
  return seconds;
}

/** A PBES2 key derivation in flight: a bar, and the seconds it has taken so far. */
function Deriving({ iterations }: { readonly iterations: number }) {
  const seconds = useElapsedSeconds();
  return (
    <Box sx={{ mt: 1 }}>
      <LinearProgress aria-label={`Deriving the key: ${formatCount(iterations)} iterations`} />
      {seconds > 0 && (
        <Typography variant="caption" color="text.secondary">
          {seconds} s so far; any change to the token or the key cancels it.
        </Typography>
      )}
    </Box>
  );
}

/** The decryption of a JWE (CONTRACT.md `decrypt-status`), with the one-click raise of a refused PBES2 count. */
export function DecryptStatus() {
  const view = useAppStore(selectDecryptView);
  const raise = useAppStore((s) => s.raiseP2c);
  if (view === undefined) return null;
  return (
    <Box>
      <Alert
        severity={SEVERITY[view.status]}
        variant="outlined"
        data-testid={TEST_IDS.decryptStatus}
        data-status={view.status}
        role="status"
      >
        {view.text}
      </Alert>
      {view.raise !== undefined && (
        <Box sx={{ mt: 1 }}>
          <Button variant="outlined" size="small" data-testid={TEST_IDS.p2cRaise} onClick={() => raise()}>
            {view.raise}
          </Button>
        </Box>
      )}
      {view.status === 'checking' && view.deriving !== undefined && <Deriving iterations={view.deriving} />}
    </Box>
  );
}
