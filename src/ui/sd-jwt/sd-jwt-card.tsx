import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import {
  selectKbIatWords,
  selectKeyBinding,
  selectSdJwt,
  type ShownDisclosure,
  type ShownKbJwt,
  type ShownKeyBinding,
} from '../../state/selectors/sd-jwt';
import { useAppStoreLater } from '../common/use-app-store-later';
import { ShowMoreItem } from '../common/show-more';
import { useSteppedList } from '../common/use-stepped-list';
import { ClippedCodeBlock, CLIP_STEP_CHARS } from '../common/code-block';
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

function Term({
  term,
  children,
  width = '4.5em',
  mono = true,
  color,
}: {
  term: string;
  children: React.ReactNode;
  width?: string;
  mono?: boolean;
  color?: string;
}) {
  return (
    <Box sx={{ display: 'flex', gap: 1, minWidth: 0 }}>
      <Typography component="dt" variant="body2" sx={{ fontWeight: 600, flexShrink: 0, minWidth: width }}>
        {term}
      </Typography>
      <Typography
        component="dd"
        variant="body2"
        sx={{
          m: 0,
          minWidth: 0,
          overflowWrap: 'anywhere',
          ...(mono ? MONO : {}),
          ...(color === undefined ? {} : { color }),
        }}
      >
        {children}
      </Typography>
    </Box>
  );
}

const PROBLEM_SX = {
  py: 0,
  px: 1,
  '& .MuiAlert-message': { minWidth: 0, overflowWrap: 'anywhere' },
} as const;

const JSON_BOX_SX = {
  m: 0,
  p: 1,
  bgcolor: 'action.hover',
  borderRadius: 1,
  overflow: 'auto',
  maxHeight: '24rem',
  fontFamily: MONO_FONT,
  fontSize: '0.8125rem',
} as const;

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
        <Typography
          variant="caption"
          component="span"
          sx={{ color: matched ? 'success.main' : 'warning.main', fontWeight: 600 }}
        >
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

function KbIat({ iat }: { iat: NonNullable<ShownKbJwt['iat']> }) {
  const words = useAppStoreLater(selectKbIatWords(iat.at));
  return (
    <>
      {iat.iso ?? iat.seconds}{' '}
      <Typography component="span" variant="body2" sx={{ color: 'text.secondary' }}>
        ({words})
      </Typography>
    </>
  );
}

function KbJson({ id, label, text }: { id: string; label: string; text: string }) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="caption" component="h4" id={id} sx={{ fontWeight: 600, display: 'block' }}>
        {label}
      </Typography>
      <Box
        component="pre"
        aria-labelledby={id}
        tabIndex={0}
        sx={{ ...JSON_BOX_SX, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
      >
        {text}
      </Box>
    </Box>
  );
}

/** The key-binding JWT itself: what it says, its sd_hash beside the presentation's digest, its problems. */
function KbJwt({ jwt, status }: { jwt: ShownKbJwt; status: ShownKeyBinding['status'] }) {
  const sdHashEqual = jwt.sdHash.status === 'equal';
  return (
    <section aria-labelledby="kb-jwt-heading">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <Typography variant="subtitle2" component="h3" id="kb-jwt-heading" sx={{ flexGrow: 1 }}>
          Key binding JWT
        </Typography>
        {jwt.text !== undefined && <CopyButton what="the key-binding JWT" text={jwt.text} />}
      </Box>
      <Stack spacing={1}>
        <Box component="dl" aria-label="What the key-binding JWT says" sx={{ m: 0 }}>
          <Term term="typ" width="6.25em" mono={false} color={jwt.typOk ? 'success.main' : 'error.main'}>
            {jwt.typWords}
          </Term>
          {jwt.alg !== undefined && (
            <Term term="alg" width="6.25em">
              {jwt.alg}
            </Term>
          )}
          {jwt.iat !== undefined && (
            <Term term="iat" width="6.25em">
              <KbIat iat={jwt.iat} />
            </Term>
          )}
          {jwt.aud !== undefined && (
            <Term term="aud" width="6.25em">
              {jwt.aud}
            </Term>
          )}
          {jwt.nonce !== undefined && (
            <Term term="nonce" width="6.25em">
              {jwt.nonce}
            </Term>
          )}
          <Term term="sd_hash" width="6.25em">
            {jwt.sdHash.found ?? '—'}
          </Term>
          {jwt.sdHash.computed !== undefined && (
            <Term term="Computed" width="6.25em">
              {jwt.sdHash.computed}
            </Term>
          )}
          <Term
            term="Compared"
            width="6.25em"
            mono={false}
            color={
              sdHashEqual ? 'success.main' : jwt.sdHash.status === 'different' ? 'error.main' : 'warning.main'
            }
          >
            {jwt.sdHash.words}
          </Term>
        </Box>
        {jwt.problems.length > 0 && (
          <Stack
            component="ul"
            spacing={0.5}
            aria-label="Problems of the key-binding JWT"
            sx={{ listStyle: 'none', m: 0, p: 0 }}
          >
            {jwt.problems.map((problem) => (
              <Alert
                key={problem}
                component="li"
                role="listitem"
                severity={status === 'invalid' ? 'error' : 'warning'}
                variant="outlined"
                sx={PROBLEM_SX}
              >
                {problem}
              </Alert>
            ))}
          </Stack>
        )}
        {(jwt.header !== undefined || jwt.payload !== undefined) && (
          <Box
            sx={{
              display: 'grid',
              gap: 1,
              gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 20rem), 1fr))',
            }}
          >
            {jwt.header !== undefined && <KbJson id="kb-header-label" label="Header" text={jwt.header} />}
            {jwt.payload !== undefined && <KbJson id="kb-payload-label" label="Payload" text={jwt.payload} />}
          </Box>
        )}
      </Stack>
    </section>
  );
}

function KeyBinding() {
  const kb = useAppStoreLater(selectKeyBinding);
  if (kb === undefined) {
    return (
      <section aria-labelledby="kb-heading">
        <Typography variant="subtitle2" component="h3" id="kb-heading" sx={{ mb: 0.5 }}>
          Key binding
        </Typography>
        <Typography variant="body2" color="text.secondary" role="status">
          Checking the key-binding JWT…
        </Typography>
      </section>
    );
  }
  return (
    <>
      <section aria-labelledby="kb-heading">
        <Typography variant="subtitle2" component="h3" id="kb-heading" sx={{ mb: 0.5 }}>
          Key binding
        </Typography>
        <Alert
          severity={KB_SEVERITY[kb.status]}
          variant="outlined"
          data-testid={TEST_IDS.kbStatus}
          data-status={kb.status}
          role="status"
          sx={PROBLEM_SX}
        >
          <Typography variant="body2">{kb.message}</Typography>
        </Alert>
      </section>
      {kb.jwt !== undefined && <KbJwt jwt={kb.jwt} status={kb.status} />}
    </>
  );
}

/** How many of an SD-JWT's problems are listed at first: a token made wrong can have one per disclosure. */
const PROBLEMS_STEP = 20;

/** What is wrong with the SD-JWT, each in its own notice, a step at a time when there are many. */
function Problems({ problems }: { readonly problems: readonly string[] }) {
  const { shown, more, showMore } = useSteppedList(problems, PROBLEMS_STEP);
  return (
    <Stack component="ul" spacing={0.5} sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {shown.map((problem) => (
        <Alert
          key={problem}
          component="li"
          role="listitem"
          severity="warning"
          variant="outlined"
          sx={PROBLEM_SX}
        >
          {problem}
        </Alert>
      ))}
      <ShowMoreItem more={more} onClick={showMore} />
    </Stack>
  );
}

/**
 * How many disclosures are shown at first, and added on each "show more": each is a block of its own (name,
 * value, salt, digest). A real SD-JWT has a few dozen.
 */
const DISCLOSURES_STEP = 100;

/** The disclosures, a step at a time when there are many. */
function DisclosureItems({ disclosures }: { readonly disclosures: readonly ShownDisclosure[] }) {
  const { shown, more, showMore } = useSteppedList(disclosures, DISCLOSURES_STEP);
  return (
    <>
      {shown.map((d) => (
        <DisclosureItem key={d.index} disclosure={d} />
      ))}
      <ShowMoreItem more={more} onClick={showMore} />
    </>
  );
}

/**
 * An SD-JWT's layer (RFC 9901): each disclosure with where its digest put it (`disclosure`), the payload with
 * every matched disclosure in place (`sd-payload-json`), the key-binding JWT's status (`kb-status`) and the
 * key-binding JWT itself, decoded.
 */
export default function SdJwtCard() {
  const shown = useAppStoreLater(selectSdJwt);
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
          {shown.problems.length > 0 && <Problems problems={shown.problems} />}
          {shown.disclosures.length > 0 && (
            <Stack
              component="ul"
              spacing={0.75}
              aria-label="Disclosures"
              sx={{ listStyle: 'none', m: 0, p: 0 }}
            >
              <DisclosureItems disclosures={shown.disclosures} />
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
              {/* A long one shows its start: laid out whole, 990 disclosures' payload was 70 ms of layout. */}
              <ClippedCodeBlock
                testId={TEST_IDS.sdPayloadJson}
                label="Payload with the disclosures in place"
                text={shown.payloadText}
                maxHeight="24rem"
                initialChars={CLIP_STEP_CHARS}
              />
            </section>
          )}
          <KeyBinding />
        </Stack>
      )}
    </Paper>
  );
}
