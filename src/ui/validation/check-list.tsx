import CancelIcon from '@mui/icons-material/Cancel';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import RemoveCircleOutlineIcon from '@mui/icons-material/RemoveCircleOutlineOutlined';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { CheckStatus } from '../../core/validate/check';
import { selectValidationChecks, type CheckView } from '../../state/selectors/validation';
import { useAppStoreLater } from '../common/use-app-store-later';
import { TEST_IDS } from '../test-ids';

/** Each status has its own icon shape and name, so colour is never the only signal. */
const STATUS = {
  pass: { Icon: CheckCircleIcon, name: 'Pass', color: 'success.main' },
  fail: { Icon: CancelIcon, name: 'Fail', color: 'error.main' },
  skip: { Icon: RemoveCircleOutlineIcon, name: 'Skipped', color: 'text.secondary' },
} as const satisfies Record<CheckStatus, unknown>;

function CheckItem({ check }: { readonly check: CheckView }) {
  const { Icon, name, color } = STATUS[check.status];
  return (
    <Box
      component="li"
      data-testid={TEST_IDS.check}
      data-check={check.id}
      data-status={check.status}
      sx={{
        display: 'grid',
        gridTemplateColumns: 'auto 4.5rem minmax(0, 1fr)',
        columnGap: 1,
        alignItems: 'start',
        py: 0.5,
        borderTop: 1,
        borderColor: 'divider',
        '&:first-of-type': { borderTop: 0 },
      }}
    >
      <Icon fontSize="small" titleAccess={name} sx={{ color, mt: '1px' }} />
      <Typography component="code" variant="body2" sx={{ fontFamily: 'monospace', fontWeight: 600 }}>
        {check.id}
      </Typography>
      <Typography
        variant="body2"
        color={check.status === 'skip' ? 'text.secondary' : 'text.primary'}
        sx={{ overflowWrap: 'anywhere' }}
      >
        {check.text}
      </Typography>
    </Box>
  );
}

/** The checks a careful server runs (CONTRACT.md `check`), in the contract's order, each with its words. */
export function CheckList() {
  const checks = useAppStoreLater(selectValidationChecks);
  return (
    <Box component="ul" aria-label="Validation checks" sx={{ m: 0, p: 0, listStyle: 'none' }}>
      {checks.map((check) => (
        <CheckItem key={check.id} check={check} />
      ))}
    </Box>
  );
}
