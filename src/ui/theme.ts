import { createTheme } from '@mui/material/styles';

/** Colours of the token's parts, shared by the token editor and the decoded panes. */
export interface TokenColors {
  header: string;
  payload: string;
  signature: string;
  encryptedKey: string;
  iv: string;
  dot: string;
  error: string;
  errorBackground: string;
}

/** Syntax colours of the JSON panes. */
export interface CodeColors {
  key: string;
  string: string;
  number: string;
  literal: string;
  punctuation: string;
}

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

// Each colour keeps at least 4.5:1 contrast on its scheme's paper, so coloured text stays readable.
const light = {
  token: {
    header: '#c2185b',
    payload: '#7b1fa2',
    signature: '#01579b',
    encryptedKey: '#8a4b00',
    iv: '#00695c',
    dot: '#5f6368',
    error: '#b00020',
    errorBackground: 'rgba(176, 0, 32, 0.14)',
  },
  code: { key: '#0451a5', string: '#a31515', number: '#096b4a', literal: '#3a3ad8', punctuation: '#3c4043' },
};

const dark = {
  token: {
    header: '#f48fb1',
    payload: '#ce93d8',
    signature: '#4fc3f7',
    encryptedKey: '#ffb74d',
    iv: '#4db6ac',
    dot: '#bdc1c6',
    error: '#ff8a80',
    errorBackground: 'rgba(255, 138, 128, 0.22)',
  },
  code: { key: '#9cdcfe', string: '#ce9178', number: '#b5cea8', literal: '#79b8ff', punctuation: '#d4d4d4' },
};

export const theme = createTheme({
  cssVariables: { colorSchemeSelector: 'data-theme' },
  colorSchemes: {
    light: { palette: { ...light, primary: { main: '#6a1b9a' } } },
    dark: {
      palette: {
        ...dark,
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
