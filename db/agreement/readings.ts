/**
 * What each agreement figure means, in plain words, for the command line and
 * the workspace alike (the contract re-exports this module: it stays pure,
 * with no Node and no store).
 */

export type AgreementFigure = 'percentAgreement' | 'cohensKappa' | 'krippendorffsAlpha';

/** good: fit to report; fair: with care; poor: not to be relied on; none: the figure is undefined here. */
export type ReadingLevel = 'good' | 'fair' | 'poor' | 'none';

export interface FigureReading {
  /** The figure as shown: 85.0%, 0.743, or — when undefined. */
  shown: string;
  level: ReadingLevel;
  /** A word or two for a table cell: "substantial", "tentative", "no variation". */
  label: string;
  /** One or two sentences for whoever reads the table. */
  text: string;
}

/** What a figure was computed over. */
export interface ReadingContext {
  coders: number;
  units: number;
}

export const FIGURE_NAMES: Record<AgreementFigure, string> = {
  percentAgreement: 'Percent agreement',
  cohensKappa: "Cohen's κ",
  krippendorffsAlpha: "Krippendorff's α",
};

/** A figure as the table shows it: a percentage with one decimal, a coefficient with three, — when undefined. */
export function formatFigure(figure: AgreementFigure, value: number | null): string {
  if (value === null) return '—';
  if (figure === 'percentAgreement') return `${(value * 100).toFixed(1)}%`;
  // -0.000 reads as a sign that means nothing.
  const text = value.toFixed(3);
  return text === '-0.000' ? '0.000' : text;
}

/** Landis & Koch (1977): the bands κ is commonly read by. */
const KAPPA_BANDS: readonly { below: number; label: string; level: ReadingLevel }[] = [
  { below: 0, label: 'poor', level: 'poor' },
  { below: 0.2, label: 'slight', level: 'poor' },
  { below: 0.4, label: 'fair', level: 'poor' },
  { below: 0.6, label: 'moderate', level: 'fair' },
  { below: 0.8, label: 'substantial', level: 'good' },
  { below: Infinity, label: 'almost perfect', level: 'good' },
];

const NO_VARIATION = 'Every coder judged every sentence the same way (the theme is on all of them or on none), so there is no variation to measure agreement on.';

export function readFigure(figure: AgreementFigure, value: number | null, context: ReadingContext): FigureReading {
  const shown = formatFigure(figure, value);
  if (context.units === 0) {
    return { shown, level: 'none', label: 'no sentences', text: 'There are no sentences to compare: no document is coded by every compared coder.' };
  }
  switch (figure) {
    case 'percentAgreement': {
      if (value === null) return { shown, level: 'none', label: 'no pairs', text: 'Agreement needs two coders judging the same sentences.' };
      return {
        shown,
        level: 'none',
        label: `${shown} alike`,
        text: `The coders judged ${shown} of the sentences alike. It does not allow for chance: when a theme is rare, most sentences agree by its absence alone, so read κ or α beside it.`,
      };
    }
    case 'cohensKappa': {
      if (context.coders > 2) return { shown, level: 'none', label: 'two coders only', text: "Cohen's κ compares two coders; read Krippendorff's α for three or more." };
      if (value === null) return { shown, level: 'none', label: 'no variation', text: `${NO_VARIATION} κ is undefined.` };
      // Compared at the three decimals shown, so 0.600 reads as the band a reader expects from it.
      const rounded = Number(value.toFixed(3));
      const band = KAPPA_BANDS.find((b) => (b.below === 0 ? rounded < 0 : rounded <= b.below))!;
      return {
        shown,
        level: band.level,
        label: band.label,
        text:
          rounded < 0
            ? `κ ${shown}: the coders agree less often than chance would have them agree; Landis & Koch call this poor.`
            : `κ ${shown}: ${band.label} agreement beyond chance, in Landis & Koch's bands (0.61–0.80 substantial, above 0.80 almost perfect).`,
      };
    }
    case 'krippendorffsAlpha': {
      if (value === null) return { shown, level: 'none', label: 'no variation', text: `${NO_VARIATION} α is undefined.` };
      const rounded = Number(value.toFixed(3));
      if (rounded >= 0.8) return { shown, level: 'good', label: 'reliable', text: `α ${shown}: reliable; Krippendorff accepts α ≥ 0.800 for drawing conclusions from the coding.` };
      if (rounded >= 0.667) {
        return { shown, level: 'fair', label: 'tentative', text: `α ${shown}: good enough for tentative conclusions only (Krippendorff: 0.667 ≤ α < 0.800).` };
      }
      return { shown, level: 'poor', label: 'not reliable', text: `α ${shown}: not reliable; Krippendorff advises against drawing conclusions below 0.667.` };
    }
  }
}
