/** Bringing documents in, taking them out, and switching notebooks. */
import type { DocumentSummary, ErrorInfo } from '../../../electron/contract';
import { showMessage } from '../../lib/messages';
import { call, request } from '../../lib/themata';
import { actionsContext } from '../../state/actions-context';
import type { Navigation } from '../../state/navigation';
import type { NotebookSession } from '../../state/notebook-session';
import type { HistoryActions } from '../history/history-actions';
import type { NoteActions } from '../notes/note-actions';
import type { ReaderActions } from '../reader/reader-actions';
import { salvageOfferOf } from '../salvage/salvage-offer';

export class DocumentActions {
  /** @param reload starts the workspace over on the notebook the main process has open now */
  constructor(
    private readonly session: NotebookSession,
    private readonly notes: NoteActions,
    private readonly reader: ReaderActions,
    private readonly navigation: Navigation,
    private readonly history: HistoryActions,
    private readonly reload: () => Promise<void>,
  ) {}

  /** Pasted text. */
  async importText(title: string, text: string, sourceName: string | null): Promise<boolean> {
    if (this.session.refuseChange()) return false;
    const summary = await this.session.send(() => call('documents:import-text', { title, text, sourceName }));
    if (!summary) return false;
    await this.afterImport([summary]);
    return true;
  }

  async remove(documentId: number): Promise<void> {
    if (this.session.refuseChange()) return;
    const document = this.session.state.get().documents.find((d) => d.id === documentId);
    const result = await this.session.send(() => call('documents:delete', { documentId }));
    if (!result) return;
    showMessage('success', `Removed “${document?.title ?? 'the document'}”.`, this.history.undoAction());
    await this.session.apply({ history: result.history, refresh: 'everything' });
  }

  async openNotebook(): Promise<void> {
    await this.notes.flush();
    const opened = await call('notebook:open', {});
    if (!opened.ok) this.refused(opened.error);
    else if (opened.value) await this.reload();
  }

  /** The system asked to open a notebook: the note being written here is saved here first. */
  async acceptOpenRequest(notebookPath: string): Promise<void> {
    await this.notes.flush();
    const opened = await call('notebook:accept-open', { path: notebookPath });
    if (!opened.ok) this.refused(opened.error);
    else await this.reload();
  }

  /**
   * Copies what Themata understands from a notebook it refused into a new one
   * (the save dialog names it), then opens it and shows what was copied.
   * Resolves to the failure's sentence, or null (done, or the dialog cancelled).
   */
  async salvage(notebookPath: string): Promise<string | null> {
    const salvaged = await call('notebook:salvage', { path: notebookPath });
    if (!salvaged.ok) return salvaged.error.message;
    if (salvaged.value === null) return null;
    await this.reload();
    this.navigation.openDialog({ kind: 'salvage-report', report: salvaged.value.report });
    return null;
  }

  /** Shows the open notebook's file in the system's file manager. */
  async revealNotebook(): Promise<void> {
    const notebook = this.session.state.get().notebook;
    if (notebook) await request('shell:reveal', { path: notebook.path });
  }

  async createNotebook(): Promise<void> {
    await this.notes.flush();
    const info = await request('notebook:create', {});
    if (info) await this.reload();
  }

  /** A notebook that did not open: a salvageable one is offered a copy, any other is explained in a message. */
  private refused(error: ErrorInfo): void {
    const offer = salvageOfferOf(error);
    if (offer) this.navigation.openDialog({ kind: 'salvage', offer });
    else showMessage('error', error.message);
  }

  private async afterImport(imported: DocumentSummary[]): Promise<void> {
    // The import's answer names the new documents, not the list with them or the undo labels: read those.
    const [documents, history] = await Promise.all([call('documents:list', {}), call('history:state', {})]);
    await this.session.apply({
      ...(documents.ok ? { documents: documents.value } : {}),
      ...(history.ok ? { history: history.value } : {}),
    });
    const first = imported[0]!;
    const what = imported.length === 1 ? `“${first.title}”` : `${imported.length} documents`;
    const sentences = imported.reduce((n, d) => n + d.sentenceCount, 0);
    showMessage('success', `Imported ${what}: ${sentences.toLocaleString()} sentences.`);
    await this.reader.openDocument(first.id);
  }
}

/** The document actions, as this feature's components reach them. */
export const [DocumentsProvider, useDocuments] = actionsContext<DocumentActions>('document actions');
