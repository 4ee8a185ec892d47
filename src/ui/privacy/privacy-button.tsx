import LockIcon from '@mui/icons-material/LockOutlined';
import { Suspense, useState } from 'react';
import { lazyPart } from '../common/lazy';
import { TopBarButton } from '../common/top-bar-button';
import { TEST_IDS } from '../test-ids';

const PrivacyNote = lazyPart(async () => (await import('./privacy-note')).PrivacyNote);

/** The privacy promise, in a short note opened from the top bar (loaded on the first click). */
export function PrivacyButton() {
  const [open, setOpen] = useState(false);
  // Once opened the note stays mounted, so it closes with its transition.
  const [used, setUsed] = useState(false);
  return (
    <>
      <TopBarButton
        label="Privacy"
        icon={<LockIcon />}
        onClick={() => {
          setUsed(true);
          setOpen(true);
        }}
        testId={TEST_IDS.privacyButton}
      />
      {used && (
        <Suspense fallback={null}>
          <PrivacyNote open={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
