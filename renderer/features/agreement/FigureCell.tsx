import { readFigure, type AgreementFigure, type ReadingContext } from '../../../electron/contract';

/**
 * One agreement figure as shown: the number, and its reading in a word or two
 * under it (its level marked by a shape as well as a colour); the full
 * reading on hover, and read out with the overall figures (large). Percent
 * agreement has no level to read: its words would only repeat the number.
 */
export function FigureCell({ figure, value, context, large = false }: { figure: AgreementFigure; value: number | null; context: ReadingContext; large?: boolean }) {
  const reading = readFigure(figure, value, context);
  const plain = figure === 'percentAgreement' && value !== null && reading.level === 'none';
  const label = plain ? (large ? 'judged alike' : null) : reading.label;
  return (
    <span className={large ? 'figure-reading large' : 'figure-reading'} title={reading.text}>
      <span className="figure-value">{reading.shown}</span>
      {label ? (
        <span className={`figure-label level-${reading.level}`}>
          {reading.level === 'none' ? null : <span className="level-mark" aria-hidden="true" />}
          {label}
        </span>
      ) : null}
      {large ? <span className="visually-hidden">. {reading.text}</span> : null}
    </span>
  );
}
