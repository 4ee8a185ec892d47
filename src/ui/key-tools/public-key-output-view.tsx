import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { selectPublicKeyOutput } from '../../state/selectors/edit';
import { useAppStore } from '../../state/store';
import { CopyButton } from '../common/copy-button';
import { downloadText } from '../common/download';
import { TextInput } from '../common/text-input';
import { TEST_IDS } from '../test-ids';
import { MONO_FONT } from '../theme';

/**
 * The public half of the key in the key input (CONTRACT.md `public-key-output`): the SPKI PEM, ready to copy or
 * download, and the same key as a JWK and as a JWKS. Shown after generate-key, or for a pasted private key.
 */
export function PublicKeyOutput() {
  const output = useAppStore(selectPublicKeyOutput);
  if (output === undefined) return null;
  const { spkiPem, jwk, jwks, privatePem, privateJwk } = output;
  const shown = spkiPem ?? jwk;
  return (
    <Paper variant="outlined" component="section" aria-labelledby="public-key-heading" sx={{ p: 1.5 }}>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, mb: 1 }}>
        <Typography variant="subtitle2" component="h3" id="public-key-heading" sx={{ flex: 1 }}>
          {spkiPem === undefined ? 'Public key (JWK)' : 'Public key (SPKI PEM)'}
        </Typography>
        <CopyButton what="public key" text={shown} />
      </Stack>
      <TextInput
        // A new key is a new text box, so its text content is the key too (not only its value).
        key={shown}
        defaultValue={shown}
        multiline
        maxRows={8}
        fullWidth
        size="small"
        label="Public key"
        htmlInput={{
          readOnly: true,
          'data-testid': TEST_IDS.publicKeyOutput,
          spellCheck: false,
          style: { fontFamily: MONO_FONT, fontSize: '0.8rem' },
        }}
      />
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', mt: 1 }}>
        {spkiPem !== undefined && (
          <Button
            size="small"
            onClick={() => downloadText('public-key.pem', spkiPem, 'application/x-pem-file')}
          >
            Download PEM
          </Button>
        )}
        <Button size="small" onClick={() => downloadText('public-key.jwk.json', jwk, 'application/jwk+json')}>
          Download JWK
        </Button>
        <Button size="small" onClick={() => downloadText('jwks.json', jwks, 'application/jwk-set+json')}>
          Download JWKS
        </Button>
        <CopyButton what="public JWK" text={jwk} />
        <CopyButton what="JWKS" text={jwks} />
      </Stack>
      {(privatePem !== undefined || privateJwk !== undefined) && (
        <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center', mt: 1 }}>
          <Typography variant="body2" color="text.secondary">
            Private key (keep it to yourself):
          </Typography>
          {privatePem !== undefined && (
            <Button
              size="small"
              onClick={() => downloadText('private-key.pem', privatePem, 'application/x-pem-file')}
            >
              Download private PEM
            </Button>
          )}
          {privateJwk !== undefined && (
            <Button
              size="small"
              onClick={() => downloadText('private-key.jwk.json', privateJwk, 'application/jwk+json')}
            >
              Download private JWK
            </Button>
          )}
        </Stack>
      )}
    </Paper>
  );
}
