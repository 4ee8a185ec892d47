import ShareIcon from '@mui/icons-material/ShareOutlined';
import { Suspense, useMemo, useState } from 'react';
import { canShare, describeShareRefusal, planShare } from '../../core/url/share';
import { selectDecoded } from '../../state/selectors/document';
import { appStore, useAppStore } from '../../state/store';
import { whenDecoded } from '../../state/when-decoded';
import { lazyPart } from '../common/lazy';
import { TopBarButton } from '../common/top-bar-button';
import { TEST_IDS } from '../test-ids';
import type { Copied, Pending } from './share-dialog';

const ShareDialog = lazyPart(async () => (await import('./share-dialog')).ShareDialog);

/**
 * Copies a link to the token on screen, carried in the fragment (`#token=`): browsers never send the fragment
 * to a server, and the link never holds the secret or key. Offered only for a token that decodes, never for key
 * text pasted as one; a token that looks live asks first.
 */
export function ShareButton() {
  const decoded = useAppStore((s) => selectDecoded(s));
  const decision = useMemo(() => canShare(decoded), [decoded]);
  const [pending, setPending] = useState<Pending | undefined>(undefined);
  const [copied, setCopied] = useState<Copied | undefined>(undefined);
  // The dialog and the message load on the first use, and stay mounted so they close with their transitions.
  const [used, setUsed] = useState(false);

  const copy = (link: string): void => {
    setPending(undefined);
    navigator.clipboard.writeText(link).then(
      () => setCopied('copied'),
      () => setCopied('failed'),
    );
  };

  const share = async (): Promise<void> => {
    // The token on screen: a big token just typed in may still be decoding.
    const decoded = await whenDecoded(appStore);
    // The page's address and the clock come from the store: the composition root keeps them current.
    const { pageUrl: url, now } = appStore.getState();
    const nowSeconds = now / 1000;
    const plan = planShare(decoded, url, nowSeconds);
    if (plan.kind === 'confirm' || plan.kind === 'copy') setUsed(true);
    if (plan.kind === 'confirm') setPending({ link: plan.link, risk: plan.risk });
    else if (plan.kind === 'copy') copy(plan.link);
  };

  return (
    <>
      <TopBarButton
        label="Share"
        icon={<ShareIcon />}
        variant="outlined"
        onClick={() => void share()}
        disabled={!decision.allowed}
        disabledReason={decision.allowed ? undefined : describeShareRefusal(decision.refusal)}
        testId={TEST_IDS.shareButton}
      />
      {used && (
        <Suspense fallback={null}>
          <ShareDialog
            pending={pending}
            copied={copied}
            onCancel={() => setPending(undefined)}
            onCopy={copy}
            onCopiedClose={() => setCopied(undefined)}
          />
        </Suspense>
      )}
    </>
  );
}
