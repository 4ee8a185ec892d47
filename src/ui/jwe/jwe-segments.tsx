import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { describeSegmentSize } from '../../core/token/describe';
import { describePart } from '../../core/token/parts';
import { selectJweExplained } from '../../state/selectors/jwe';
import { useAppStoreLater } from '../common/use-app-store-later';

/** A JWE's alg and enc in words, then each of its encrypted key, IV, ciphertext and tag: size and role. */
export function JweSegments() {
  const explained = useAppStoreLater(selectJweExplained);
  if (explained === undefined) return null;
  return (
    <Box>
      <Typography variant="body2" sx={{ mb: 0.5 }}>
        {explained.alg}
      </Typography>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {explained.enc}
      </Typography>
      <Box
        component="dl"
        sx={{ m: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.75 }}
      >
        {explained.segments.map((s) => (
          <Box key={s.segment} sx={{ display: 'contents' }}>
            <Typography component="dt" variant="body2" sx={{ fontWeight: 600 }}>
              {describePart(s.segment)}
            </Typography>
            <Typography
              component="dd"
              variant="body2"
              color={s.problem === undefined ? 'text.secondary' : 'error'}
              sx={{ m: 0 }}
            >
              {s.bytes === 0 ? 'empty' : describeSegmentSize(s.bytes)}. {s.description}
            </Typography>
          </Box>
        ))}
      </Box>
    </Box>
  );
}
