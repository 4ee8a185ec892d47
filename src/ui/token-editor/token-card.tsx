import { TEST_IDS } from '../test-ids';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { selectTokenSummary } from '../../state/selectors/token';
import { selectDecoded, selectTokenSource } from '../../state/selectors/document';
import { appStore, useAppStore } from '../../state/store';
import { whenDecoded } from '../../state/when-decoded';
import { CopyButton } from '../common/copy-button';
import { CleanupNotes, DecodeError } from './lazy-decode-messages';
import { TokenEditor } from './token-editor';

interface TokenCardProps {
  /** Buttons beside the copy button (Examples, Clear). */
  readonly actions?: ReactNode;
  /** Notices under the editor (the unsigned warning). */
  readonly notices?: ReactNode;
}

/** The token on screen, cleaned up, once its decode is there (a big token's may be on its way). */
const copiedToken = (): Promise<string> => whenDecoded(appStore).then((decoded) => decoded.cleaned.token);

/** The encoded token: the editor, what was cleaned up, and why it does not decode. */
export function TokenCard({ actions, notices }: TokenCardProps) {
  const token = useAppStore((s) => selectDecoded(s).cleaned.token);
  const summary = useAppStore(selectTokenSummary);
  const source = useAppStore(selectTokenSource);
  return (
    <Paper
      component="section"
      variant="outlined"
      aria-labelledby="token-heading"
      sx={{ p: 1.5, minWidth: 0 }}
    >
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1, gap: 1, minHeight: 34, flexWrap: 'wrap' }}>
        <Stack sx={{ flex: '1 1 14rem', minWidth: 0 }}>
          <Typography variant="h2" id="token-heading">
            Encoded token
          </Typography>
          <Typography variant="caption" color="text.secondary" data-testid={TEST_IDS.tokenSummary}>
            {token === '' ? 'Paste a JWT or JWE' : summary}
            {source === 'sample' && token !== '' ? ' · sample token' : ''}
            {source === 'fragment' ? ' · loaded from the URL' : ''}
          </Typography>
        </Stack>
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1, ml: 'auto' }}>
          {actions}
          <CopyButton what="token" text={copiedToken} disabled={token === ''} />
        </Stack>
      </Stack>
      <TokenEditor />
      <Stack spacing={1} sx={{ mt: 1 }}>
        <DecodeError />
        <CleanupNotes />
        {notices}
      </Stack>
    </Paper>
  );
}
