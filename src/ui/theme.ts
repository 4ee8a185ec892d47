import { createTheme } from '@mui/material/styles';

import { DARK_COLORS, LIGHT_COLORS, type CodeColors, type TokenColors } from './palette';

declare module '@mui/material/styles' {
  interface Palette {
    token: TokenColors;
    code: CodeColors;
  }
  interface PaletteOptions {
    token?: TokenColors;
    code?: CodeColors;
  }
}

export const theme = createTheme({
  cssVariables: { colorSchemeSelector: 'data-theme' },
  colorSchemes: {
    light: { palette: { ...LIGHT_COLORS, primary: { main: '#6a1b9a' } } },
    dark: {
      palette: {
        ...DARK_COLORS,
        primary: { main: '#ce93d8' },
        background: { default: '#121212', paper: '#1b1b1f' },
      },
    },
  },
  typography: {
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    h1: { fontSize: '1.25rem', fontWeight: 600 },
    h2: { fontSize: '1rem', fontWeight: 600 },
    button: { textTransform: 'none' },
  },
  shape: { borderRadius: 8 },
});

/** The monospace stack for token and JSON text: the system's own fonts, nothing downloaded. */
export const MONO_FONT =
  'ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace';
