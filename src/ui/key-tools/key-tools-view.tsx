import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { selectHeaderAlg, selectKeyActionFailure } from '../../state/selectors/edit';
import { selectKeyControls } from '../../state/selectors/key';
import { selectEditable } from '../../state/selectors/document';
import { useAppStoreLater } from '../common/use-app-store-later';
import { TextInput } from '../common/text-input';
import { TEST_IDS } from '../test-ids';

type RsaBits = 2048 | 3072 | 4096;
const RSA_SIZES: readonly RsaBits[] = [2048, 3072, 4096];

/** RS* and PS* sign with RSA keys, whose size the user chooses (RFC 7518 section 3.3: 2048 bits or more). */
function usesRsa(alg: string | undefined): boolean {
  return alg !== undefined && /^(RS|PS)(256|384|512)$/.test(alg);
}

/** Key actions: generate a key for the header's alg (RSA in a chosen size), and set kid to its thumbprint. */
export function KeyTools() {
  const alg = useAppStoreLater(selectHeaderAlg);
  const generateKey = useAppStoreLater((s) => s.generateKey);
  const setKidThumbprint = useAppStoreLater((s) => s.setKidThumbprint);
  const failure = useAppStoreLater(selectKeyActionFailure);
  const [bits, setBits] = useState<RsaBits>(2048);
  // No key to make where no key is asked for, nor where nothing is signed here (a JWE, an inner layer).
  const keyInput = useAppStoreLater((s) => selectKeyControls(s).keyInput && selectEditable(s));
  const rsa = usesRsa(alg);
  // An unsecured token has no key to make or name.
  const unsigned = alg === 'none';
  if (!keyInput) return null;
  return (
    <Stack spacing={1}>
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        <Button
          size="small"
          variant="outlined"
          data-testid={TEST_IDS.generateKey}
          disabled={unsigned}
          onClick={() => generateKey(rsa ? { rsaBits: bits } : undefined)}
        >
          Generate key
        </Button>
        {rsa && (
          <TextInput
            size="small"
            label="RSA size"
            value={bits}
            onChange={(e) => setBits(Number(e.target.value) as RsaBits)}
            htmlInput={{ 'data-testid': TEST_IDS.rsaBits }}
            sx={{ minWidth: 110 }}
            options={RSA_SIZES.map((size) => (
              <option key={size} value={size}>
                {size} bits
              </option>
            ))}
          />
        )}
        <Button
          size="small"
          variant="outlined"
          data-testid={TEST_IDS.setKidThumbprint}
          disabled={unsigned}
          onClick={() => setKidThumbprint()}
        >
          Set kid to thumbprint
        </Button>
      </Stack>
      {failure !== undefined && (
        <Alert severity="warning" variant="outlined" sx={{ py: 0 }} data-testid={TEST_IDS.keyActionFailure}>
          {failure}
        </Alert>
      )}
    </Stack>
  );
}
