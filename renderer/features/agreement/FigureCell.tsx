import { readFigure, type AgreementFigure, type ReadingContext } from '../../../electron/contract';

/**
 * One agreement figure as shown: the number, and its reading in a word or two
 * under it (its level marked by a shape as well as a colour); the full
 * reading on hover, and read out with the overall figures (large).
 */
export function FigureCell({ figure, value, context, large = false }: { figure: AgreementFigure; value: number | null; context: ReadingContext; large?: boolean }) {
  const reading = readFigure(figure, value, context);
  return (
    <span className={large ? 'figure-reading large' : 'figure-reading'} title={reading.text}>
      <span className="figure-value">{reading.shown}</span>
      <span className={`figure-label level-${reading.level}`}>
        <span className="level-mark" aria-hidden="true" />
        {reading.label}
        {large ? <span className="visually-hidden">. {reading.text}</span> : null}
      </span>
    </span>
  );
}
