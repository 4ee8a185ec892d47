import ShareIcon from '@mui/icons-material/ShareOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Snackbar from '@mui/material/Snackbar';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { shareLink, shareRisk, type ShareRisk } from '../../core/url/share';
import { useAppStore } from '../../state/store';
import { TopBarButton } from '../common/top-bar-button';
import { TEST_IDS } from '../test-ids';

interface Pending {
  readonly link: string;
  readonly risk: ShareRisk;
}

function formatTime(seconds: number): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(seconds * 1000),
  );
}

function liveWarning(risk: ShareRisk): string | undefined {
  if (risk.kind !== 'live') return undefined;
  const until =
    risk.expiresAt === undefined
      ? 'It has no expiry (exp), so it may work for as long as its key is trusted.'
      : `It does not expire until ${formatTime(risk.expiresAt)}.`;
  return `This token has not expired and may still grant access. ${until} Anyone with the link can read it and replay it: share it only with people you would give the access to.`;
}

/**
 * Copies a link to the token on screen, carried in the fragment (`#token=`): browsers never send the fragment
 * to a server, and the link never holds the secret or key. A token that looks live asks first.
 */
export function ShareButton() {
  const token = useAppStore((s) => s.decoded.cleaned.token);
  const [pending, setPending] = useState<Pending | undefined>(undefined);
  const [copied, setCopied] = useState<'copied' | 'failed' | undefined>(undefined);

  const copy = (link: string): void => {
    setPending(undefined);
    navigator.clipboard.writeText(link).then(
      () => setCopied('copied'),
      () => setCopied('failed'),
    );
  };

  const share = (): void => {
    const { decoded } = useAppStore.getState();
    const link = shareLink(window.location.href, decoded.cleaned.token);
    const risk = shareRisk(decoded, Date.now() / 1000);
    if (risk.kind === 'live') setPending({ link, risk });
    else copy(link);
  };

  const warning = pending === undefined ? undefined : liveWarning(pending.risk);
  return (
    <>
      <TopBarButton
        label="Share"
        icon={<ShareIcon />}
        variant="outlined"
        onClick={share}
        disabled={token === ''}
        testId={TEST_IDS.shareButton}
      />
      <Dialog
        open={pending !== undefined}
        onClose={() => setPending(undefined)}
        aria-labelledby="share-title"
        data-testid={TEST_IDS.shareDialog}
        maxWidth="sm"
        fullWidth
      >
        <DialogTitle id="share-title">Share a live token?</DialogTitle>
        <DialogContent>
          <Alert severity="warning" data-testid={TEST_IDS.shareWarning} sx={{ mb: 2 }}>
            {warning}
          </Alert>
          <DialogContentText sx={{ mb: 2 }}>
            The link carries the token in its fragment (after #), which browsers never send to a server. It
            never includes your secret or key.
          </DialogContentText>
          <TextField
            label="Link"
            value={pending?.link ?? ''}
            fullWidth
            size="small"
            slotProps={{ htmlInput: { readOnly: true, 'data-testid': TEST_IDS.shareLink } }}
            onFocus={(event) => event.target.select()}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setPending(undefined)}>Cancel</Button>
          <Button
            variant="contained"
            onClick={() => copy(pending?.link ?? '')}
            data-testid={TEST_IDS.shareCopy}
          >
            Copy link anyway
          </Button>
        </DialogActions>
      </Dialog>
      <Snackbar
        open={copied !== undefined}
        autoHideDuration={5000}
        onClose={() => setCopied(undefined)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert
          severity={copied === 'failed' ? 'error' : 'success'}
          onClose={() => setCopied(undefined)}
          data-testid={TEST_IDS.shareCopied}
          variant="filled"
        >
          {copied === 'failed'
            ? 'The browser did not allow copying to the clipboard.'
            : 'Link copied. It holds the token only, never your secret or key.'}
        </Alert>
      </Snackbar>
    </>
  );
}
