import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import { useId, type ReactNode } from 'react';

interface TopBarButtonProps {
  /** The visible label and accessible name; at phone width only the icon shows, and the name stays. */
  readonly label: string;
  readonly icon: ReactNode;
  readonly onClick: () => void;
  readonly testId: string;
  readonly variant?: 'text' | 'outlined';
  readonly disabled?: boolean;
  /** Why the button is disabled, in a few words: its tooltip, and its accessible description. */
  readonly disabledReason?: string | undefined;
}

const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/** A button of the top bar: icon and label, icon only at phone width. */
export function TopBarButton({
  label,
  icon,
  onClick,
  testId,
  variant = 'text',
  disabled,
  disabledReason,
}: TopBarButtonProps) {
  const reasonId = useId();
  const reason = disabled === true ? disabledReason : undefined;
  const button = (
    <Button
      size="small"
      variant={variant}
      startIcon={icon}
      onClick={onClick}
      disabled={disabled}
      data-testid={testId}
      aria-label={label}
      aria-describedby={reason === undefined ? undefined : reasonId}
      sx={{ minWidth: 0, '& .MuiButton-startIcon': { mr: { xs: 0, sm: 1 } } }}
    >
      <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
        {label}
      </Box>
    </Button>
  );
  if (reason === undefined) return button;
  // A disabled button receives no pointer events, so the tooltip listens on a wrapper.
  return (
    <Tooltip title={reason} describeChild>
      <Box component="span" sx={{ display: 'inline-flex', position: 'relative' }}>
        {button}
        <Box component="span" id={reasonId} sx={VISUALLY_HIDDEN}>
          {reason}
        </Box>
      </Box>
    </Tooltip>
  );
}
