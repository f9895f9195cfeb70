import { describe, expect, it } from 'vitest';
import { formatFigure, readFigure } from './readings';

const two = { coders: 2, units: 40 };

describe('the figures as shown', () => {
  it('are a percentage with one decimal, a coefficient with three, or a dash when undefined', () => {
    expect(formatFigure('percentAgreement', 0.8526)).toBe('85.3%');
    expect(formatFigure('krippendorffsAlpha', 0.74346)).toBe('0.743');
    expect(formatFigure('cohensKappa', -0.00001)).toBe('0.000');
    expect(formatFigure('cohensKappa', null)).toBe('—');
  });
});

describe("reading Cohen's κ", () => {
  it('follows Landis & Koch, at the three decimals shown', () => {
    const label = (k: number) => readFigure('cohensKappa', k, two).label;
    expect([-0.1, 0.1, 0.2, 0.35, 0.5, 0.6, 0.6004, 0.7, 0.81, 1].map(label)).toEqual([
      'poor', 'slight', 'slight', 'fair', 'moderate', 'moderate', 'moderate', 'substantial', 'almost perfect', 'almost perfect',
    ]);
    expect(readFigure('cohensKappa', 0.75, two)).toMatchObject({ shown: '0.750', level: 'good' });
    expect(readFigure('cohensKappa', 0.45, two).level).toBe('fair');
    expect(readFigure('cohensKappa', 0.3, two).level).toBe('poor');
    expect(readFigure('cohensKappa', -0.2, two).text).toMatch(/less often than chance/);
  });

  it('explains why it is missing: more than two coders, no variation, no sentences', () => {
    expect(readFigure('cohensKappa', null, { coders: 3, units: 40 })).toMatchObject({ level: 'none', label: 'two coders only' });
    expect(readFigure('cohensKappa', null, two)).toMatchObject({ level: 'none', label: 'no variation' });
    expect(readFigure('cohensKappa', null, two).text).toMatch(/every coder judged every sentence the same way/i);
    expect(readFigure('cohensKappa', null, { coders: 2, units: 0 }).label).toBe('no sentences');
  });
});

describe("reading Krippendorff's α", () => {
  it('is reliable from 0.800, tentative from 0.667, and not reliable below', () => {
    expect(readFigure('krippendorffsAlpha', 0.8, two)).toMatchObject({ level: 'good', label: 'reliable' });
    expect(readFigure('krippendorffsAlpha', 0.7996, two)).toMatchObject({ level: 'good', label: 'reliable' });
    expect(readFigure('krippendorffsAlpha', 0.743, two)).toMatchObject({ level: 'fair', label: 'tentative' });
    expect(readFigure('krippendorffsAlpha', 0.667, two).label).toBe('tentative');
    expect(readFigure('krippendorffsAlpha', 0.6664, two)).toMatchObject({ level: 'poor', label: 'not reliable' });
    expect(readFigure('krippendorffsAlpha', null, two).text).toMatch(/no variation/);
  });
});

describe('reading percent agreement', () => {
  it('says how many sentences were judged alike and warns that it ignores chance', () => {
    const reading = readFigure('percentAgreement', 0.95, two);
    expect(reading.label).toBe('95.0% alike');
    expect(reading.text).toMatch(/chance/);
  });
});
