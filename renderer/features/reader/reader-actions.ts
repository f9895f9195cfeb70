/**
 * The open document: opening one (a page of its sentences first, then as the
 * reader scrolls), a click on a sentence, and catching up after a change
 * that may have reached any sentence.
 */
import type { DocumentSummary } from '../../../electron/contract';
import { request } from '../../lib/themata';
import { actionsContext } from '../../state/actions-context';
import type { NotebookSession } from '../../state/notebook-session';
import { single } from '../../state/selection';
import { SentenceStore } from '../../state/sentence-store';
import type { FilterActions } from '../filter/filter-actions';
import type { NoteActions } from '../notes/note-actions';
import type { SelectionActions } from './selection-actions';

export class ReaderActions {
  constructor(
    private readonly session: NotebookSession,
    private readonly selection: SelectionActions,
    private readonly notes: NoteActions,
    private readonly filter: FilterActions,
  ) {}

  async openDocument(documentId: number, options: { select?: number } = {}): Promise<void> {
    const { state } = this.session;
    const s = state.get();
    const summary = s.documents.find((d) => d.id === documentId);
    if (!summary) return;
    if (s.documentId === documentId && s.sentences) {
      if (options.select) this.selection.select(single(options.select), true);
      state.set({ view: 'reader', drawer: null });
      return;
    }
    await this.notes.flush();
    state.get().sentences?.dispose();
    const store = new SentenceStore(documentId, summary.sentenceCount, async (offset, limit) =>
      request('sentences:page', { documentId, offset, limit }, { quiet: ['not-found'] }),
    );
    const select = options.select ?? (summary.sentenceCount > 0 ? 1 : null);
    state.set({
      documentId,
      sentences: store,
      view: 'reader',
      drawer: null,
      noteEditing: null,
      filterMatches: null,
      selection: select ? single(select) : null,
      reveal: select ? this.selection.revealRequest(select, options.select !== undefined) : null,
    });
    await store.ensurePage(select ? Math.floor((select - 1) / store.pageSize) : 0);
    // A filter holds across documents: ask which of this one's sentences pass.
    await this.filter.refreshHere();
  }

  /** "Go to sentence": a filter that hides the sentence is lifted, rather than going nowhere. */
  async goToSentence(number: number): Promise<void> {
    const s = this.session.state.get();
    if (!s.sentences || number < 1 || number > s.sentences.total) return;
    if (s.filterMatches && !s.filterMatches.includes(number)) await this.filter.set(null);
    this.selection.select(single(number), true, true, 'center');
  }

  /** A click on a sentence: a note open on another sentence is left (and saved) first. */
  click(number: number, shift: boolean): void {
    const editing = this.session.state.get().noteEditing;
    if (editing !== null && editing !== number) void this.notes.leave(false);
    this.selection.click(number, shift);
  }

  /**
   * After an undo, a redo or a change from outside, with the documents as the
   * notebook lists them now (undefined when they could not be read): the open
   * document may be gone, or any of its sentences changed.
   */
  async catchUp(documents: readonly DocumentSummary[] | undefined): Promise<void> {
    const { state } = this.session;
    const open = state.get().documentId;
    if (open !== null && documents && !documents.some((d) => d.id === open)) {
      // The open document went away (an import was undone, a removal redone).
      state.get().sentences?.dispose();
      state.set({ documentId: null, sentences: null, selection: null, noteEditing: null });
      const first = documents[0];
      if (first) await this.openDocument(first.id);
    } else if (open === null && documents?.[0]) {
      await this.openDocument(documents[0].id);
    } else {
      await state.get().sentences?.refresh();
    }
  }
}

/** The reader actions, as this feature's components reach them. */
export const [ReaderProvider, useReader] = actionsContext<ReaderActions>('reader actions');
