import { describe, expect, it } from 'vitest';
import { contrastRatio, hexToRgb, readableTextOn, relativeLuminance } from './colour';

const okabeIto = ['#D55E00', '#0072B2', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442', '#000000'];

describe('colour contrast', () => {
  it('matches the WCAG figures for black and white', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#FFFFFF')).toBeCloseTo(1);
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21);
  });

  it('picks text that meets AA (4.5:1) on every Okabe–Ito colour', () => {
    for (const colour of okabeIto) {
      expect(contrastRatio(colour, readableTextOn(colour))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('reads hex colours either case, and a malformed one as grey', () => {
    expect(hexToRgb('#0072b2')).toEqual({ r: 0, g: 114, b: 178 });
    expect(hexToRgb('#0072B2')).toEqual({ r: 0, g: 114, b: 178 });
    expect(hexToRgb('blue')).toEqual({ r: 136, g: 136, b: 136 });
  });
});
