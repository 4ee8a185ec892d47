import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { Logo } from './common/logo';
import { HeaderPane } from './decoded/header-pane';
import { KeyInput } from './key-input/lazy-key-input';
import { PayloadPane } from './decoded/payload-pane';
import { SignaturePane } from './decoded/signature-pane';
import { PrivacyButton } from './privacy/privacy-button';
import { ShareButton } from './share/lazy-share-button';
import { ThemeSwitch } from './lazy-theme-switch';
import { TokenCard } from './token-editor/token-card';
import { CarriedKeyWarning } from './verify-status/carried-key-warning';
import { VerifyStatus } from './verify-status/lazy-verify-status';
import { ClaimHelpers } from './edit/claim-helpers';
import { ClearButton } from './edit/clear-button';
import { ExamplesMenu } from './edit/examples-menu';
import { HeaderTools } from './edit/header-tools';
import { SignNotice } from './edit/sign-notice';
import { UnsignedWarning } from './edit/unsigned-warning';
import { KeyTools } from './key-tools/key-tools';
import { PublicKeyOutput } from './key-tools/public-key-output';
import { ClaimsTable } from './claims/claims-table';
import { CompareCard } from './compare/compare-card';
import { TokenEditor } from './token-editor/token-editor';
import { TEST_IDS } from './test-ids';
import { TimeCard } from './time/time-card';
import { TimeStatus } from './time/time-status';
import { ValidationPanel } from './validation/validation-panel';
import { FindingsCard } from './findings/findings-card';
import { FoundTokens } from './found/lazy-found-tokens';
import { SdJwtLayer } from './sd-jwt/sd-jwt-layer';
import { JweDecrypt, JweLayers, JweSegmentsLazy } from './jwe/jwe-parts';
import { EncryptCard } from './jwe/encrypt-card';
import { usePreloadWhenIdle } from './common/lazy';

/** MUI's small outlined Chip, drawn as a plain span: the Chip component is not worth its weight here. */
const PRIVACY_BADGE = {
  display: { xs: 'none', lg: 'inline-flex' },
  alignItems: 'center',
  boxSizing: 'border-box',
  height: 24,
  px: '7px',
  border: 1,
  borderColor: 'Chip.defaultBorder',
  borderRadius: '16px',
  color: 'text.primary',
  fontSize: '0.8125rem',
  lineHeight: 1.5,
  whiteSpace: 'nowrap',
  verticalAlign: 'middle',
} as const;

/** The token to compare with, in a token editor as the main one's: coloured, and a megabyte folded. */
const compareEditor = (label: string) => (
  <TokenEditor
    documentId="compare"
    testId={TEST_IDS.compareInput}
    label={label}
    placeholder="Paste a second JWT"
    minHeight="4.5rem"
    maxHeight="16rem"
  />
);

export function App() {
  usePreloadWhenIdle();
  return (
    <>
      <AppBar
        position="static"
        color="default"
        elevation={0}
        sx={{ borderBottom: 1, borderColor: 'divider' }}
      >
        <Toolbar variant="dense" sx={{ gap: 1.5, flexWrap: 'wrap', py: 0.5 }}>
          <Logo />
          <Typography variant="h1" component="h1" sx={{ flexGrow: 1 }}>
            JWT Debugger
          </Typography>
          <Box component="span" sx={PRIVACY_BADGE}>
            Runs in your browser: nothing is sent
          </Box>
          <ShareButton />
          <PrivacyButton />
          <ThemeSwitch />
        </Toolbar>
      </AppBar>
      <Box
        component="main"
        sx={{
          p: { xs: 1, sm: 2 },
          display: 'grid',
          gap: 2,
          // The workbench: the token, the key and the verdict together on the left; the header and payload,
          // growing with their content, on the right. One column (token first) on narrow screens.
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'minmax(0, 5fr) minmax(0, 6fr)' },
          alignItems: 'start',
          maxWidth: 1600,
          mx: 'auto',
        }}
      >
        <Stack spacing={2} sx={{ minWidth: 0 }}>
          <TokenCard
            actions={
              <>
                <ExamplesMenu />
                <ClearButton />
              </>
            }
            notices={
              <>
                <FoundTokens />
                <JweLayers />
                <UnsignedWarning />
              </>
            }
          />
          <SignaturePane encryption={(sizes) => <JweSegmentsLazy fallback={sizes} />}>
            <Stack spacing={1}>
              <KeyInput />
              <KeyTools />
              <JweDecrypt />
              <VerifyStatus />
              <CarriedKeyWarning />
              <TimeStatus />
              <SignNotice />
              <PublicKeyOutput />
            </Stack>
          </SignaturePane>
          <TimeCard />
          <CompareCard editor={compareEditor} />
          <EncryptCard />
        </Stack>
        <Stack spacing={2} sx={{ minWidth: 0 }} aria-label="Decoded token">
          <FindingsCard />
          <HeaderPane tools={<HeaderTools />} />
          <PayloadPane tools={<ClaimHelpers />} />
          <SdJwtLayer />
          <ClaimsTable />
          <ValidationPanel />
        </Stack>
      </Box>
    </>
  );
}
