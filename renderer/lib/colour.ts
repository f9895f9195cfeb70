/**
 * Colour arithmetic for theme colours chosen by researchers: contrast per
 * WCAG 2.x, so text on a theme colour stays readable whatever colour it is.
 */

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

export function hexToRgb(hex: string): Rgb {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  const value = match ? parseInt(match[1]!, 16) : 0x888888;
  return { r: (value >> 16) & 0xff, g: (value >> 8) & 0xff, b: value & 0xff };
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const { r, g, b } = hexToRgb(hex);
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Near-black or white, whichever reads better on the background. */
export function readableTextOn(background: string): string {
  const dark = '#111111';
  const light = '#FFFFFF';
  return contrastRatio(background, dark) >= contrastRatio(background, light) ? dark : light;
}

/** The reading backgrounds (--paper in styles/tokens.css, light and dark); a test keeps them in step. */
export const READING_BACKGROUND = { light: '#FDFCFA', dark: '#1A1B1E' } as const;
export type ColourScheme = keyof typeof READING_BACKGROUND;

/** A mark or swatch must stand out from the page: WCAG's 3:1 for graphics. */
export const MARK_CONTRAST = 3;

function toHex({ r, g, b }: Rgb): string {
  return `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}

/**
 * A theme colour as shown on a background: unchanged when it keeps 3:1
 * against it, otherwise darkened (on light paper) or lightened (on dark) in
 * small steps until it does. Themes coloured before the palette was checked
 * (yellow, black) stay legible without changing what the notebook holds.
 */
export function legibleOn(colour: string, background: string): string {
  if (contrastRatio(colour, background) >= MARK_CONTRAST) return colour.toUpperCase();
  const towards = relativeLuminance(background) > 0.5 ? { r: 0, g: 0, b: 0 } : { r: 255, g: 255, b: 255 };
  const from = hexToRgb(colour);
  for (let step = 1; step <= 20; step += 1) {
    const t = step / 20;
    const mixed = toHex({ r: from.r + (towards.r - from.r) * t, g: from.g + (towards.g - from.g) * t, b: from.b + (towards.b - from.b) * t });
    if (contrastRatio(mixed, background) >= MARK_CONTRAST) return mixed;
  }
  return toHex(towards);
}
