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
  /** Each coder's mark, when chips say whose each tag is; null when every tag shown is the coder's own. */
  coderMarks: ReadonlyMap<string, string> | null;
}

/** Each theme's dash in a sentence's mark, and the gap after it, in pixels. */
const DASH = 14;
const GAP = 2;

/**
 * The mark under a tagged sentence: one theme's colour as a solid line; with
 * several themes, a dash of each colour in codebook order, repeated along every
 * line of the sentence, so each theme shows wherever the sentence wraps.
 */
export function themeMarks(colours: readonly string[]): string {
  if (colours.length === 1) return `linear-gradient(${colours[0]}, ${colours[0]})`;
  const stops = colours.map((colour, i) => {
    const start = i * (DASH + GAP);
    return `${colour} ${start}px ${start + DASH}px, transparent ${start + DASH}px ${start + DASH + GAP}px`;
  });
  return `repeating-linear-gradient(90deg, ${stops.join(', ')})`;
}

/**
 * One sentence inside its paragraph: a focusable span (boundaries show on
 * hover and focus), marked underneath in its themes' colours, followed by a
 * chip per theme that names it.
 */
export const SentenceSpan = memo(function SentenceSpan({ sentence, selected, current, themesById, highlights, coderMarks }: SentenceSpanProps) {
  const themes = sentence.themeIds.map((id) => themesById.get(id)).filter((t): t is Theme => t !== undefined);
  themes.sort((a, b) => a.order - b.order);
  const first = themes[0];
  const classes = ['sentence'];
  if (first) classes.push('tagged');
  if (selected) classes.push('selected');
  if (current) classes.push('current');
  const style = first ? ({ '--theme-marks': themeMarks(themes.map((t) => t.colour)) } as CSSProperties) : undefined;
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
            <ThemeChip key={theme.id} theme={theme} coders={coderMarks ? holders(sentence, theme.id, coderMarks) : undefined} />
          ))}
        </span>
      ) : null}{' '}
    </>
  );
});

/** The coders holding a theme on a sentence, each with their mark. */
function holders(sentence: Sentence, themeId: number, marks: ReadonlyMap<string, string>): { name: string; mark: string }[] {
  return sentence.tags.filter((t) => t.themeId === themeId).map((t) => ({ name: t.coder, mark: marks.get(t.coder) ?? t.coder }));
}
