import { describe, expect, it } from 'vitest';
import { DARK_COLORS, LIGHT_COLORS } from './palette';

// sRGB <-> linear light (IEC 61966-2-1), relative luminance and contrast (WCAG 2), CIELAB (D65), and the
// Machado, Oliveira and Fernandes (2009) simulation of full protanopia, deuteranopia and tritanopia.
const toLinear = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

function linearRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [toLinear(((n >> 16) & 255) / 255), toLinear(((n >> 8) & 255) / 255), toLinear((n & 255) / 255)];
}

function luminance([r, g, b]: readonly number[]): number {
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(linearRgb(a)), luminance(linearRgb(b))].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

type Matrix = readonly (readonly [number, number, number])[];
const VISION: Readonly<Record<string, Matrix>> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

function lab(rgb: readonly number[]): [number, number, number] {
  const [r, g, b] = rgb.map((c) => Math.min(1, Math.max(0, c))) as [number, number, number];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number): number => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** The smallest CIELAB distance between any two of the colours, under every kind of vision simulated. */
function closestPair(colours: readonly string[]): number {
  let closest = Infinity;
  for (const matrix of Object.values(VISION)) {
    const seen = colours.map((hex) => {
      const rgb = linearRgb(hex);
      return lab(matrix.map(([a, b, c]) => a * rgb[0] + b * rgb[1] + c * rgb[2]));
    });
    for (let i = 0; i < seen.length; i++) {
      for (let j = i + 1; j < seen.length; j++) {
        closest = Math.min(closest, Math.hypot(...(seen[i] ?? []).map((v, k) => v - (seen[j]?.[k] ?? 0))));
      }
    }
  }
  return closest;
}

describe('token colours', () => {
  // Paper, and the darkest background code sits on (the code block with a selected bracket: action.selected).
  for (const [scheme, colours, paper, codeBackground] of [
    ['light', LIGHT_COLORS, '#ffffff', '#ebebeb'],
    ['dark', DARK_COLORS, '#1b1b1f', '#3e3e41'],
  ] as const) {
    it(`${scheme}: header, payload and signature stay far apart for common colour-vision deficiencies`, () => {
      const { header, payload, signature } = colours.token;
      // 20 CIELAB units is a clearly visible difference; the old pink and purple were under 3 apart.
      expect(closestPair([header, payload, signature])).toBeGreaterThan(20);
    });

    it(`${scheme}: JSON strings are not a colour close to the header's`, () => {
      expect(closestPair([colours.token.header, colours.code.string])).toBeGreaterThan(7);
      expect(closestPair([colours.code.key, colours.code.string])).toBeGreaterThan(7);
    });

    it(`${scheme}: every text colour has at least 4.5:1 contrast on the paper`, () => {
      const { header, payload, signature, dot, error } = colours.token;
      const { key, string, number, literal, punctuation } = colours.code;
      for (const colour of [
        header,
        payload,
        signature,
        dot,
        error,
        key,
        string,
        number,
        literal,
        punctuation,
      ]) {
        expect(contrast(colour, paper), colour).toBeGreaterThanOrEqual(4.5);
      }
      for (const colour of [key, string, number, literal, punctuation]) {
        expect(contrast(colour, codeBackground), `${colour} in code`).toBeGreaterThanOrEqual(4.5);
      }
    });
  }
});
