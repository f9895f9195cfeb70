/**
 * Importing many files while the researcher keeps working: the import runs
 * in the app's process, this follows it (imports:progress) into a store the
 * progress view and the report read, refreshes the documents list as
 * documents arrive, and opens the report when it is over. In the browser the
 * page sends each file's bytes itself, one at a time, in the import's order.
 */
import { isProjectFile, MAX_SENT_FILE_BYTES, type ImportProgress, type MergeReport, type ProjectImport } from '../../../electron/contract';
import { dismissMessage, showMessage } from '../../lib/messages';
import { Store } from '../../lib/store';
import { call, request } from '../../lib/themata';
import { actionsContext } from '../../state/actions-context';
import type { Navigation } from '../../state/navigation';
import type { NotebookSession } from '../../state/notebook-session';
import type { ReaderActions } from '../reader/reader-actions';
import type { PickedFile } from './dropped-files';
import { pickInPage } from './file-picker';
import { applyProgress, countsOf, sendingBatches, firstImported, summaryOf, titleOf, viewOf, type ImportView } from './import-progress';

/** The documents list catches up with an import at most this often. */
const LIST_REFRESH_MS = 1000;

export interface ImportState {
  /** The import under way, or the last one (its report); null before any. */
  view: ImportView | null;
  /** The progress view is folded to its one line. */
  folded: boolean;
}

export class ImportActions {
  readonly store = new Store<ImportState>({ view: null, folded: false });
  private following: string | null = null;

  constructor(
    private readonly session: NotebookSession,
    private readonly reader: ReaderActions,
    private readonly navigation: Navigation,
  ) {}

  /** Whether an import is under way: a second one waits for it. */
  get running(): boolean {
    return this.store.get().view?.status === 'running';
  }

  /** Several text files, or a folder: in the system's dialog on the desktop, in the browser's own chooser in the browser. */
  async choose(kind: 'files' | 'folder'): Promise<void> {
    if (this.refused()) return;
    if (__THEMATA_WEB__) {
      await this.send(await pickInPage(kind));
      return;
    }
    const started = await request('imports:choose', { kind });
    if (started) this.follow(started);
  }

  /** A REFI-QDA project or codebook from another tool: in the system's dialog on the desktop, the browser's chooser in the browser. */
  async chooseProject(): Promise<void> {
    if (this.refused()) return;
    if (__THEMATA_WEB__) {
      const [picked] = await pickInPage('project');
      if (picked) await this.importProject(picked);
      return;
    }
    const imported = await request('projects:choose', {});
    if (imported) await this.projectImported(imported);
  }

  /** Another coder's notebook or project, merged as one step: in the system's dialog on the desktop, the browser's chooser in the browser. */
  async chooseWorkToMerge(): Promise<void> {
    if (this.refused()) return;
    if (__THEMATA_WEB__) {
      const [picked] = await pickInPage('merge');
      if (picked) await this.mergeSent(picked);
      return;
    }
    const report = await request('merge:choose', {});
    if (report) await this.merged(report);
  }

  /** Files picked in the page or dropped on the window: the notebook is sent their names, then their bytes. */
  async send(files: readonly PickedFile[]): Promise<void> {
    if (files.length === 0 || this.refused()) return;
    // A project is one step of its own, not an article among others.
    if (files.some((picked) => isProjectFile(picked.name))) {
      if (files.length === 1) await this.importProject(files[0]!);
      else showMessage('info', 'A REFI-QDA project (.qdpx) or codebook (.qdc) is imported on its own; import it apart from the articles.');
      return;
    }
    const started = await request('imports:start-sending', { files: files.map(({ name, file }) => ({ name, size: file.size })) });
    if (!started) return;
    this.follow(started);
    // Files refused by name or size are not sent.
    const waiting = started.files.filter((entry) => entry.state === 'waiting');
    for (const batch of sendingBatches(waiting.map((entry) => ({ index: entry.index, size: files[entry.index]!.file.size })))) {
      const contents: { index: number; content: string }[] = [];
      for (const index of batch) {
        const content = await base64Of(files[index]!.file);
        if (content === null) {
          showMessage('error', `Themata could not read ${files[index]!.name} from this browser; the import stops here.`);
          await call('imports:cancel', { jobId: started.jobId });
          return;
        }
        contents.push({ index, content });
      }
      const sent = await call('imports:send-files', { jobId: started.jobId, files: contents });
      if (!sent.ok || !sent.value.more) return;
    }
  }

  /** Stops after the file being read. */
  async cancel(): Promise<void> {
    const view = this.store.get().view;
    if (!view || view.status !== 'running') return;
    this.store.set({ view: { ...view, stopping: true } });
    await request('imports:cancel', { jobId: view.jobId });
  }

  /** The chosen duplicates, imported after all (a second copy, as asked). */
  async importAnyway(indexes: readonly number[]): Promise<void> {
    const view = this.store.get().view;
    if (!view || indexes.length === 0 || this.refused()) return;
    const again = await request('imports:import-anyway', { jobId: view.jobId, files: [...indexes] });
    if (!again) return;
    this.navigation.closeDialog();
    this.store.set({ view: applyProgress(view, again), folded: false });
    this.follow(again, false);
  }

  /** An import still under way when the page (re)loads: followed again, as if never left. */
  async resume(): Promise<void> {
    const current = await call('imports:current', {});
    if (current.ok && current.value?.status === 'running' && this.following === null) this.follow(current.value);
  }

  private async importProject(picked: PickedFile): Promise<void> {
    if (picked.file.size > MAX_SENT_FILE_BYTES) {
      showMessage('error', `${picked.name} is larger than the browser workspace sends (20 MB); import it with "themata import ${picked.name}".`);
      return;
    }
    const content = await base64Of(picked.file);
    if (content === null) {
      showMessage('error', `Themata could not read ${picked.name} from this browser.`);
      return;
    }
    // A large project takes a moment to read: say so, and take the line back when it is in (or refused).
    const importing = showMessage('info', `Importing ${picked.name}…`);
    const imported = await request('projects:import-sent', { name: picked.name, content });
    dismissMessage(importing);
    if (imported) await this.projectImported(imported);
  }

  private async mergeSent(picked: PickedFile): Promise<void> {
    if (picked.file.size > MAX_SENT_FILE_BYTES) {
      showMessage('error', `${picked.name} is larger than the browser workspace sends (20 MB); merge it with "themata merge ${picked.name}".`);
      return;
    }
    const content = await base64Of(picked.file);
    if (content === null) {
      showMessage('error', `Themata could not read ${picked.name} from this browser.`);
      return;
    }
    const merging = showMessage('info', `Merging ${picked.name}…`);
    const report = await request('merge:sent', { name: picked.name, content });
    dismissMessage(merging);
    if (report) await this.merged(report);
  }

  private async merged(report: MergeReport): Promise<void> {
    if (report.changed) await this.session.apply({ refresh: 'everything' });
    this.navigation.openDialog({ kind: 'merge-report', report });
  }

  /** Everything on screen may have changed: documents, themes, counts. */
  private async projectImported(imported: ProjectImport): Promise<void> {
    await this.session.apply({ refresh: 'everything' });
    this.navigation.openDialog({ kind: 'project-import', imported });
  }

  setFolded(folded: boolean): void {
    this.store.set({ folded });
  }

  /** Opens the first document the import brought in. */
  async openFirst(): Promise<void> {
    const view = this.store.get().view;
    const first = view ? firstImported(view) : null;
    this.navigation.closeDialog();
    if (first) await this.reader.openDocument(first.id);
  }

  private refused(): boolean {
    if (this.session.refuseChange()) return true;
    if (this.running) {
      showMessage('info', 'An import is under way; wait for it to finish, or cancel it, before starting another.');
      return true;
    }
    return false;
  }

  /** Asks how the import goes until it is over, keeping the documents list in step. */
  private follow(started: ImportProgress, fresh = true): void {
    if (fresh) this.store.set({ view: viewOf(started), folded: false });
    const jobId = started.jobId;
    this.following = jobId;
    void (async () => {
      let listedImported = countsOf(this.store.get().view!).imported;
      let listedAt = 0;
      for (;;) {
        const view = this.store.get().view;
        if (!view || view.jobId !== jobId || this.following !== jobId) return;
        if (view.status !== 'running') break;
        const answer = await call('imports:progress', { jobId, since: view.version });
        if (!answer.ok) {
          // The app forgot the import (another notebook was opened): nothing more to follow.
          showMessage('error', answer.error.message);
          this.store.set({ view: { ...view, status: 'failed', failure: answer.error.message } });
          break;
        }
        const next = applyProgress(view, answer.value);
        this.store.set({ view: next });
        const imported = countsOf(next).imported;
        if (imported !== listedImported && Date.now() - listedAt > LIST_REFRESH_MS) {
          listedImported = imported;
          listedAt = Date.now();
          await this.refreshDocuments();
        }
      }
      await this.refreshDocuments();
      if (this.following !== jobId) return;
      this.following = null;
      const over = this.store.get().view!;
      const counts = countsOf(over);
      const first = firstImported(over);
      // One file, imported: its document says more than a report would.
      if (over.total === 1 && counts.imported === 1 && first) {
        showMessage('success', `Imported “${first.title}”: ${first.sentenceCount.toLocaleString('en')} sentences.`);
        await this.reader.openDocument(first.id);
        return;
      }
      this.showReport();
    })();
  }

  /** The report, unless the researcher is in another dialog or writing a note: then a message offers it. */
  private showReport(): void {
    const { dialog, noteEditing } = this.session.state.get();
    const view = this.store.get().view;
    if (!view) return;
    if (dialog === null && noteEditing === null) {
      this.navigation.openDialog({ kind: 'import-report' });
      return;
    }
    showMessage(view.status === 'finished' ? 'success' : 'info', `${titleOf(view)}: ${summaryOf(view)}.`, {
      label: 'Show report',
      run: () => this.navigation.openDialog({ kind: 'import-report' }),
    });
  }

  private async refreshDocuments(): Promise<void> {
    const [documents, history] = await Promise.all([call('documents:list', {}), call('history:state', {})]);
    await this.session.apply({
      ...(documents.ok ? { documents: documents.value } : {}),
      ...(history.ok ? { history: history.value } : {}),
    });
  }
}

/** A file's bytes as base64, read by the browser itself (a data: URL), without copying them through JavaScript strings. */
function base64Of(file: Blob): Promise<string | null> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      const comma = url.indexOf(',');
      resolve(comma === -1 ? null : url.slice(comma + 1));
    };
    reader.onerror = () => resolve(null);
    reader.readAsDataURL(file);
  });
}

/** The import actions, as this feature's components reach them. */
export const [ImportsProvider, useImports] = actionsContext<ImportActions>('import actions');
