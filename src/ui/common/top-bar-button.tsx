import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import type { ReactNode } from 'react';

interface TopBarButtonProps {
  /** The visible label and accessible name; at phone width only the icon shows, and the name stays. */
  readonly label: string;
  readonly icon: ReactNode;
  readonly onClick: () => void;
  readonly testId: string;
  readonly variant?: 'text' | 'outlined';
  readonly disabled?: boolean;
}

/** A button of the top bar: icon and label, icon only at phone width. */
export function TopBarButton({
  label,
  icon,
  onClick,
  testId,
  variant = 'text',
  disabled,
}: TopBarButtonProps) {
  return (
    <Button
      size="small"
      variant={variant}
      startIcon={icon}
      onClick={onClick}
      disabled={disabled}
      data-testid={testId}
      aria-label={label}
      sx={{ minWidth: 0, '& .MuiButton-startIcon': { mr: { xs: 0, sm: 1 } } }}
    >
      <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
        {label}
      </Box>
    </Button>
  );
}
