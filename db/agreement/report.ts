/** The agreement report: the three figures per theme, then over the whole codebook, pooled and as a mean. */
import type { AgreementFigures, AgreementReport, ThemeAgreement } from './domain';
import type { Judgements } from './judgements';
import { tallyCohensKappa, tallyKrippendorffsAlpha, tallyPercentAgreement, type Tally } from './reliability';

export interface ReportTheme {
  id: number;
  name: string;
  depth: number;
}

/** The figures over one table, tallied; κ only for two coders, where it is defined at all. */
export function figures(tally: Tally, coders: number): AgreementFigures {
  return {
    units: tally.reduce((sum, row) => sum + row.count, 0),
    percentAgreement: tallyPercentAgreement(tally),
    cohensKappa: coders === 2 ? tallyCohensKappa(tally) : null,
    krippendorffsAlpha: tallyKrippendorffsAlpha(tally),
  };
}

/** The mean of the defined values; null when none is. */
function meanOf(values: readonly (number | null)[]): number | null {
  const defined = values.filter((v): v is number => v !== null);
  return defined.length === 0 ? null : defined.reduce((sum, v) => sum + v, 0) / defined.length;
}

export function agreementReport(judgements: Judgements, themes: readonly ReportTheme[], documents: number, all: boolean): AgreementReport {
  const coders = judgements.coders.length;
  const perTheme: ThemeAgreement[] = themes.map((theme) => ({
    themeId: theme.id,
    name: theme.name,
    depth: theme.depth,
    ...figures(judgements.tally(theme.id), coders),
    disagreements: judgements.disagreeing(theme.id).length,
    tagged: judgements.taggedCounts(theme.id),
  }));
  return {
    coders: [...judgements.coders],
    documents,
    sentences: judgements.units.length,
    all,
    themes: perTheme,
    overall: {
      ...figures(judgements.pooledTally(), coders),
      mean: {
        percentAgreement: meanOf(perTheme.map((t) => t.percentAgreement)),
        cohensKappa: meanOf(perTheme.map((t) => t.cohensKappa)),
        krippendorffsAlpha: meanOf(perTheme.map((t) => t.krippendorffsAlpha)),
      },
    },
  };
}
