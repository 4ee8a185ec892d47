import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { selectTimeline } from '../../state/selectors/claims';
import { useAppStoreLater } from '../common/use-app-store-later';
import { TEST_IDS } from '../test-ids';

/** Hidden from the eye, read by assistive technology. */
const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  m: -0.125,
  p: 0,
  border: 0,
} as const;

const MARK_COLOR = {
  iat: 'text.secondary',
  nbf: 'info.main',
  now: 'primary.main',
  exp: 'error.main',
} as const;

/**
 * `iat`, `nbf`, now and `exp` on one axis: a picture for the eye, and the same marks as a list for everyone else.
 * Labels alternate above and below the axis so marks close together stay readable.
 */
export function Timeline() {
  const timeline = useAppStoreLater(selectTimeline);
  if (timeline === undefined) return null;
  const percent = (position: number) => `${(position * 100).toFixed(2)}%`;
  return (
    <Box component="figure" data-testid={TEST_IDS.timeline} sx={{ m: 0 }}>
      <Box aria-hidden="true" sx={{ position: 'relative', height: 64, mx: 2 }}>
        <Box sx={{ position: 'absolute', left: 0, right: 0, top: 31, height: 2, bgcolor: 'divider' }} />
        {timeline.valid !== undefined && (
          <Box
            sx={{
              position: 'absolute',
              top: 28,
              height: 8,
              borderRadius: 1,
              bgcolor: 'success.main',
              opacity: 0.35,
              left: percent(timeline.valid.from),
              width: percent(Math.max(0, timeline.valid.to - timeline.valid.from)),
            }}
          />
        )}
        {timeline.marks.map((mark, i) => {
          const above = i % 2 === 0;
          return (
            <Box
              key={mark.name}
              data-mark={mark.name}
              sx={{ position: 'absolute', left: percent(mark.position), top: 0, bottom: 0 }}
            >
              <Box
                sx={{
                  position: 'absolute',
                  left: -1,
                  top: above ? 16 : 26,
                  width: 2,
                  height: 22,
                  bgcolor: MARK_COLOR[mark.name],
                }}
              />
              <Typography
                variant="caption"
                sx={{
                  position: 'absolute',
                  transform: 'translateX(-50%)',
                  top: above ? 0 : 46,
                  fontWeight: mark.name === 'now' ? 700 : 500,
                  color: 'text.primary',
                  lineHeight: 1.2,
                  whiteSpace: 'nowrap',
                }}
              >
                {mark.name}
              </Typography>
            </Box>
          );
        })}
      </Box>
      <Box component="figcaption" sx={visuallyHidden}>
        Timeline
        <ul>
          {timeline.marks.map((mark) => (
            <li key={mark.name}>
              {mark.name}: {mark.iso}, {mark.words}
            </li>
          ))}
        </ul>
      </Box>
    </Box>
  );
}
