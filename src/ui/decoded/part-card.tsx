import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

interface PartCardProps {
  readonly title: string;
  readonly subtitle?: string;
  /** A palette path for the colour bar that ties this card to its segment of the token. */
  readonly color: string;
  readonly actions?: ReactNode;
  readonly children: ReactNode;
  readonly headingId: string;
}

/** A titled card for one part of the token, with its segment colour along the edge. */
export function PartCard({ title, subtitle, color, actions, children, headingId }: PartCardProps) {
  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      variant="outlined"
      sx={{ p: 1.5, borderLeft: 4, borderLeftColor: color, minWidth: 0 }}
    >
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1, gap: 1, minHeight: 34 }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography variant="h2" id={headingId} sx={{ color }}>
            {title}
          </Typography>
          {subtitle !== undefined && (
            <Typography variant="caption" color="text.secondary">
              {subtitle}
            </Typography>
          )}
        </Box>
        {actions}
      </Stack>
      {children}
    </Paper>
  );
}
