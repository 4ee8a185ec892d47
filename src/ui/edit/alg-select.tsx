import { ALGORITHM_CHOICES, selectHeaderAlg } from '../../state/selectors/edit';
import { useAppStore } from '../../state/store';
import { TextInput } from '../common/text-input';
import { TEST_IDS } from '../test-ids';

/** The header's alg as a native select (CONTRACT.md `alg-select`): choosing one rewrites `alg` and re-signs. */
export function AlgSelect() {
  const alg = useAppStore(selectHeaderAlg);
  const setAlg = useAppStore((s) => s.setAlg);
  // An alg the table does not hold (a JWE's, a typo) stays shown as the token has it.
  const other = alg !== undefined && !ALGORITHM_CHOICES.includes(alg) ? alg : undefined;
  return (
    <TextInput
      size="small"
      label="Algorithm"
      value={alg ?? ''}
      onChange={(e) => setAlg(e.target.value)}
      sx={{ minWidth: 150 }}
      htmlInput={{ 'data-testid': TEST_IDS.algSelect }}
      options={<AlgOptions alg={alg} other={other} />}
    />
  );
}

function AlgOptions({
  alg,
  other,
}: {
  readonly alg: string | undefined;
  readonly other: string | undefined;
}) {
  return (
    <>
      {alg === undefined && (
        <option value="" disabled>
          (not set)
        </option>
      )}
      {other !== undefined && (
        <option value={other} disabled>
          {other}
        </option>
      )}
      {ALGORITHM_CHOICES.map((choice) => (
        <option key={choice} value={choice}>
          {choice}
        </option>
      ))}
    </>
  );
}
