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
import { useMemo, useState } from 'react';
import {
  canShare,
  describeShareRefusal,
  describeShareRisk,
  planShare,
  type ShareRisk,
} from '../../core/url/share';
import { selectDecoded } from '../../state/selectors/document';
import { appStore, useAppStore } from '../../state/store';
import { TopBarButton } from '../common/top-bar-button';
import { TEST_IDS } from '../test-ids';

interface Pending {
  readonly link: string;
  readonly risk: ShareRisk;
}

/**
 * Copies a link to the token on screen, carried in the fragment (`#token=`): browsers never send the fragment
 * to a server, and the link never holds the secret or key. Offered only for a token that decodes, never for key
 * text pasted as one; a token that looks live asks first.
 */
export function ShareButton() {
  const decoded = useAppStore((s) => selectDecoded(s));
  const decision = useMemo(() => canShare(decoded), [decoded]);
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
    // The page's address and the clock come from the store: the composition root keeps them current.
    const { pageUrl: url, now } = appStore.getState();
    const nowSeconds = now / 1000;
    const plan = planShare(selectDecoded(appStore.getState()), url, nowSeconds);
    if (plan.kind === 'confirm') setPending({ link: plan.link, risk: plan.risk });
    else if (plan.kind === 'copy') copy(plan.link);
  };

  const warning = pending === undefined ? undefined : describeShareRisk(pending.risk);
  return (
    <>
      <TopBarButton
        label="Share"
        icon={<ShareIcon />}
        variant="outlined"
        onClick={share}
        disabled={!decision.allowed}
        disabledReason={decision.allowed ? undefined : describeShareRefusal(decision.refusal)}
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
