/**
 * Moving the selection in the open document, and asking the reader to bring
 * it into view. Notes, the filter, search and dialogs move it too, so this
 * needs nothing but the session (and, to page, the reader's view).
 */
import { actionsContext } from '../../state/actions-context';
import type { NotebookSession } from '../../state/notebook-session';
import { click, edge, move, pageTarget, selectedNumbers, single, type Selection, type SentencesInView } from '../../state/selection';
import type { RevealAlign, RevealRequest } from '../../state/workspace-state';

/** What the reader shows now, as the reader itself reports it. */
export interface ReaderView {
  /** The first and last sentence in view, or null when none is drawn yet. */
  sentencesInView(): SentencesInView | null;
}

export class SelectionActions {
  private revealToken = 0;
  private view: ReaderView | null = null;

  constructor(private readonly session: NotebookSession) {}

  /** A new request for the reader to show a sentence (and focus it). */
  revealRequest(number: number, focus: boolean, align: RevealAlign = 'nearest'): RevealRequest {
    this.revealToken += 1;
    return { number, focus, align, token: this.revealToken };
  }

  select(selection: Selection | null, reveal: boolean, focus = true, align: RevealAlign = 'nearest'): void {
    if (!selection) return;
    const { state } = this.session;
    state.set({
      selection,
      reveal: reveal ? this.revealRequest(selection.focus, focus, align) : state.get().reveal,
    });
  }

  move(by: 1 | -1, extend: boolean): void {
    const s = this.session.state.get();
    this.select(move(s.selection, by, extend, s.sentences?.total ?? 0, s.filterMatches), true);
  }

  selectEdge(to: 'first' | 'last'): void {
    const s = this.session.state.get();
    this.select(edge(to, s.sentences?.total ?? 0, s.filterMatches), true);
  }

  /** PageDown and PageUp: the sentence at the top of the next or previous page, shown there. */
  page(by: 1 | -1): void {
    const s = this.session.state.get();
    const target = pageTarget(by, this.view?.sentencesInView() ?? null, s.selection?.focus ?? null, s.sentences?.total ?? 0, s.filterMatches);
    if (target !== null) this.select(single(target), true, true, 'start');
  }

  /** The reader says what it shows while it is on screen; the returned function forgets it. */
  attachView(view: ReaderView): () => void {
    this.view = view;
    return () => {
      if (this.view === view) this.view = null;
    };
  }

  /** A click on a sentence, Shift extending the selection; the reader leaves a note first. */
  click(number: number, shift: boolean): void {
    this.select(click(this.session.state.get().selection, number, shift), false);
  }

  /** The selected sentence numbers a command applies to (only those the filter shows). */
  numbers(): number[] {
    const s = this.session.state.get();
    return s.selection ? selectedNumbers(s.selection, s.filterMatches) : [];
  }
}

/** The selection actions, as this feature's components reach them. */
export const [SelectionProvider, useSelection] = actionsContext<SelectionActions>('selection actions');
