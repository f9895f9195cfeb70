/**
 * Which sentence a note goes to when several are selected, said in words: a
 * note belongs to one sentence, the focused one (where the selection was
 * extended to, and where `n` opens the editor), and the editor says so rather
 * than choose silently. Tags still go to every selected sentence.
 */
import { type Selection, selectedNumbers } from '../../state/selection';

export interface NoteScope {
  /** The sentence the note is on. */
  number: number;
  /** How many sentences are selected (only those the filter shows). */
  selected: number;
}

/** Null when the selection is that one sentence (or does not hold it): nothing to explain. */
export function noteScope(selection: Selection | null, number: number, visible: readonly number[] | null): NoteScope | null {
  if (!selection || selection.anchor === selection.focus) return null;
  const numbers = selectedNumbers(selection, visible);
  if (numbers.length < 2 || !numbers.includes(number)) return null;
  return { number, selected: numbers.length };
}

/** "This note is on sentence 7 only, the focused one of the 4 selected." */
export function describeNoteScope(scope: NoteScope): string {
  return `This note is on sentence ${scope.number} only, the focused one of the ${scope.selected} selected. A note belongs to one sentence; themes go to all ${scope.selected}.`;
}
