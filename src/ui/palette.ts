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

// Each colour keeps at least 4.5:1 contrast on its scheme's paper, so coloured text stays readable. Header, payload
// and signature differ in hue and lightness, so they stay apart under protanopia, deuteranopia and tritanopia too
// (checked with the Machado et al. 2009 simulation: at least 45 CIELAB units apart in the light scheme, 50 in the
// dark one); JSON strings are green, never a red near the header's colour.
/** The light scheme's token and JSON colours. */
export const LIGHT_COLORS: { token: TokenColors; code: CodeColors } = {
  token: {
    header: '#c42411',
    payload: '#084ecb',
    signature: '#770958',
    encryptedKey: '#8a4b00',
    iv: '#00695c',
    dot: '#5f6368',
    error: '#b00020',
    errorBackground: 'rgba(176, 0, 32, 0.14)',
  },
  code: { key: '#0451a5', string: '#116329', number: '#6f42c1', literal: '#7d5400', punctuation: '#3c4043' },
};

/** The dark scheme's token and JSON colours. */
export const DARK_COLORS: { token: TokenColors; code: CodeColors } = {
  token: {
    header: '#e07a68',
    payload: '#7eafe5',
    signature: '#fbe742',
    encryptedKey: '#ffb74d',
    iv: '#4db6ac',
    dot: '#bdc1c6',
    error: '#ff8a80',
    errorBackground: 'rgba(255, 138, 128, 0.22)',
  },
  code: { key: '#9cdcfe', string: '#a5d6a7', number: '#d2a8ff', literal: '#f2cc60', punctuation: '#d4d4d4' },
};
