import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { TEST_IDS } from '../test-ids';

const POINTS: readonly { title: string; text: string }[] = [
  {
    title: 'Nothing is sent',
    text: 'Decoding, verifying and signing run in this page with your browser’s own cryptography. The page makes no request to any server but the one it was loaded from, and its Content-Security-Policy forbids any other. It has no analytics, no third-party scripts and no web fonts.',
  },
  {
    title: 'URLs in a token are never fetched',
    text: 'A token may name a key by URL (jku, x5u) or an issuer (iss). The page shows them and never opens them.',
  },
  {
    title: 'Nothing is kept',
    text: 'Tokens, secrets and keys live only in this tab’s memory and are gone when you close it. They are never written to the URL, cookies, local or session storage, or IndexedDB. Only your theme choice is remembered.',
  },
  {
    title: 'Sharing is on purpose',
    text: 'Share copies a link with the token after # in the URL, a part browsers never send to a server. It never includes your secret or key, and it asks first when the token has not expired.',
  },
  {
    title: 'Works offline',
    text: 'After one visit the page works with no network, and it can be installed as an app. For air-gapped machines there is a one-file edition that runs straight from disk.',
  },
];

interface PrivacyNoteProps {
  readonly open: boolean;
  readonly onClose: () => void;
}

/** The privacy promise, in a short note. */
export function PrivacyNote({ open, onClose }: PrivacyNoteProps) {
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="privacy-title" maxWidth="sm">
      <DialogTitle id="privacy-title">Privacy: nothing leaves your browser</DialogTitle>
      <DialogContent data-testid={TEST_IDS.privacyNote}>
        {POINTS.map((point) => (
          <section key={point.title}>
            <Typography variant="subtitle2" component="h3" sx={{ mt: 1 }}>
              {point.title}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {point.text}
            </Typography>
          </section>
        ))}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
