import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useId, type ReactNode } from 'react';

interface TopBarButtonProps {
  /** The visible label and accessible name; at phone width only the icon shows, and the name stays. */
  readonly label: string;
  readonly icon: ReactNode;
  readonly onClick: () => void;
  readonly testId?: string;
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

/** The reason, shown under the button while the pointer rests on it: MUI's tooltip look, without Popper. */
const SHOWN_TOOLTIP = {
  top: '100%',
  left: '50%',
  transform: 'translateX(-50%)',
  mt: 0.75,
  width: 'max-content',
  maxWidth: 300,
  height: 'auto',
  clip: 'auto',
  whiteSpace: 'normal',
  px: 1,
  py: 0.5,
  borderRadius: 1,
  bgcolor: 'grey.700',
  color: 'common.white',
  fontSize: '0.6875rem',
  fontWeight: 500,
  lineHeight: 1.4,
  zIndex: 'tooltip',
  pointerEvents: 'none',
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
  // A disabled button receives no pointer events, so the wrapper shows the reason while hovered. It is the
  // button's description at all times, for screen readers.
  return (
    <Box
      component="span"
      sx={{
        display: 'inline-flex',
        position: 'relative',
        '&:hover > [role="tooltip"]': SHOWN_TOOLTIP,
      }}
    >
      {button}
      <Box component="span" id={reasonId} role="tooltip" sx={VISUALLY_HIDDEN}>
        {reason}
      </Box>
    </Box>
  );
}
