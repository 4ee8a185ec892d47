import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import {
  selectKeyBinding,
  selectSdJwt,
  type ShownDisclosure,
  type ShownKeyBinding,
} from '../../state/selectors/sd-jwt';
import { useAppStore } from '../../state/store';
import { CopyButton } from '../common/copy-button';
import { TEST_IDS } from '../test-ids';
import { MONO_FONT } from '../theme';

const MONO = { fontFamily: MONO_FONT, fontSize: '0.8125rem', overflowWrap: 'anywhere' } as const;

const KB_SEVERITY: Record<ShownKeyBinding['status'], 'success' | 'error' | 'warning' | 'info'> = {
  verified: 'success',
  invalid: 'error',
  error: 'warning',
  absent: 'info',
};

function Term({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <Box sx={{ display: 'flex', gap: 1, minWidth: 0 }}>
      <Typography component="dt" variant="body2" sx={{ fontWeight: 600, flexShrink: 0, minWidth: '4.5em' }}>
        {term}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0, minWidth: 0, ...MONO }}>
        {children}
      </Typography>
    </Box>
  );
}

function DisclosureItem({ disclosure }: { disclosure: ShownDisclosure }) {
  const matched = disclosure.status === 'matched';
  const title =
    disclosure.claim === ''
      ? 'Unreadable disclosure'
      : disclosure.claim === '...'
        ? 'Array element'
        : disclosure.claim;
  return (
    <Box
      component="li"
      data-testid={TEST_IDS.disclosure}
      data-claim={disclosure.claim}
      data-digest-status={disclosure.status}
      sx={{
        border: 1,
        borderColor: matched ? 'divider' : 'warning.main',
        borderRadius: 1,
        px: 1,
        py: 0.75,
        minWidth: 0,
      }}
    >
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'baseline', flexWrap: 'wrap' }}>
        <Typography variant="body2" component="span" sx={{ fontWeight: 600, ...MONO }}>
          {title}
        </Typography>
        <Typography variant="caption" component="span" color={matched ? 'success.main' : 'warning.main'}>
          {matched ? 'Matched' : 'Not matched'}
        </Typography>
        <Typography variant="caption" component="span" color="text.secondary">
          {disclosure.place}
        </Typography>
      </Box>
      <Box component="dl" sx={{ m: 0, mt: 0.5 }}>
        {disclosure.value !== undefined && (
          <Term term="Value">
            <Box component="span" sx={{ whiteSpace: 'pre-wrap' }}>
              {disclosure.value}
            </Box>
          </Term>
        )}
        {disclosure.salt !== undefined && <Term term="Salt">{disclosure.salt}</Term>}
        {disclosure.digest !== undefined && <Term term="Digest">{disclosure.digest}</Term>}
      </Box>
    </Box>
  );
}

function KeyBinding() {
  const kb = useAppStore(selectKeyBinding);
  if (kb === undefined) {
    return (
      <Typography variant="body2" color="text.secondary" role="status">
        Checking the key-binding JWT…
      </Typography>
    );
  }
  const facts = kb.facts;
  return (
    <Alert
      severity={KB_SEVERITY[kb.status]}
      variant="outlined"
      data-testid={TEST_IDS.kbStatus}
      data-status={kb.status}
      role="status"
      sx={{ py: 0, px: 1, '& .MuiAlert-message': { minWidth: 0, overflowWrap: 'anywhere' } }}
    >
      <Typography variant="body2">{kb.message}</Typography>
      {facts?.sdHash !== undefined && (
        <Box component="dl" sx={{ m: 0, mt: 0.5 }}>
          <Term term="sd_hash">{facts.sdHash}</Term>
          {facts.expectedSdHash !== undefined && facts.expectedSdHash !== facts.sdHash && (
            <Term term="Expected">{facts.expectedSdHash}</Term>
          )}
        </Box>
      )}
    </Alert>
  );
}

/**
 * An SD-JWT's layer (RFC 9901): each disclosure with where its digest put it (`disclosure`), the payload with
 * every matched disclosure in place (`sd-payload-json`), and the key-binding JWT's status (`kb-status`).
 */
export default function SdJwtCard() {
  const shown = useAppStore(selectSdJwt);
  if (shown === undefined) return null;
  return (
    <Paper
      component="section"
      aria-labelledby="sd-jwt-heading"
      variant="outlined"
      sx={{ p: 1.5, minWidth: 0 }}
    >
      <Typography variant="h2" id="sd-jwt-heading" sx={{ mb: 1 }}>
        SD-JWT disclosures
      </Typography>
      {shown === 'reading' ? (
        <Typography variant="body2" color="text.secondary" role="status">
          Reading the disclosures…
        </Typography>
      ) : (
        <Stack spacing={1.5}>
          <Typography variant="body2">{shown.summary}</Typography>
          {shown.problems.length > 0 && (
            <Stack component="ul" spacing={0.5} sx={{ listStyle: 'none', m: 0, p: 0 }}>
              {shown.problems.map((problem) => (
                <Alert
                  key={problem}
                  component="li"
                  role="listitem"
                  severity="warning"
                  variant="outlined"
                  sx={{ py: 0, px: 1, '& .MuiAlert-message': { minWidth: 0, overflowWrap: 'anywhere' } }}
                >
                  {problem}
                </Alert>
              ))}
            </Stack>
          )}
          {shown.disclosures.length > 0 && (
            <Stack
              component="ul"
              spacing={0.75}
              aria-label="Disclosures"
              sx={{ listStyle: 'none', m: 0, p: 0 }}
            >
              {shown.disclosures.map((d) => (
                <DisclosureItem key={d.index} disclosure={d} />
              ))}
            </Stack>
          )}
          {shown.payloadText !== undefined && (
            <section aria-labelledby="sd-payload-heading">
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                <Typography variant="subtitle2" component="h3" id="sd-payload-heading" sx={{ flexGrow: 1 }}>
                  Payload with the disclosures in place
                </Typography>
                <CopyButton what="the payload with the disclosures in place" text={shown.payloadText} />
              </Box>
              <Box
                component="pre"
                data-testid={TEST_IDS.sdPayloadJson}
                aria-labelledby="sd-payload-heading"
                tabIndex={0}
                sx={{
                  m: 0,
                  p: 1,
                  bgcolor: 'action.hover',
                  borderRadius: 1,
                  overflow: 'auto',
                  maxHeight: '24rem',
                  fontFamily: MONO_FONT,
                  fontSize: '0.8125rem',
                }}
              >
                {shown.payloadText}
              </Box>
            </section>
          )}
          <section aria-labelledby="kb-heading">
            <Typography variant="subtitle2" component="h3" id="kb-heading" sx={{ mb: 0.5 }}>
              Key binding
            </Typography>
            <KeyBinding />
          </section>
        </Stack>
      )}
    </Paper>
  );
}
