import Box from '@mui/material/Box';
import type { Expectations } from '../../core/validate/expectations';
import { selectExpectations } from '../../state/selectors/validation';
import { useAppStore } from '../../state/store';
import { INPUT_MAX_CHARS } from '../common/input-limit';
import { TextInput } from '../common/text-input';
import { TEST_IDS } from '../test-ids';

interface Field {
  readonly field: keyof Expectations;
  readonly label: string;
  readonly helper: string;
  readonly testId: string;
  /** Spans both columns. */
  readonly wide?: boolean;
}

const FIELDS: readonly Field[] = [
  { field: 'iss', label: 'Expected issuer (iss)', helper: 'Exact match', testId: TEST_IDS.expectedIss },
  {
    field: 'aud',
    label: 'Expected audience (aud)',
    helper: 'Must be among the token’s audiences',
    testId: TEST_IDS.expectedAud,
  },
  { field: 'nonce', label: 'Expected nonce', helper: 'Exact match', testId: TEST_IDS.expectedNonce },
  {
    field: 'typ',
    label: 'Expected type (typ)',
    helper: 'Any case; “application/” implied',
    testId: TEST_IDS.expectedTyp,
  },
  {
    field: 'algs',
    label: 'Allowed algorithms',
    helper: 'Comma-separated, e.g. RS256, ES256',
    testId: TEST_IDS.expectedAlgs,
  },
  {
    field: 'hashInput',
    label: 'Access token or authorization code',
    helper: 'Checked against at_hash and c_hash',
    testId: TEST_IDS.atHashInput,
    wide: true,
  },
];

/** What a careful server expects (CONTRACT.md `expected-*`, `at-hash-input`); empty fields are not checked. */
export function ExpectationInputs() {
  const expectations = useAppStore(selectExpectations);
  const setExpectation = useAppStore((s) => s.setExpectation);
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 1.5,
        pt: 0.5,
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: 'repeat(2, minmax(0, 1fr))' },
      }}
    >
      {FIELDS.map(({ field, label, helper, testId, wide }) => (
        <TextInput
          key={field}
          size="small"
          label={label}
          value={expectations[field]}
          onChange={(e) => setExpectation(field, e.target.value)}
          helperText={helper}
          maxChars={field === 'hashInput' ? INPUT_MAX_CHARS.hashInput : INPUT_MAX_CHARS.expectation}
          sx={{ minWidth: 0, gridColumn: wide === true ? '1 / -1' : undefined }}
          htmlInput={{ 'data-testid': testId, spellCheck: false, autoComplete: 'off' }}
        />
      ))}
    </Box>
  );
}
