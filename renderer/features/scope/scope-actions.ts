/**
 * The scope: which documents the filter, search, the overview and Retrieve
 * work over (the open one, the ones ticked in the documents list, those with
 * some details, or the notebook), and the theme panel's counts for it.
 */
import { isEmptyFilter, type DocumentFilter } from '../../../electron/contract';
import { LatestAnswer } from '../../lib/latest-answer';
import { request } from '../../lib/themata';
import { actionsContext } from '../../state/actions-context';
import { documentSet } from '../../state/document-set';
import type { NotebookSession } from '../../state/notebook-session';
import type { ScopeKind } from '../../state/workspace-state';

export class ScopeActions {
  private readonly latest = new LatestAnswer();

  /** @param changed reads again what depends on the scope (filter, search, overview, Retrieve); app/ provides it */
  constructor(
    private readonly session: NotebookSession,
    private readonly changed: () => Promise<void>,
  ) {}

  async setKind(kind: ScopeKind): Promise<void> {
    const { state } = this.session;
    if (state.get().scope.kind === kind) return;
    state.set((s) => ({ scope: { ...s.scope, kind } }));
    await this.changed();
  }

  /** A document ticked or unticked in the list: the scope becomes the ticked documents, or the notebook when none is left. */
  async choose(documentId: number, chosen: boolean): Promise<void> {
    const { state } = this.session;
    const { scope, documents } = state.get();
    const ticked = new Set(scope.chosen);
    if (chosen) ticked.add(documentId);
    else ticked.delete(documentId);
    const inOrder = documents.filter((d) => ticked.has(d.id)).map((d) => d.id);
    const kind: ScopeKind = inOrder.length > 0 ? 'selection' : scope.kind === 'selection' ? 'notebook' : scope.kind;
    state.set({ scope: { ...scope, kind, chosen: inOrder } });
    await this.changed();
  }

  /** Unticks every document; a scope of ticked documents becomes the notebook. */
  async clearChosen(): Promise<void> {
    const { state } = this.session;
    const { scope } = state.get();
    if (scope.chosen.length === 0) return;
    state.set({ scope: { ...scope, kind: scope.kind === 'selection' ? 'notebook' : scope.kind, chosen: [] } });
    await this.changed();
  }

  /** Works over the documents whose details meet these conditions; no condition at all means the whole notebook. */
  async chooseByDetails(details: DocumentFilter): Promise<void> {
    const { state } = this.session;
    const kind: ScopeKind = isEmptyFilter(details) ? 'notebook' : 'details';
    state.set((s) => ({ scope: { ...s.scope, kind, details } }));
    await this.changed();
  }

  /** The theme panel's counts for the scope: the notebook's are on each theme; the others are asked for. */
  async refreshThemeCounts(): Promise<void> {
    const { state } = this.session;
    const isLatest = this.latest.ask();
    const set = documentSet(state.get());
    if (set === null) {
      state.set({ scopeThemeCounts: null });
      return;
    }
    if (set.length === 0) {
      state.set({ scopeThemeCounts: new Map() });
      return;
    }
    const counts = await request('themes:counts', { documentIds: set });
    if (!counts || !isLatest()) return;
    state.set({ scopeThemeCounts: new Map(counts.map((c) => [c.themeId, c.count])) });
  }

  /** A tag shown before the notebook confirms it: the scope's count moves with it when the document is in scope. */
  adjustThemeCount(documentId: number, themeId: number, delta: number): void {
    const { state } = this.session;
    const s = state.get();
    const set = documentSet(s);
    if (!s.scopeThemeCounts || set === null || !set.includes(documentId)) return;
    const counts = new Map(s.scopeThemeCounts);
    counts.set(themeId, Math.max(0, (counts.get(themeId) ?? 0) + delta));
    state.set({ scopeThemeCounts: counts });
  }
}

/** The scope actions, as this feature's components reach them. */
export const [ScopeProvider, useScope] = actionsContext<ScopeActions>('scope actions');
