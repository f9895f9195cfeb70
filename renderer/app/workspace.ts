/**
 * The workspace, composed: one notebook session, each feature's actions
 * given the others they need, and what spans features (starting over on a
 * notebook, repainting after a change). Features own their actions; this
 * only wires them, and is what the command table, the keyboard map and the
 * layout dispatch to.
 */
import { BackupActions } from '../features/backups/backup-actions';
import { CodebookActions } from '../features/codebook/codebook-actions';
import { DetailsActions } from '../features/details/details-actions';
import { MemoActions } from '../features/memos/memo-actions';
import { DocumentActions } from '../features/documents/document-actions';
import { ExportActions } from '../features/export/export-actions';
import { FilterActions } from '../features/filter/filter-actions';
import { HistoryActions } from '../features/history/history-actions';
import { NoteActions } from '../features/notes/note-actions';
import { OverviewActions } from '../features/overview/overview-actions';
import { ReaderActions } from '../features/reader/reader-actions';
import { SelectionActions } from '../features/reader/selection-actions';
import { SearchActions } from '../features/search/search-actions';
import { TagActions } from '../features/themes/tag-actions';
import { NotebookSession } from '../state/notebook-session';
import { WorkspaceNavigation } from './navigation';

export class Workspace {
  readonly session = new NotebookSession({
    afterCounts: () => this.afterCounts(),
    everything: () => this.refreshAll(),
  });
  readonly state = this.session.state;
  readonly selection = new SelectionActions(this.session);
  readonly notes = new NoteActions(this.session, this.selection);
  readonly memos = new MemoActions(this.session);
  readonly details = new DetailsActions(this.session);
  /** Everything saved after a pause in typing: notes, memos, details. */
  private readonly typing = {
    flush: async (): Promise<void> => {
      await Promise.all([this.notes.flush(), this.memos.flush(), this.details.flush()]);
    },
  };
  readonly filter = new FilterActions(this.session, this.selection);
  readonly reader = new ReaderActions(this.session, this.selection, this.notes, this.filter);
  readonly tags = new TagActions(this.session, this.selection);
  readonly search = new SearchActions(this.session, this.selection, this.reader, this.filter);
  readonly overview = new OverviewActions(this.session, this.reader, this.filter);
  readonly navigation = new WorkspaceNavigation(this.session, this.selection, this.notes, this.overview);
  readonly history = new HistoryActions(this.session, this.notes);
  readonly codebook = new CodebookActions(this.session, this.filter, this.history);
  readonly documents = new DocumentActions(this.session, this.notes, this.reader, this.navigation, this.history, () => this.reload());
  readonly exports = new ExportActions(this.session, this.typing);
  readonly backups = new BackupActions(this.session, this.typing, () => this.reload());

  /** Loads the notebook and opens its first document. */
  async start(): Promise<void> {
    if (!(await this.session.load())) return;
    const first = this.state.get().documents[0];
    if (first) await this.reader.openDocument(first.id);
    void this.overview.refreshIfShown();
  }

  /** Another notebook was opened (menu, file association, a restore): start over on it. */
  async reload(): Promise<void> {
    await this.typing.flush();
    await this.session.queue.idle();
    await this.start();
  }

  /** After undo, redo or a change from outside: everything on screen may be out of date. */
  async refreshAll(): Promise<void> {
    const counts = await this.session.readCounts();
    // Details and memos on screen read themselves again.
    this.state.set((s) => ({ ...counts, detailsRevision: s.detailsRevision + 1 }));
    await this.reader.catchUp(counts.documents);
    await this.filter.refresh();
    void this.search.rerun();
    await this.overview.refreshIfShown();
  }

  private async afterCounts(): Promise<void> {
    await this.filter.refresh();
    await this.overview.refreshIfShown();
  }
}
