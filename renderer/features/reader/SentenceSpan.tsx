import { memo, type CSSProperties } from 'react';
import type { Sentence, Theme } from '../../../electron/contract';
import { highlightRuns } from '../search/highlight';
import { ThemeChip } from '../themes/ThemeChip';

interface SentenceSpanProps {
  sentence: Sentence;
  selected: boolean;
  /** The selection's focus end: the one keyboard focus goes to. */
  current: boolean;
  /** Changes identity only when a theme's look changes, not its counts. */
  themesById: ReadonlyMap<number, Theme>;
  highlights: readonly (readonly [number, number])[] | undefined;
}

/**
 * One sentence inside its paragraph: a focusable span (boundaries show on
 * hover and focus), underlined in its first theme's colour, followed by a
 * chip per theme.
 */
export const SentenceSpan = memo(function SentenceSpan({ sentence, selected, current, themesById, highlights }: SentenceSpanProps) {
  const themes = sentence.themeIds.map((id) => themesById.get(id)).filter((t): t is Theme => t !== undefined);
  themes.sort((a, b) => a.order - b.order);
  const first = themes[0];
  const classes = ['sentence'];
  if (first) classes.push('tagged');
  if (selected) classes.push('selected');
  if (current) classes.push('current');
  const style = first ? ({ '--theme-colour': first.colour } as CSSProperties) : undefined;
  return (
    <>
      <span
        className={classes.join(' ')}
        style={style}
        data-sentence-number={sentence.number}
        data-sentence-id={sentence.id}
        tabIndex={current ? 0 : -1}
        aria-current={current ? 'true' : undefined}
      >
        {highlights && highlights.length > 0
          ? highlightRuns(sentence.text, highlights).map((run, i) =>
              run.highlighted ? <mark key={i}>{run.text}</mark> : <span key={i}>{run.text}</span>,
            )
          : sentence.text}
      </span>
      {themes.length > 0 ? (
        <span className="sentence-chips" role="list" aria-label={`Themes of sentence ${sentence.number}`}>
          {themes.map((theme) => (
            <ThemeChip key={theme.id} theme={theme} />
          ))}
        </span>
      ) : null}{' '}
    </>
  );
});
