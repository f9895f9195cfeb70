/** Bringing documents in, taking them out, and switching notebooks. */
import type { DocumentSummary, ErrorInfo } from '../../../electron/contract';
import type { Workspace } from '../../app/workspace';
import { showMessage } from '../../lib/messages';
import { call, request } from '../../lib/themata';
import { salvageOfferOf } from '../salvage/salvage-offer';

export class DocumentActions {
  constructor(private readonly workspace: Workspace) {}

  /** The system's file dialog for .txt and .md files. */
  async importFiles(): Promise<void> {
    if (this.workspace.refuseChange()) return;
    // Not counted as saving while the dialog is open.
    const imported = await this.workspace.queue.run(() => request('documents:import-files', {}));
    if (!imported || imported.length === 0) return;
    await this.afterImport(imported);
  }

  /** Pasted or dropped text. */
  async importText(title: string, text: string, sourceName: string | null): Promise<boolean> {
    if (this.workspace.refuseChange()) return false;
    const summary = await this.workspace.send(() => call('documents:import-text', { title, text, sourceName }));
    if (!summary) return false;
    await this.afterImport([summary]);
    return true;
  }

  async remove(documentId: number): Promise<void> {
    if (this.workspace.refuseChange()) return;
    const document = this.workspace.state.get().documents.find((d) => d.id === documentId);
    const result = await this.workspace.send(() => call('documents:delete', { documentId }));
    if (!result) return;
    this.workspace.state.set({ history: result.history });
    showMessage('success', `Removed “${document?.title ?? 'the document'}”.`, this.workspace.undoAction());
    await this.workspace.refreshAll();
  }

  async openNotebook(): Promise<void> {
    await this.workspace.notes.flush();
    const opened = await call('notebook:open', {});
    if (!opened.ok) this.refused(opened.error);
    else if (opened.value) await this.workspace.reload();
  }

  /** The system asked to open a notebook: the note being written here is saved here first. */
  async acceptOpenRequest(notebookPath: string): Promise<void> {
    await this.workspace.notes.flush();
    const opened = await call('notebook:accept-open', { path: notebookPath });
    if (!opened.ok) this.refused(opened.error);
    else await this.workspace.reload();
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
    await this.workspace.reload();
    this.workspace.openDialog({ kind: 'salvage-report', report: salvaged.value.report });
    return null;
  }

  /** Shows the open notebook's file in the system's file manager. */
  async revealNotebook(): Promise<void> {
    const notebook = this.workspace.state.get().notebook;
    if (notebook) await request('shell:reveal', { path: notebook.path });
  }

  async createNotebook(): Promise<void> {
    await this.workspace.notes.flush();
    const info = await request('notebook:create', {});
    if (info) await this.workspace.reload();
  }

  /** A notebook that did not open: a salvageable one is offered a copy, any other is explained in a message. */
  private refused(error: ErrorInfo): void {
    const offer = salvageOfferOf(error);
    if (offer) this.workspace.openDialog({ kind: 'salvage', offer });
    else showMessage('error', error.message);
  }

  private async afterImport(imported: DocumentSummary[]): Promise<void> {
    const { state } = this.workspace;
    const [documents, history] = await Promise.all([call('documents:list', {}), call('history:state', {})]);
    if (documents.ok) state.set({ documents: documents.value });
    if (history.ok) state.set({ history: history.value });
    const first = imported[0]!;
    const what = imported.length === 1 ? `“${first.title}”` : `${imported.length} documents`;
    const sentences = imported.reduce((n, d) => n + d.sentenceCount, 0);
    showMessage('success', `Imported ${what}: ${sentences.toLocaleString()} sentences.`);
    await this.workspace.openDocument(first.id);
  }
}
