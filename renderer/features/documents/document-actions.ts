/** Bringing documents in, taking them out, and switching notebooks. */
import type { DocumentSummary } from '../../../electron/contract';
import type { Workspace } from '../../app/workspace';
import { showMessage } from '../../lib/messages';
import { call, request } from '../../lib/themata';

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
    const info = await request('notebook:open', {});
    if (info) await this.workspace.reload();
  }

  /** The system asked to open a notebook: the note being written here is saved here first. */
  async acceptOpenRequest(notebookPath: string): Promise<void> {
    await this.workspace.notes.flush();
    const info = await request('notebook:accept-open', { path: notebookPath });
    if (info) await this.workspace.reload();
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
