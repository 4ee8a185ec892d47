import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { selectClaimDates } from '../../state/selectors/edit';
import { useAppStoreLater } from '../common/use-app-store-later';
import { INPUT_MAX_CHARS } from '../common/input-limit';
import { TextInput } from '../common/text-input';
import { TEST_IDS } from '../test-ids';

const MINUTE = 60;
const EXP_CHOICES: ReadonlyArray<{ label: string; name: string; seconds: number }> = [
  { label: '5 min', name: 'exp = now + 5 minutes', seconds: 5 * MINUTE },
  { label: '1 h', name: 'exp = now + 1 hour', seconds: 60 * MINUTE },
  { label: '1 day', name: 'exp = now + 1 day', seconds: 24 * 60 * MINUTE },
];

/** One-click claims: iat and nbf now, exp now plus a duration, a random jti; and the date each time claim means. */
export function ClaimHelpers() {
  const setClaim = useAppStoreLater((s) => s.setClaim);
  const dates = useAppStoreLater(selectClaimDates);
  const [minutes, setMinutes] = useState('30');
  const custom = Number(minutes);
  const customValid = minutes.trim() !== '' && Number.isFinite(custom);
  return (
    <Box
      component="section"
      aria-labelledby="claim-helpers-heading"
      data-testid={TEST_IDS.claimHelpers}
      sx={{ mt: 1.5 }}
    >
      <Typography variant="subtitle2" component="h3" id="claim-helpers-heading" sx={{ mb: 0.5 }}>
        Set claims
      </Typography>
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        <Button size="small" variant="outlined" onClick={() => setClaim('iat')}>
          iat = now
        </Button>
        <Button size="small" variant="outlined" onClick={() => setClaim('nbf')}>
          nbf = now
        </Button>
        <Button size="small" variant="outlined" onClick={() => setClaim('jti')}>
          Random jti
        </Button>
      </Stack>
      <Stack
        direction="row"
        sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center', mt: 1 }}
        role="group"
        aria-label="Expiry"
      >
        <Typography variant="body2" component="span">
          exp = now +
        </Typography>
        {EXP_CHOICES.map((choice) => (
          <Button
            key={choice.label}
            size="small"
            variant="outlined"
            aria-label={choice.name}
            onClick={() => setClaim('exp', choice.seconds)}
          >
            {choice.label}
          </Button>
        ))}
        <TextInput
          size="small"
          label="Minutes"
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
          sx={{ width: 96 }}
          // Cut as the other boxes are, without their words: a box 96 px wide has no room for them, and "Set"
          // stays disabled for a number it cannot use.
          htmlInput={{ inputMode: 'numeric', maxLength: INPUT_MAX_CHARS.number }}
        />
        <Button
          size="small"
          variant="outlined"
          disabled={!customValid}
          aria-label="exp = now + the minutes given"
          onClick={() => setClaim('exp', Math.round(custom * MINUTE))}
        >
          Set
        </Button>
      </Stack>
      {Object.keys(dates).length > 0 && (
        <Box
          component="dl"
          data-testid={TEST_IDS.claimDates}
          sx={{ m: 0, mt: 1, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 1.5 }}
        >
          {(['iat', 'nbf', 'exp'] as const).map((claim) =>
            dates[claim] === undefined ? null : (
              <Box key={claim} sx={{ display: 'contents' }} data-claim={claim}>
                <Typography component="dt" variant="body2" sx={{ fontFamily: 'monospace' }}>
                  {claim}
                </Typography>
                <Typography component="dd" variant="body2" color="text.secondary" sx={{ m: 0 }}>
                  {dates[claim]}
                </Typography>
              </Box>
            ),
          )}
        </Box>
      )}
    </Box>
  );
}
