/**
 * Filtering the reader by themes (any or all of them): which sentences of
 * the open document pass, and where they are across the scope's documents.
 * Stepping through them with ] and [ is match-actions.ts.
 */
import { request } from '../../lib/themata';
import { actionsContext } from '../../state/actions-context';
import { crossesDocuments, documentSet } from '../../state/document-set';
import type { NotebookSession } from '../../state/notebook-session';
import { single } from '../../state/selection';
import type { ThemeFilter } from '../../state/workspace-state';
import type { SelectionActions } from '../reader/selection-actions';

export class FilterActions {
  constructor(
    private readonly session: NotebookSession,
    private readonly selection: SelectionActions,
  ) {}

  async set(filter: ThemeFilter | null): Promise<void> {
    const { state } = this.session;
    if (!filter || filter.themeIds.length === 0) {
      state.set({ filter: null, filterMatches: null, filterAcross: null });
      const focus = state.get().selection?.focus;
      if (focus) this.selection.select(single(focus), true);
      return;
    }
    state.set({ filter });
    await this.apply(filter, true, true);
  }

  /** Asks the notebook again which sentences pass, here and across the scope (after a change, or a new scope). */
  async refresh(): Promise<void> {
    const filter = this.session.state.get().filter;
    if (filter) await this.apply(filter, false, true);
  }

  /** Another document opened: which of its sentences pass (the counts across the scope stay as they are). */
  async refreshHere(): Promise<void> {
    const filter = this.session.state.get().filter;
    if (filter) await this.apply(filter, false, false);
  }

  /** A deleted or merged theme leaves the filter. */
  forget(themeId: number): void {
    const { state } = this.session;
    const filter = state.get().filter;
    if (!filter?.themeIds.includes(themeId)) return;
    const themeIds = filter.themeIds.filter((id) => id !== themeId);
    state.set(themeIds.length ? { filter: { ...filter, themeIds } } : { filter: null, filterMatches: null, filterAcross: null });
  }

  private async apply(filter: ThemeFilter, moveToFirst: boolean, across: boolean): Promise<void> {
    const { state } = this.session;
    const s = state.get();
    const documentId = s.documentId;
    const known = new Set(s.themes.map((t) => t.id));
    const themeIds = filter.themeIds.filter((id) => known.has(id));
    if (themeIds.length === 0) {
      state.set({ filter: null, filterMatches: null, filterAcross: null });
      return;
    }
    const wide = across && crossesDocuments(s);
    const [matches, summary] = await Promise.all([
      documentId === null ? Promise.resolve([]) : request('sentences:matching', { documentId, themeIds, mode: filter.mode }),
      wide ? request('retrieve:summary', { query: { themeIds, mode: filter.mode, without: [] }, documentIds: documentSet(s) }) : Promise.resolve(null),
    ]);
    if (!matches || state.get().documentId !== documentId || state.get().filter !== filter) return;
    state.set(across ? { filterMatches: matches, filterAcross: summary } : { filterMatches: matches });
    const focus = state.get().selection?.focus;
    const focusPasses = focus !== undefined && matches.includes(focus);
    if (matches.length > 0 && (moveToFirst || !focusPasses)) {
      this.selection.select(single(focusPasses ? focus : matches[0]!), true, moveToFirst);
    }
  }
}

/** The filter actions, as this feature's components reach them. */
export const [FilterProvider, useFilter] = actionsContext<FilterActions>('filter actions');
