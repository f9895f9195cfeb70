import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { contrastRatio, legibleOn, MARK_CONTRAST, READING_BACKGROUND } from '../../lib/colour';
import { colourName, PALETTE } from './palette-colours';

// Read through the compiler's file access, as the renderer's code may not import Node.
const tokens = ts.sys.readFile(decodeURIComponent(new URL('../../styles/tokens.css', import.meta.url).pathname)) ?? '';

/** The reading background (--paper) of each scheme, read from the stylesheet the workspace uses. */
function paper(scheme: 'light' | 'dark'): string {
  const dark = tokens.indexOf('prefers-color-scheme: dark');
  const block = scheme === 'light' ? tokens.slice(0, dark) : tokens.slice(dark);
  const match = /--paper:\s*(#[0-9a-f]{6})/i.exec(block);
  if (!match) throw new Error(`no --paper in the ${scheme} tokens`);
  return match[1]!.toUpperCase();
}

/** Themes coloured before the palette was checked for contrast: Okabe–Ito's eight. */
const OLD_DEFAULTS = ['#D55E00', '#0072B2', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442', '#000000'];

describe('the theme palette', () => {
  it('knows the reading backgrounds the stylesheet sets', () => {
    expect(READING_BACKGROUND).toEqual({ light: paper('light'), dark: paper('dark') });
  });

  it('offers at least twenty distinct colours, each with a name', () => {
    expect(PALETTE.length).toBeGreaterThanOrEqual(20);
    expect(new Set(PALETTE.map((c) => c.hex.toUpperCase())).size).toBe(PALETTE.length);
    expect(new Set(PALETTE.map((c) => c.name)).size).toBe(PALETTE.length);
    expect(colourName('#0072b2')).toBe('Blue');
    expect(colourName('#123456')).toBe('#123456');
  });

  it.each(PALETTE.map((c) => [c.name, c.hex]))('keeps %s (%s) at 3:1 or more on both the light and the dark page', (_name, hex) => {
    expect(contrastRatio(hex, paper('light'))).toBeGreaterThanOrEqual(MARK_CONTRAST);
    expect(contrastRatio(hex, paper('dark'))).toBeGreaterThanOrEqual(MARK_CONTRAST);
  });
});

describe('a theme colour as shown', () => {
  it('leaves a colour that already stands out unchanged', () => {
    for (const { hex } of PALETTE) {
      expect(legibleOn(hex, READING_BACKGROUND.light)).toBe(hex);
      expect(legibleOn(hex, READING_BACKGROUND.dark)).toBe(hex);
    }
  });

  it('darkens yellow on the light page and lightens black on the dark one until each reaches 3:1', () => {
    const yellow = legibleOn('#F0E442', READING_BACKGROUND.light);
    const black = legibleOn('#000000', READING_BACKGROUND.dark);
    expect(contrastRatio('#F0E442', READING_BACKGROUND.light)).toBeLessThan(MARK_CONTRAST);
    expect(contrastRatio(yellow, READING_BACKGROUND.light)).toBeGreaterThanOrEqual(MARK_CONTRAST);
    expect(contrastRatio(black, READING_BACKGROUND.dark)).toBeGreaterThanOrEqual(MARK_CONTRAST);
    expect(black).not.toBe('#FFFFFF');
  });

  it.each(OLD_DEFAULTS)('shows an old default, %s, legibly on both pages', (hex) => {
    for (const background of Object.values(READING_BACKGROUND)) {
      expect(contrastRatio(legibleOn(hex, background), background)).toBeGreaterThanOrEqual(MARK_CONTRAST);
    }
  });
});
