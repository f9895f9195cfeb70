/**
 * Who is coding, whose tags the reader shows, and documents marked as coded.
 * A change of coder or view reads the open document's sentences again: "my"
 * tags and note, and the tags in view, are no longer the ones on screen.
 */
import type { TagView } from '../../../electron/contract';
import { showMessage } from '../../lib/messages';
import { call } from '../../lib/themata';
import { actionsContext } from '../../state/actions-context';
import type { NotebookSession } from '../../state/notebook-session';
import type { HistoryActions } from '../history/history-actions';
import type { NoteActions } from '../notes/note-actions';
import { possessive } from './coder-view';

export class CoderActions {
  constructor(
    private readonly session: NotebookSession,
    private readonly notes: NoteActions,
    private readonly history: HistoryActions,
  ) {}

  /** The coders as the notebook knows them now (after an undo, an import, a merge). */
  async refresh(): Promise<void> {
    const result = await call('coders:list', {});
    if (result.ok) this.session.state.set({ coders: result.value });
  }

  async setView(view: TagView): Promise<void> {
    // A note being typed is the coder's own, whatever the view: it lands first.
    await this.notes.flush();
    const coders = await this.session.send(() => call('coders:set-view', { view }));
    if (!coders) return;
    this.session.state.set({ coders });
    await this.session.state.get().sentences?.refresh();
  }

  /** Who is coding from now on; a refused name comes back to be shown where it was typed. */
  async setCurrent(name: string): Promise<{ refusal: string } | null> {
    if (!name.trim()) return { refusal: 'A coder needs a name.' };
    await this.notes.flush();
    const result = await this.session.attempt(() => call('coders:set-current', { name }), ['invalid-input']);
    if (!result.ok) return result.error.code === 'invalid-input' ? { refusal: result.error.message } : null;
    this.session.state.set({ notebook: result.value.notebook, coders: result.value.coders });
    await this.session.state.get().sentences?.refresh();
    showMessage('success', `You are coding as ${result.value.notebook.coder}: keys and notes change ${possessive(result.value.notebook.coder)} tags and notes.`);
    return null;
  }

  /** Marks the document as coded by the coder, or takes the mark back; one step that undo takes back. */
  async toggleCoded(documentId: number): Promise<void> {
    if (this.session.refuseChange()) return;
    const { documents, notebook } = this.session.state.get();
    const document = documents.find((d) => d.id === documentId);
    if (!document || !notebook) return;
    const coded = !document.codedBy.includes(notebook.coder);
    const result = await this.session.send(() => call('documents:mark-coded', { documentId, coded }));
    if (!result) return;
    const changed = result.document;
    this.session.state.set((s) => ({ documents: s.documents.map((d) => (d.id === changed.id ? changed : d)) }));
    await this.session.apply({ history: result.history });
    showMessage('success', coded ? `Marked “${changed.title}” as coded by you.` : `“${changed.title}” is no longer marked as coded by you.`, this.history.undoAction());
    // The first mark may bring the coder into the notebook's list.
    if (coded) await this.refresh();
  }
}

/** The coders' actions, as this feature's components reach them. */
export const [CodersProvider, useCoders] = actionsContext<CoderActions>('coders’ actions');
