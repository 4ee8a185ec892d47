import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import type { SecretEncoding } from '../../core/keys/secret';
import { selectShownId, selectShownKey } from '../../state/selectors/document';
import { selectKeyControls, selectKeyKind, selectRaiseKeyLimit } from '../../state/selectors/key';
import { useAppStore } from '../../state/store';
import { useCallback } from 'react';
import { LongTextInput } from '../common/long-text-input';
import { TEST_IDS } from '../test-ids';

const ENCODINGS: ReadonlyArray<{ value: SecretEncoding; label: string; testId: string }> = [
  { value: 'utf8', label: 'UTF-8', testId: TEST_IDS.secretEncodingUtf8 },
  { value: 'base64url', label: 'base64url', testId: TEST_IDS.secretEncodingBase64url },
  { value: 'base64', label: 'base64', testId: TEST_IDS.secretEncodingBase64 },
  { value: 'hex', label: 'hex', testId: TEST_IDS.secretEncodingHex },
];

/** Where the user pastes the secret or key; it stays in memory only. */
export function KeyInput() {
  const keyText = useAppStore((s) => selectShownKey(s).text);
  const encoding = useAppStore((s) => selectShownKey(s).encoding);
  // The key belongs to the layer shown: a nested token's inner layer has its own.
  const shownId = useAppStore(selectShownId);
  const setKey = useAppStore((s) => s.setKeyText);
  const setEncodingOf = useAppStore((s) => s.setSecretEncoding);
  const setKeyText = useCallback((text: string): void => setKey(text, shownId), [setKey, shownId]);
  const setEncoding = (value: SecretEncoding): void => setEncodingOf(value, shownId);
  const kind = useAppStore(selectKeyKind);
  const controls = useAppStore(selectKeyControls);
  const raise = useAppStore(selectRaiseKeyLimit);
  const raiseKeyLimit = useAppStore((s) => s.raiseKeyLimit);
  if (!controls.keyInput) return null;
  const sampleSecret = controls.sampleSecret;
  return (
    <Stack spacing={1}>
      <LongTextInput
        label={controls.decrypt ? 'Key or password to decrypt with' : 'Secret or key to verify and sign with'}
        placeholder={
          controls.decrypt
            ? 'Private key (PEM or JWK), shared key (JWK, base64url or hex) or password'
            : 'HMAC secret, PEM public key or certificate, private key, JWK or JWKS'
        }
        testId={TEST_IDS.keyInput}
        text={keyText}
        onText={setKeyText}
        maxRows={10}
      />
      {sampleSecret !== undefined && (
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Typography variant="body2" color="text.secondary">
            The sample token is signed with a known secret.
          </Typography>
          <Button size="small" variant="outlined" onClick={() => setKeyText(sampleSecret)}>
            Use the sample secret
          </Button>
        </Stack>
      )}
      {controls.secretEncoding && (
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Typography variant="body2" color="text.secondary" id="secret-encoding-label">
            Read a secret as
          </Typography>
          <ToggleButtonGroup
            size="small"
            exclusive
            value={encoding}
            onChange={(_, value: SecretEncoding | null) => {
              if (value !== null) setEncoding(value);
            }}
            aria-labelledby="secret-encoding-label"
          >
            {ENCODINGS.map((e) => (
              <ToggleButton key={e.value} value={e.value} data-testid={e.testId} sx={{ py: 0.25, px: 1 }}>
                {e.label}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
        </Stack>
      )}
      {(keyText.trim() !== '' || kind?.ok === false) && (
        <Typography
          variant="body2"
          data-testid={TEST_IDS.keyKind}
          color={kind === undefined || kind.ok ? 'text.secondary' : 'error'}
        >
          {kind?.text ?? 'Reading the key…'}
        </Typography>
      )}
      {raise !== undefined && (
        <Button
          size="small"
          variant="outlined"
          onClick={raiseKeyLimit}
          data-testid={TEST_IDS.raiseKeyLimit}
          sx={{ alignSelf: 'flex-start' }}
        >
          {raise}
        </Button>
      )}
    </Stack>
  );
}
