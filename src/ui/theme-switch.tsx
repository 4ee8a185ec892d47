import DarkModeIcon from '@mui/icons-material/DarkModeOutlined';
import LightModeIcon from '@mui/icons-material/LightModeOutlined';
import SettingsBrightnessIcon from '@mui/icons-material/SettingsBrightnessOutlined';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useColorScheme } from '@mui/material/styles';

type Mode = 'light' | 'system' | 'dark';

const MODES: ReadonlyArray<{ mode: Mode; label: string; icon: React.ReactNode }> = [
  { mode: 'light', label: 'Light theme', icon: <LightModeIcon fontSize="small" /> },
  { mode: 'system', label: 'System theme', icon: <SettingsBrightnessIcon fontSize="small" /> },
  { mode: 'dark', label: 'Dark theme', icon: <DarkModeIcon fontSize="small" /> },
];

/** Light, dark, or following the system; the choice is a preference MUI remembers (no token data). */
export function ThemeSwitch() {
  const { mode, setMode } = useColorScheme();
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={mode ?? 'system'}
      onChange={(_, value: Mode | null) => {
        if (value !== null) setMode(value);
      }}
      aria-label="Theme"
      sx={{ bgcolor: 'background.paper' }}
    >
      {MODES.map(({ mode: m, label, icon }) => (
        // A native title for the hint; the accessible name stays aria-label.
        <ToggleButton key={m} value={m} aria-label={label} title={label}>
          {icon}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
