import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Snackbar from '@mui/material/Snackbar';
import TextField from '@mui/material/TextField';
import { describeShareRisk, type ShareRisk } from '../../core/url/share';
import { TEST_IDS } from '../test-ids';

export interface Pending {
  readonly link: string;
  readonly risk: ShareRisk;
}

export type Copied = 'copied' | 'failed';

interface ShareDialogProps {
  readonly pending: Pending | undefined;
  readonly copied: Copied | undefined;
  readonly onCancel: () => void;
  readonly onCopy: (link: string) => void;
  readonly onCopiedClose: () => void;
}

/** What Share shows: the question before copying a live token's link, and the message once it is copied. */
export function ShareDialog({ pending, copied, onCancel, onCopy, onCopiedClose }: ShareDialogProps) {
  const warning = pending === undefined ? undefined : describeShareRisk(pending.risk);
  return (
    <>
      <Dialog
        open={pending !== undefined}
        onClose={onCancel}
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
          <Button onClick={onCancel}>Cancel</Button>
          <Button
            variant="contained"
            onClick={() => onCopy(pending?.link ?? '')}
            data-testid={TEST_IDS.shareCopy}
          >
            Copy link anyway
          </Button>
        </DialogActions>
      </Dialog>
      <Snackbar
        open={copied !== undefined}
        autoHideDuration={5000}
        onClose={onCopiedClose}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert
          severity={copied === 'failed' ? 'error' : 'success'}
          onClose={onCopiedClose}
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
