import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { selectEncryptView, type EncryptChoice } from '../../state/selectors/encrypt';
import { useAppStore } from '../../state/store';
import { useCallback } from 'react';
import { CopyButton } from '../common/copy-button';
import { LongTextInput } from '../common/long-text-input';
import { TextInput } from '../common/text-input';
import { TEST_IDS } from '../test-ids';
import { MONO_FONT } from '../theme';

function options(choices: readonly EncryptChoice[]) {
  return choices.map((c) => (
    <option key={c.name} value={c.name}>
      {c.fits ? c.name : `${c.name} (does not fit the key)`}
    </option>
  ));
}

/**
 * The encoder's last step: wrap the token on screen as a JWE to a recipient's public key, a shared key or a
 * password, with the alg and enc chosen; the JWE can be copied or opened in the editor.
 */
export function EncryptCard() {
  const view = useAppStore(selectEncryptView);
  const openEncrypt = useAppStore((s) => s.openEncrypt);
  const closeEncrypt = useAppStore((s) => s.closeEncrypt);
  const setInput = useAppStore((s) => s.setEncryptInput);
  const setKeyText = useCallback((keyText: string) => setInput({ keyText }), [setInput]);
  const encrypt = useAppStore((s) => s.encryptToken);
  const openEncrypted = useAppStore((s) => s.openEncrypted);
  return (
    <Paper
      component="section"
      variant="outlined"
      aria-labelledby="encrypt-heading"
      sx={{ p: 1.5, minWidth: 0 }}
    >
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="h2" id="encrypt-heading" sx={{ flex: '1 1 auto' }}>
          Encrypt
        </Typography>
        {view.open ? (
          <Button size="small" onClick={closeEncrypt}>
            Close
          </Button>
        ) : (
          <Button size="small" variant="outlined" onClick={openEncrypt} data-testid={TEST_IDS.encryptButton}>
            Encrypt this token (JWE)
          </Button>
        )}
      </Stack>
      {!view.open && (
        <Typography variant="body2" color="text.secondary">
          Wrap the token as a JWE to a recipient&apos;s public key, a shared key or a password.
        </Typography>
      )}
      {view.open && (
        <Stack spacing={1.5} sx={{ mt: 1.5 }}>
          <LongTextInput
            label="Recipient key or password"
            placeholder="Public key (PEM or JWK), shared key (JWK, base64url or hex) or password"
            testId={TEST_IDS.encryptKeyInput}
            text={view.keyText}
            onText={setKeyText}
            maxRows={8}
          />
          <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
            <TextInput
              size="small"
              label="Key management (alg)"
              value={view.alg}
              onChange={(e) => setInput({ alg: e.target.value })}
              htmlInput={{ 'data-testid': TEST_IDS.encryptAlg }}
              sx={{ minWidth: 200, flex: '1 1 200px' }}
              options={options(view.algs)}
            />
            <TextInput
              size="small"
              label="Content encryption (enc)"
              value={view.enc}
              onChange={(e) => setInput({ enc: e.target.value })}
              htmlInput={{ 'data-testid': TEST_IDS.encryptEnc }}
              sx={{ minWidth: 160, flex: '1 1 160px' }}
              options={options(view.encs)}
            />
          </Stack>
          <Box>
            <Button
              variant="contained"
              size="small"
              onClick={encrypt}
              disabled={view.blocked !== undefined || view.pending}
              data-testid={TEST_IDS.encryptRun}
            >
              {view.pending ? 'Encrypting…' : 'Encrypt'}
            </Button>
          </Box>
          {view.words !== '' && (
            <Typography
              variant="body2"
              role="status"
              data-testid={TEST_IDS.encryptStatus}
              color={view.failed ? 'error' : 'text.secondary'}
            >
              {view.words}
            </Typography>
          )}
          {view.output !== undefined && (
            <Stack spacing={1}>
              <Stack direction="row" sx={{ alignItems: 'flex-start', gap: 0.5 }}>
                <Typography
                  component="pre"
                  variant="body2"
                  data-testid={TEST_IDS.encryptOutput}
                  aria-label="The JWE"
                  // Scrollable: reachable by keyboard.
                  tabIndex={0}
                  sx={{
                    m: 0,
                    flex: '1 1 auto',
                    minWidth: 0,
                    maxHeight: '8rem',
                    overflow: 'auto',
                    fontFamily: MONO_FONT,
                    fontSize: '0.8rem',
                    whiteSpace: 'pre-wrap',
                    overflowWrap: 'anywhere',
                    p: 1,
                    borderRadius: 1,
                    bgcolor: 'action.hover',
                  }}
                >
                  {view.shownOutput}
                </Typography>
                <CopyButton what="JWE" text={view.output} />
              </Stack>
              {view.outputCut !== undefined && (
                <Typography variant="body2" color="text.secondary">
                  {view.outputCut}
                </Typography>
              )}
              <Box>
                <Button
                  size="small"
                  variant="outlined"
                  onClick={openEncrypted}
                  data-testid={TEST_IDS.encryptOpen}
                >
                  Open the JWE in the editor
                </Button>
              </Box>
            </Stack>
          )}
        </Stack>
      )}
    </Paper>
  );
}
