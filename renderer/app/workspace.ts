/**
 * The workspace: what the screen shows, and the actions at the heart of
 * coding (opening a document, selecting, tagging, notes, undo). Every action
 * becomes one contract call, shown on screen first where that is safe (tags,
 * notes) and then reconciled with what the notebook says. The actions of each
 * feature (codebook, documents, filter, search, export) live beside that
 * feature and are reached as workspace.codebook, workspace.filter and so on.
 */
import type { HistoryState } from '../../electron/contract';
import { BackupActions } from '../features/backups/backup-actions';
import { CodebookActions } from '../features/codebook/codebook-actions';
import { DocumentActions } from '../features/documents/document-actions';
import { ExportActions } from '../features/export/export-actions';
import { FilterActions } from '../features/filter/filter-actions';
import { NoteAutosave } from '../features/notes/note-autosave';
import { toggleTheme } from '../features/reader/optimistic-tags';
import { SearchActions } from '../features/search/search-actions';
import { themeInSlot } from '../features/themes/theme-search';
import { dismissMessages, showMessage, type MessageAction } from '../lib/messages';
import { SerialQueue } from '../lib/serial-queue';
import { Store } from '../lib/store';
import { call, request } from '../lib/themata';
import { dialogChangesNotebook, READ_ONLY_MESSAGE } from '../state/read-only';
import { click, edge, move, selectedNumbers, single, type Selection } from '../state/selection';
import { SentenceStore } from '../state/sentence-store';
import { initialState, type Dialog, type SaveState, type View, type WorkspaceState } from '../state/workspace-state';

type Sent<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

export class Workspace {
  readonly state = new Store<WorkspaceState>(initialState);
  readonly notes: NoteAutosave;
  /** Changes to the notebook, one after another in the order they were made. */
  readonly queue = new SerialQueue();
  readonly codebook = new CodebookActions(this);
  readonly documents = new DocumentActions(this);
  readonly filter = new FilterActions(this);
  readonly search = new SearchActions(this);
  readonly exports = new ExportActions(this);
  readonly backups = new BackupActions(this);
  /** Changes sent and not yet answered, for the status bar's saved state. */
  private inFlight = 0;
  private failedChange = false;
  /** Bumped by every change, so a slower refresh never overwrites a newer optimistic count. */
  private changeCount = 0;
  private generation = 0;
  private revealToken = 0;
  private refreshTimer: ReturnType<typeof setTimeout> | null = null;
  /** Pages of the open document that the reader shows now; refreshed first after an undo. */
  pagesInView: readonly number[] = [0];

  constructor() {
    this.notes = new NoteAutosave({
      delayMs: 500,
      save: (sentenceId, body) => this.saveNote(sentenceId, body),
      onStateChange: () => this.updateSaveState(),
    });
  }

  private get s(): WorkspaceState {
    return this.state.get();
  }

  /** The notebook can only be read: its file or folder cannot be written. */
  get readOnly(): boolean {
    return this.s.notebook?.readOnly === true;
  }

  /** True, after saying why, when a change would reach a read-only notebook. */
  refuseChange(): boolean {
    if (!this.readOnly) return false;
    showMessage('info', READ_ONLY_MESSAGE);
    return true;
  }

  // ——— Loading ———

  /** Loads the notebook and opens its first document. */
  async start(): Promise<void> {
    const generation = ++this.generation;
    this.state.set({ phase: 'loading', failure: null });
    const [info, documents, themes, history] = await Promise.all([
      call('notebook:info', {}),
      call('documents:list', {}),
      call('themes:list', {}),
      call('history:state', {}),
    ]);
    if (generation !== this.generation) return;
    if (!info.ok || !documents.ok || !themes.ok || !history.ok) {
      const error = [info, documents, themes, history].find((r) => !r.ok);
      this.state.set({
        phase: 'failed',
        failure: error && !error.ok ? error.error.message : 'Themata could not open the notebook.',
      });
      return;
    }
    this.s.sentences?.dispose();
    this.state.set({
      phase: 'ready',
      notebook: info.value,
      documents: documents.value,
      themes: themes.value,
      history: history.value,
      documentId: null,
      sentences: null,
      selection: null,
      noteEditing: null,
      filter: null,
      filterMatches: null,
      search: { query: '', hits: [], status: 'idle' },
      stats: null,
      dialog: null,
    });
    const first = documents.value[0];
    if (first) await this.openDocument(first.id);
    if (this.s.view === 'overview') void this.loadStats();
  }

  /** Another notebook was opened (menu, file association): start over on it. */
  async reload(): Promise<void> {
    await this.notes.flush();
    await this.queue.idle();
    await this.start();
  }

  async openDocument(documentId: number, options: { select?: number } = {}): Promise<void> {
    const summary = this.s.documents.find((d) => d.id === documentId);
    if (!summary) return;
    if (this.s.documentId === documentId && this.s.sentences) {
      if (options.select) this.select(single(options.select), true);
      this.state.set({ view: 'reader', drawer: null });
      return;
    }
    await this.notes.flush();
    this.s.sentences?.dispose();
    const store = new SentenceStore(documentId, summary.sentenceCount, async (offset, limit) =>
      request('sentences:page', { documentId, offset, limit }, { quiet: ['not-found'] }),
    );
    const select = options.select ?? (summary.sentenceCount > 0 ? 1 : null);
    this.pagesInView = [0];
    this.state.set({
      documentId,
      sentences: store,
      view: 'reader',
      drawer: null,
      noteEditing: null,
      filterMatches: null,
      selection: select ? single(select) : null,
      reveal: select ? this.revealRequest(select, options.select !== undefined) : null,
    });
    await store.ensurePage(select ? Math.floor((select - 1) / store.pageSize) : 0);
    await this.filter.refresh();
  }

  // ——— Selection ———

  private revealRequest(number: number, focus: boolean) {
    this.revealToken += 1;
    return { number, focus, token: this.revealToken };
  }

  select(selection: Selection | null, reveal: boolean, focus = true): void {
    if (!selection) return;
    this.state.set({
      selection,
      reveal: reveal ? this.revealRequest(selection.focus, focus) : this.s.reveal,
    });
  }

  moveSelection(by: 1 | -1, extend: boolean): void {
    const total = this.s.sentences?.total ?? 0;
    this.select(move(this.s.selection, by, extend, total, this.s.filterMatches), true);
  }

  selectEdge(to: 'first' | 'last'): void {
    this.select(edge(to, this.s.sentences?.total ?? 0, this.s.filterMatches), true);
  }

  clickSentence(number: number, shift: boolean): void {
    if (this.s.noteEditing !== null && this.s.noteEditing !== number) void this.leaveNote(false);
    this.select(click(this.s.selection, number, shift), false);
  }

  selectedNumbers(): number[] {
    return this.s.selection ? selectedNumbers(this.s.selection, this.s.filterMatches) : [];
  }

  // ——— Tagging ———

  async toggleThemeSlot(slot: number): Promise<void> {
    if (this.refuseChange()) return;
    const theme = themeInSlot(this.s.themes, slot);
    if (!theme) {
      showMessage('info', `No theme has key ${slot}; give one that key in the codebook.`);
      return;
    }
    await this.toggleTheme(theme.id);
  }

  async toggleTheme(themeId: number): Promise<void> {
    if (this.refuseChange()) return;
    const store = this.s.sentences;
    const numbers = this.selectedNumbers();
    if (!store || numbers.length === 0) {
      showMessage('info', 'Select a sentence first: click it, or move to it with j and k.');
      return;
    }
    if (numbers.length > 100_000) {
      showMessage('error', 'Select at most 100,000 sentences to tag at once.');
      return;
    }
    await store.ensureRange(numbers[0]!, numbers[numbers.length - 1]!);
    const before = numbers.map((n) => store.get(n)).filter((s) => s !== undefined);
    if (before.length !== numbers.length) {
      showMessage('error', 'Some of the selected sentences could not be loaded; try again.');
      return;
    }
    const positions = new Map(this.s.themes.map((t, i) => [t.id, i]));
    const change = toggleTheme(before, themeId, (id) => positions.get(id) ?? Number.MAX_SAFE_INTEGER);
    store.replace(change.sentences);
    this.adjustCounts(store.documentId, themeId, change.tagDelta, change.taggedDelta);
    const result = await this.send(() =>
      call('tags:toggle', { sentenceIds: before.map((s) => s.id), themeId }),
    );
    if (!result) {
      // The notebook refused: show what it holds.
      await store.refresh(this.pagesInView);
      this.scheduleRefresh(0);
      return;
    }
    this.state.set({ history: result.history });
    if (result.applied !== change.applied) await store.refresh(this.pagesInView);
    this.scheduleRefresh();
  }

  private adjustCounts(documentId: number, themeId: number, tagDelta: number, taggedDelta: number): void {
    this.state.set((s) => ({
      themes: s.themes.map((t) => (t.id === themeId ? { ...t, tagCount: Math.max(0, t.tagCount + tagDelta) } : t)),
      documents: s.documents.map((d) =>
        d.id === documentId ? { ...d, taggedCount: Math.max(0, d.taggedCount + taggedDelta) } : d,
      ),
    }));
  }

  /**
   * Sends one change to the notebook, after every change before it, and keeps
   * the saved state honest. Resolves to the value, or null (the error is shown).
   */
  async send<T>(change: () => Promise<Sent<T>>, quiet: readonly string[] = []): Promise<T | null> {
    this.changeCount += 1;
    this.inFlight += 1;
    this.updateSaveState();
    const result = await this.queue.run(change);
    this.inFlight -= 1;
    this.failedChange = !result.ok && !quiet.includes(result.error.code);
    this.updateSaveState();
    if (result.ok) return result.value;
    if (!quiet.includes(result.error.code)) showMessage('error', result.error.message);
    return null;
  }

  private updateSaveState(): void {
    const notes = this.notes.saveState;
    const saveState: SaveState =
      this.inFlight > 0 || notes === 'saving'
        ? 'saving'
        : notes === 'pending'
          ? 'pending'
          : this.failedChange || notes === 'failed'
            ? 'failed'
            : 'saved';
    this.state.set({ saveState });
  }

  /**
   * Brings counts, history and the filter in line with the notebook once the
   * burst of changes is over (one refresh for a run of key presses).
   */
  scheduleRefresh(delayMs = 250): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = null;
      void this.refreshCounts();
    }, delayMs);
  }

  private async refreshCounts(): Promise<void> {
    await this.queue.idle();
    const changesAtStart = this.changeCount;
    const [documents, themes, history] = await Promise.all([
      call('documents:list', {}),
      call('themes:list', {}),
      call('history:state', {}),
    ]);
    if (this.changeCount !== changesAtStart) return this.scheduleRefresh();
    this.state.set({
      ...(documents.ok ? { documents: documents.value } : {}),
      ...(themes.ok ? { themes: themes.value } : {}),
      ...(history.ok ? { history: history.value } : {}),
    });
    await this.filter.refresh();
    if (this.s.view === 'overview') await this.loadStats();
  }

  /** After undo, redo or a change from outside: everything on screen may be out of date. */
  async refreshAll(): Promise<void> {
    const [documents, themes, history] = await Promise.all([
      call('documents:list', {}),
      call('themes:list', {}),
      call('history:state', {}),
    ]);
    if (documents.ok) this.state.set({ documents: documents.value });
    if (themes.ok) this.state.set({ themes: themes.value });
    if (history.ok) this.state.set({ history: history.value });
    const open = this.s.documentId;
    if (open !== null && documents.ok && !documents.value.some((d) => d.id === open)) {
      // The open document went away (an import was undone, a removal redone).
      this.s.sentences?.dispose();
      this.state.set({ documentId: null, sentences: null, selection: null, noteEditing: null });
      const first = documents.value[0];
      if (first) await this.openDocument(first.id);
    } else if (open === null && documents.ok && documents.value[0]) {
      await this.openDocument(documents.value[0].id);
    } else {
      await this.s.sentences?.refresh(this.pagesInView);
    }
    await this.filter.refresh();
    void this.search.rerun();
    if (this.s.view === 'overview') await this.loadStats();
  }

  // ——— Notes ———

  editNote(number?: number): void {
    if (this.refuseChange()) return;
    const target = number ?? this.s.selection?.focus;
    if (target === undefined || !this.s.sentences) return;
    if (this.s.selection?.focus !== target) this.select(single(target), true, false);
    this.state.set({ noteEditing: target, view: 'reader' });
  }

  /** Shows the new text at once and saves it after a pause in typing. */
  changeNote(number: number, body: string): void {
    const store = this.s.sentences;
    const sentence = store?.get(number);
    if (!store || !sentence || this.readOnly) return;
    const now = new Date().toISOString();
    const note = body.trim() === '' ? null : { sentenceId: sentence.id, body, createdAt: sentence.note?.createdAt ?? now, updatedAt: now };
    const hadNote = sentence.note !== null;
    store.replace([{ ...sentence, note }]);
    if (hadNote !== (note !== null)) {
      this.state.set((s) => ({
        documents: s.documents.map((d) =>
          d.id === store.documentId ? { ...d, noteCount: Math.max(0, d.noteCount + (note ? 1 : -1)) } : d,
        ),
      }));
    }
    this.notes.change(sentence.id, body);
  }

  async leaveNote(focusSentence = true): Promise<void> {
    const number = this.s.noteEditing;
    this.state.set({ noteEditing: null });
    if (number !== null && focusSentence) this.select(single(number), true);
    await this.notes.flush();
  }

  private async saveNote(sentenceId: number, body: string): Promise<boolean> {
    const result = await this.send(() => call('notes:set', { sentenceId, body }));
    if (result) this.state.set({ history: result.history });
    return result !== null;
  }

  // ——— History ———

  async undo(): Promise<void> {
    await this.historyStep('history:undo');
  }

  async redo(): Promise<void> {
    await this.historyStep('history:redo');
  }

  private async historyStep(channel: 'history:undo' | 'history:redo'): Promise<void> {
    if (this.refuseChange()) return;
    await this.notes.flush();
    const label = channel === 'history:undo' ? this.s.history.undoLabel : this.s.history.redoLabel;
    const result: HistoryState | null = await this.send(
      () => call(channel, {}),
      ['nothing-to-undo', 'nothing-to-redo'],
    );
    if (!result) {
      const latest = await call('history:state', {});
      if (latest.ok) this.state.set({ history: latest.value });
      if (!(latest.ok ? (channel === 'history:undo' ? latest.value.canUndo : latest.value.canRedo) : true)) {
        showMessage('info', channel === 'history:undo' ? 'Nothing to undo.' : 'Nothing to redo.');
      }
      return;
    }
    this.state.set({ history: result });
    dismissMessages((message) => message.action !== null);
    if (label) showMessage('info', `${channel === 'history:undo' ? 'Undone' : 'Redone'}: ${label}.`);
    await this.refreshAll();
  }

  /** The "Undo" button on a confirmation message. */
  undoAction(): MessageAction {
    return { label: 'Undo', run: () => void this.undo() };
  }

  // ——— Overview ———

  async loadStats(): Promise<void> {
    const stats = await request('stats', {});
    if (stats) this.state.set({ stats });
  }

  // ——— Views and dialogs ———

  setView(view: View): void {
    this.state.set({ view, drawer: null });
    if (view === 'overview') void this.loadStats();
  }

  openDialog(dialog: Dialog): void {
    if (dialogChangesNotebook(dialog) && this.refuseChange()) return;
    if (dialog.kind === 'palette' && this.s.themes.length === 0) {
      showMessage('info', 'The codebook is empty; add a theme first.');
      this.setView('codebook');
      return;
    }
    void this.leaveNote(false);
    this.state.set({ dialog });
  }

  closeDialog(): void {
    this.state.set({ dialog: null });
    const focus = this.s.selection?.focus;
    if (focus && this.s.view === 'reader') this.select(single(focus), true);
  }

  toggleDrawer(drawer: 'documents' | 'themes'): void {
    this.state.set((s) => ({ drawer: s.drawer === drawer ? null : drawer }));
  }
}
