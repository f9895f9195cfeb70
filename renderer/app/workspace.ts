/**
 * The workspace, composed: one notebook session, each feature's actions
 * given the others they need, and what spans features (starting over on a
 * notebook, repainting after a change). Features own their actions; this
 * only wires them, and is what the command table, the keyboard map and the
 * layout dispatch to.
 */
import { AgreementActions } from '../features/agreement/agreement-actions';
import { BackupActions } from '../features/backups/backup-actions';
import { CodebookActions } from '../features/codebook/codebook-actions';
import { CoderActions } from '../features/coders/coder-actions';
import { DetailsActions } from '../features/details/details-actions';
import { MemoActions } from '../features/memos/memo-actions';
import { DocumentActions } from '../features/documents/document-actions';
import { ExportActions } from '../features/export/export-actions';
import { FilterActions } from '../features/filter/filter-actions';
import { MatchActions } from '../features/filter/match-actions';
import { HistoryActions } from '../features/history/history-actions';
import { ImportActions } from '../features/import/import-actions';
import { NoteActions } from '../features/notes/note-actions';
import { OverviewActions } from '../features/overview/overview-actions';
import { ReaderActions } from '../features/reader/reader-actions';
import { RetrieveActions } from '../features/retrieve/retrieve-actions';
import { ScopeActions } from '../features/scope/scope-actions';
import { SelectionActions } from '../features/reader/selection-actions';
import { SearchActions } from '../features/search/search-actions';
import { TagActions } from '../features/themes/tag-actions';
import { documentSet } from '../state/document-set';
import { NotebookSession } from '../state/notebook-session';
import { recallPlace, rememberPlace } from '../state/place-memory';
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
  readonly matches = new MatchActions(this.session, this.selection, this.reader, this.filter);
  readonly scope = new ScopeActions(this.session, () => this.scopeChanged());
  readonly tags = new TagActions(this.session, this.selection, this.scope);
  readonly search = new SearchActions(this.session, this.selection, this.reader, this.filter);
  readonly overview = new OverviewActions(this.session, this.matches, this.scope);
  readonly retrieve = new RetrieveActions(this.session, this.selection, this.reader, this.filter);
  readonly agreement = new AgreementActions(this.session, this.selection, this.reader, this.filter);
  readonly navigation = new WorkspaceNavigation(this.session, this.selection, this.notes, this.overview, this.retrieve, this.agreement);
  readonly history = new HistoryActions(this.session, this.notes);
  readonly coders = new CoderActions(this.session, this.notes, this.history);
  readonly codebook = new CodebookActions(this.session, this.filter, this.history);
  readonly documents = new DocumentActions(this.session, this.notes, this.reader, this.navigation, this.history, () => this.reload());
  readonly imports = new ImportActions(this.session, this.reader, this.navigation);
  readonly exports = new ExportActions(this.session, this.typing);
  readonly backups = new BackupActions(this.session, this.typing, () => this.reload());

  constructor() {
    // Where the researcher is, remembered per notebook; the theme panel's counts follow the open document.
    let shown: number | null = null;
    let remembered = '';
    let byDetails: { documents: unknown; filter: unknown; set: string } | null = null;
    this.state.subscribe(() => {
      const s = this.state.get();
      if (s.notebook && s.documentId !== null && s.selection) {
        const place = { documentId: s.documentId, sentence: s.selection.focus };
        const key = `${s.notebook.path}\n${place.documentId}:${place.sentence}`;
        if (key !== remembered) {
          remembered = key;
          rememberPlace(s.notebook.path, place);
        }
      }
      if (s.documentId !== shown) {
        shown = s.documentId;
        if (s.scope.kind === 'document') void this.scope.refreshThemeCounts();
      }
      // Documents picked by details change as details are edited and documents imported or removed;
      // choosing other conditions is the scope actions' own change.
      if (s.scope.kind !== 'details') byDetails = null;
      else if (byDetails?.documents !== s.documents || byDetails.filter !== s.scope.details) {
        const set = (documentSet(s) ?? []).join(',');
        const moved = byDetails !== null && byDetails.filter === s.scope.details && byDetails.set !== set;
        byDetails = { documents: s.documents, filter: s.scope.details, set };
        if (moved) void this.scopeChanged();
      }
    });
  }

  /** Loads the notebook and opens the document the researcher was in last (the first one the first time), where they were. */
  async start(): Promise<void> {
    if (!(await this.session.load())) return;
    const s = this.state.get();
    const place = s.notebook ? recallPlace(s.notebook.path) : null;
    const last = place ? s.documents.find((d) => d.id === place.documentId) : undefined;
    if (last && place) await this.reader.openDocument(last.id, { select: Math.min(place.sentence, Math.max(last.sentenceCount, 1)) });
    else if (s.documents[0]) await this.reader.openDocument(s.documents[0].id);
    void this.scope.refreshThemeCounts();
    void this.overview.refreshIfShown();
    void this.imports.resume();
  }

  /** A new scope: everything that counts or lists over it is read again. */
  private async scopeChanged(): Promise<void> {
    await Promise.all([this.filter.refresh(), this.search.rerun(), this.overview.refreshIfShown(), this.retrieve.refreshIfShown(), this.scope.refreshThemeCounts()]);
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
    // An undone mark or an imported project may change who has coded.
    void this.coders.refresh();
    await this.reader.catchUp(counts.documents);
    await this.filter.refresh();
    void this.search.rerun();
    void this.scope.refreshThemeCounts();
    await this.overview.refreshIfShown();
    await this.retrieve.refreshIfShown();
    await this.agreement.refreshIfShown();
  }

  private async afterCounts(): Promise<void> {
    await this.filter.refresh();
    void this.scope.refreshThemeCounts();
    await this.overview.refreshIfShown();
    await this.retrieve.refreshIfShown();
  }
}
