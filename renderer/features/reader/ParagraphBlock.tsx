import { Fragment, memo } from 'react';
import type { Theme } from '../../../electron/contract';
import { NoteEditor } from '../notes/NoteEditor';
import { NoteView } from '../notes/NoteView';
import { OtherNotes } from '../notes/OtherNotes';
import type { ReaderBlock } from './reader-blocks';
import type { SentenceStore } from '../../state/sentence-store';
import { SentenceSpan } from './SentenceSpan';

interface ParagraphBlockProps {
  block: ReaderBlock;
  store: SentenceStore;
  /** The store's data version: a changed sentence re-renders its row. */
  dataVersion: number;
  selectionLow: number;
  selectionHigh: number;
  currentNumber: number;
  noteEditing: number | null;
  themesById: ReadonlyMap<number, Theme>;
  highlights: ReadonlyMap<number, readonly (readonly [number, number])[]>;
  filtered: boolean;
  /** Each coder's mark, when the view shows other coders' tags (see SentenceSpan). */
  coderMarks: ReadonlyMap<string, string> | null;
  /** Absent in a read-only notebook: notes are shown, not opened for editing. */
  onEditNote: ((number: number) => void) | undefined;
}

/** One paragraph (or a chunk of a long one): sentences flow as text, notes sit under theirs. */
export const ParagraphBlock = memo(function ParagraphBlock(props: ParagraphBlockProps) {
  const { block, store, selectionLow, selectionHigh, currentNumber, noteEditing, themesById, highlights, filtered } = props;
  const containsSelection = block.numbers.some((n) => n >= selectionLow && n <= selectionHigh);
  const gap =
    block.hiddenBefore > 0 ? (
      <div className="hidden-gap" aria-hidden="true">
        <span>
          {block.hiddenBefore === 1 ? '1 sentence' : `${block.hiddenBefore.toLocaleString()} sentences`} hidden by the filter
        </span>
      </div>
    ) : null;

  if (block.paragraph === null) {
    return (
      <>
        {gap}
        <div className="paragraph loading" aria-busy="true" aria-label="Loading sentences">
          {Array.from({ length: Math.min(block.numbers.length, 12) }, (_, i) => (
            <span key={i} className="skeleton-line" />
          ))}
        </div>
      </>
    );
  }

  const classes = ['paragraph'];
  if (block.continued) classes.push('continued');
  if (containsSelection) classes.push('has-selection');
  if (filtered) classes.push('filtered');
  let previous = 0;
  return (
    <>
      {gap}
      <div className={classes.join(' ')} data-paragraph={block.paragraph}>
        {block.numbers.map((number) => {
          const sentence = store.get(number);
          const skipped = filtered && previous > 0 && number !== previous + 1;
          previous = number;
          if (!sentence) return null;
          const editing = noteEditing === number;
          return (
            <Fragment key={number}>
              {skipped ? (
                <span className="elision" aria-hidden="true">
                  […]{' '}
                </span>
              ) : null}
              <SentenceSpan
                sentence={sentence}
                selected={number >= selectionLow && number <= selectionHigh}
                current={number === currentNumber}
                themesById={themesById}
                highlights={highlights.get(sentence.id)}
                coderMarks={props.coderMarks}
              />
              {editing ? (
                <NoteEditor sentence={sentence} />
              ) : sentence.note ? (
                <NoteView
                  note={sentence.note}
                  number={number}
                  onEdit={props.onEditNote}
                  mark={sentence.otherNotes.length > 0 ? props.coderMarks?.get(sentence.note.coder) : undefined}
                />
              ) : null}
              <OtherNotes notes={sentence.otherNotes} number={number} marks={props.coderMarks} />
            </Fragment>
          );
        })}
      </div>
    </>
  );
});
