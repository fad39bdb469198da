/**
 * The brand colour of `site.brand.colors` against the site's two palettes.
 * Links and buttons use the accent, so it must read at 4.5:1 (WCAG AA) on
 * the page and on cards in the light theme, and its dark-theme version on
 * the dark page, cards and as a button behind dark text. When no dark
 * accent is given, one is derived by lightening the accent until it reads;
 * a colour that fails comes with a shade that would pass.
 */
import { clampChroma, formatHex, oklch, parse, wcagContrast, type Oklch } from 'culori';

/** Backgrounds and button text of the light and dark themes (`site/styles/global.css`). */
export const PALETTE = {
  light: { backgrounds: ['#ffffff', '#f4f5f7'], buttonText: '#ffffff' },
  dark: { backgrounds: ['#121317', '#1d1f25'], buttonText: '#0b1220' },
} as const;

/** WCAG AA for normal text. */
export const MIN_CONTRAST = 4.5;

type Theme = keyof typeof PALETTE;

/** The colour as `#rrggbb`, or undefined when `value` is not a CSS colour. */
export function parseColor(value: string): string | undefined {
  const color = parse(value.trim());
  return color === undefined ? undefined : formatHex(color);
}

/** The lowest contrast of `hex` against what it meets in `theme`: both backgrounds and the button text on it. */
export function worstContrast(hex: string, theme: Theme): number {
  const { backgrounds, buttonText } = PALETTE[theme];
  return Math.min(...[...backgrounds, buttonText].map((other) => wcagContrast(hex, other)));
}

/** The nearest shade of `hex` (same hue, lightness moved) that reads in `theme`, or undefined when none does. */
export function readableShade(hex: string, theme: Theme): string | undefined {
  const start = oklch(hex) as Oklch | undefined;
  if (!start) return undefined;
  // Light theme: darker shades; dark theme: lighter ones. Small steps keep the hue recognisable.
  const step = theme === 'light' ? -0.01 : 0.01;
  for (let l = start.l; l >= 0 && l <= 1; l += step) {
    const candidate = formatHex(clampChroma({ ...start, l }, 'oklch'));
    if (worstContrast(candidate, theme) >= MIN_CONTRAST) return candidate;
  }
  return undefined;
}

/** Two decimals, as contrast ratios are written ("3.12:1"). */
export function formatContrast(ratio: number): string {
  return `${Math.floor(ratio * 100) / 100}:1`;
}

/** The accent of the dark theme: `accentDark` when given, else the lightest-needed shade of `accent`, else undefined (the default palette). */
export function darkAccentFor(accent: string | undefined, accentDark: string | undefined): string | undefined {
  if (accentDark) return accentDark;
  if (!accent) return undefined;
  return worstContrast(accent, 'dark') >= MIN_CONTRAST ? accent : readableShade(accent, 'dark');
}
