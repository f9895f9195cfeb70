/**
 * The open notebook as the workspace holds it: what the screen shows (one
 * store), and the changes sent to the notebook one after another. Every
 * feature sends its changes through `send` and hands what came back to
 * `apply`, so the saved state stays honest and a change's result reaches the
 * screen in one place.
 */
import type { ChangeEffects, DocumentSummary, HistoryState } from '../../electron/contract';
import { showMessage } from '../lib/messages';
import { SerialQueue } from '../lib/serial-queue';
import { Store } from '../lib/store';
import { call } from '../lib/themata';
import { READ_ONLY_MESSAGE } from './read-only';
import { initialState, type SaveState, type WorkspaceState } from './workspace-state';

type Sent<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/**
 * What a change brought back, and what it leaves to read again because the
 * notebook's answer does not carry it: the counts (at once, or once a burst
 * of key presses is over), or everything on screen after a change that may
 * reach any sentence (an undo, a merge, a removal).
 */
export interface ChangeOutcome {
  /** The undo and redo labels after the change. */
  history?: HistoryState;
  /** The notebook's documents with their counts. */
  documents?: readonly DocumentSummary[];
  /**
   * What a tag or note change touched, as the notebook answered it: the
   * sentences (null: none to replace), the touched themes' and documents'
   * counts and the undo labels, applied without asking the notebook again.
   */
  effects?: ChangeEffects;
  /** 'filter-after-burst': only the filter and overview, which depend on every tag, once a burst of key presses is over. */
  refresh?: 'filter-after-burst' | 'counts-after-burst' | 'counts' | 'everything';
}

/** What the composed workspace repaints beyond the counts; app/ provides it, since it spans features. */
export interface Repaint {
  /** Once the counts are read again: which sentences pass the filter, the overview's charts. */
  afterCounts(): Promise<void>;
  /** Everything on screen: the counts, the open document, the filter, search and the overview. */
  everything(): Promise<void>;
}

export class NotebookSession {
  readonly state = new Store<WorkspaceState>(initialState);
  /** Changes to the notebook, one after another in the order they were made. */
  readonly queue = new SerialQueue();
  /** Changes sent and not yet answered, for the status bar's saved state. */
  private inFlight = 0;
  private failedChange = false;
  /** What is typed and saved as it is typed (notes, memos, details), each with its own saved state. */
  private readonly typingStates = new Map<string, SaveState>();
  /** Bumped by every change, so a slower refresh never overwrites a newer optimistic count. */
  private changeCount = 0;
  private generation = 0;
  private refreshTimer: ReturnType<typeof setTimeout> | null = null;
  private pendingRefresh: 'counts' | 'filter' | null = null;

  constructor(private readonly repaint: Repaint) {}

  /** The notebook can only be read: its file or folder cannot be written. */
  get readOnly(): boolean {
    return this.state.get().notebook?.readOnly === true;
  }

  /** True, after saying why, when a change would reach a read-only notebook. */
  refuseChange(): boolean {
    if (!this.readOnly) return false;
    showMessage('info', READ_ONLY_MESSAGE);
    return true;
  }

  /**
   * Reads the notebook the main process has open and starts the screen over
   * on it, with no document open yet. Resolves to whether it is ready (false
   * when it failed, said on screen, or a newer load overtook this one).
   */
  async load(): Promise<boolean> {
    const generation = ++this.generation;
    this.state.set({ phase: 'loading', failure: null });
    const [info, documents, themes, history, coders] = await Promise.all([
      call('notebook:info', {}),
      call('documents:list', {}),
      call('themes:list', {}),
      call('history:state', {}),
      call('coders:list', {}),
    ]);
    if (generation !== this.generation) return false;
    if (!info.ok || !documents.ok || !themes.ok || !history.ok) {
      const error = [info, documents, themes, history].find((r) => !r.ok);
      this.state.set({
        phase: 'failed',
        failure: error && !error.ok ? error.error.message : 'Themata could not open the notebook.',
      });
      return false;
    }
    this.state.get().sentences?.dispose();
    this.state.set({
      phase: 'ready',
      notebook: info.value,
      // The view switch and whose chips wait for the coders; the reader works without them.
      coders: coders.ok ? coders.value : null,
      documents: documents.value,
      themes: themes.value,
      history: history.value,
      documentId: null,
      sentences: null,
      selection: null,
      noteEditing: null,
      filter: null,
      filterMatches: null,
      filterAcross: null,
      scope: initialState.scope,
      scopeThemeCounts: null,
      retrieval: null,
      search: { query: '', hits: [], status: 'idle' },
      stats: null,
      agreement: initialState.agreement,
      dialog: null,
    });
    return true;
  }

  /**
   * Sends one change to the notebook, after every change before it, and keeps
   * the saved state honest. Resolves to the value, or null (the error is shown
   * unless its code is one the caller expects).
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

  /**
   * Sends a change the notebook may refuse for what was typed (a name taken,
   * a blank name): such a refusal saved nothing and lost nothing, so it
   * leaves the saved state as it was and comes back to the caller, to be
   * shown where the researcher typed. Any other failure is handled as `send` does.
   */
  async attempt<T>(change: () => Promise<Sent<T>>, refusals: readonly string[] = ['invalid-input', 'conflict']): Promise<Sent<T>> {
    this.changeCount += 1;
    this.inFlight += 1;
    this.updateSaveState();
    const result = await this.queue.run(change);
    this.inFlight -= 1;
    const refused = !result.ok && refusals.includes(result.error.code);
    if (!refused) this.failedChange = !result.ok;
    this.updateSaveState();
    if (!result.ok && !refused) showMessage('error', result.error.message);
    return result;
  }

  /** The one place a change's result reaches the screen. */
  async apply(outcome: ChangeOutcome): Promise<void> {
    this.state.set({
      ...(outcome.history ? { history: outcome.history } : {}),
      ...(outcome.documents ? { documents: outcome.documents } : {}),
    });
    // With later changes still on their way, their answers carry the newer counts: the screen keeps its optimistic state.
    if (outcome.effects && this.inFlight === 0) this.applyEffects(outcome.effects);
    if (outcome.refresh === 'filter-after-burst') this.scheduleRefresh(250, 'filter');
    else if (outcome.refresh === 'counts-after-burst') this.scheduleRefresh();
    else if (outcome.refresh === 'counts') this.scheduleRefresh(0);
    else if (outcome.refresh === 'everything') await this.repaint.everything();
  }

  private applyEffects(effects: ChangeEffects): void {
    const themeCounts = new Map(effects.themeCounts.map((c) => [c.themeId, c.count]));
    const rollupCounts = new Map(effects.rollupCounts.map((c) => [c.themeId, c.count]));
    const documentCounts = new Map(effects.documentCounts.map((c) => [c.documentId, c]));
    this.state.set((s) => ({
      history: effects.history,
      themes: s.themes.map((t) => {
        const count = themeCounts.get(t.id);
        const rollup = rollupCounts.get(t.id);
        if (count === undefined && rollup === undefined) return t;
        const tagCount = count ?? t.tagCount;
        // Without sub-themes a theme's roll-up is its own count.
        const leaf = !s.themes.some((other) => other.parentId === t.id);
        return { ...t, tagCount, rollupCount: leaf ? tagCount : (rollup ?? t.rollupCount) };
      }),
      documents: s.documents.map((d) => {
        const counts = documentCounts.get(d.id);
        return counts ? { ...d, taggedCount: counts.taggedCount, noteCount: counts.noteCount } : d;
      }),
    }));
    const store = this.state.get().sentences;
    if (store && effects.sentences) store.replace(effects.sentences.filter((sentence) => sentence.documentId === store.documentId));
  }

  /** The documents, themes and undo labels as the notebook holds them now; what could not be read is left out. */
  async readCounts(): Promise<Partial<Pick<WorkspaceState, 'documents' | 'themes' | 'history'>>> {
    const [documents, themes, history] = await Promise.all([
      call('documents:list', {}),
      call('themes:list', {}),
      call('history:state', {}),
    ]);
    return {
      ...(documents.ok ? { documents: documents.value } : {}),
      ...(themes.ok ? { themes: themes.value } : {}),
      ...(history.ok ? { history: history.value } : {}),
    };
  }

  /** The notes' own saved state (typed and waiting, saving, failed), which the status bar folds in. */
  notesSaveStateChanged(state: SaveState): void {
    this.typingSaveStateChanged('notes', state);
  }

  /** The saved state of what one feature saves as it is typed (`source`: notes, memos, details), which the status bar folds in. */
  typingSaveStateChanged(source: string, state: SaveState): void {
    this.typingStates.set(source, state);
    this.updateSaveState();
  }

  private updateSaveState(): void {
    const typing = [...this.typingStates.values()];
    const saveState: SaveState =
      this.inFlight > 0 || typing.includes('saving')
        ? 'saving'
        : typing.includes('pending')
          ? 'pending'
          : this.failedChange || typing.includes('failed')
            ? 'failed'
            : 'saved';
    this.state.set({ saveState });
  }

  /**
   * Brings counts, history and the filter in line with the notebook once the
   * burst of changes is over (one refresh for a run of key presses).
   */
  private scheduleRefresh(delayMs = 250, what: 'counts' | 'filter' = 'counts'): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    // A count refresh already pending covers the filter too.
    const counts = what === 'counts' || this.pendingRefresh === 'counts';
    this.pendingRefresh = counts ? 'counts' : 'filter';
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = null;
      this.pendingRefresh = null;
      void (counts ? this.refreshCounts() : this.refreshFilter());
    }, delayMs);
  }

  private async refreshFilter(): Promise<void> {
    await this.queue.idle();
    await this.repaint.afterCounts();
  }

  private async refreshCounts(): Promise<void> {
    await this.queue.idle();
    const changesAtStart = this.changeCount;
    const counts = await this.readCounts();
    if (this.changeCount !== changesAtStart) return this.scheduleRefresh();
    this.state.set(counts);
    await this.repaint.afterCounts();
  }
}
