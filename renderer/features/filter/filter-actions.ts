/**
 * Filtering the reader by themes (any or all of them), and stepping through
 * the sentences that pass with ] and [.
 */
import { showMessage } from '../../lib/messages';
import { request } from '../../lib/themata';
import { actionsContext } from '../../state/actions-context';
import type { NotebookSession } from '../../state/notebook-session';
import { nextMatch, single } from '../../state/selection';
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
      state.set({ filter: null, filterMatches: null });
      const focus = state.get().selection?.focus;
      if (focus) this.selection.select(single(focus), true);
      return;
    }
    state.set({ filter });
    await this.apply(filter, true);
  }

  /** Asks the notebook again which sentences pass (after a change, or in another document). */
  async refresh(): Promise<void> {
    const filter = this.session.state.get().filter;
    if (filter) await this.apply(filter, false);
  }

  /** ] and [: the next or previous sentence with the filtered themes (any tagged one without a filter). */
  async jump(by: 1 | -1): Promise<void> {
    const { state } = this.session;
    const s = state.get();
    const documentId = s.documentId;
    if (documentId === null) return;
    let matches = s.filterMatches;
    if (!matches) {
      const themeIds = s.themes.map((t) => t.id);
      if (themeIds.length === 0) return;
      matches = await request('sentences:matching', { documentId, themeIds: themeIds.slice(0, 1000), mode: 'any' });
      if (!matches) return;
    }
    const next = nextMatch(matches, state.get().selection?.focus ?? 0, by);
    if (!next) {
      showMessage('info', s.filter ? 'No sentence here has the filtered themes.' : 'No sentence in this document is tagged yet.');
      return;
    }
    if (next.wrapped) showMessage('info', by === 1 ? 'Back to the first match.' : 'On to the last match.');
    this.selection.select(single(next.number), true);
  }

  /** A deleted or merged theme leaves the filter. */
  forget(themeId: number): void {
    const { state } = this.session;
    const filter = state.get().filter;
    if (!filter?.themeIds.includes(themeId)) return;
    const themeIds = filter.themeIds.filter((id) => id !== themeId);
    state.set(themeIds.length ? { filter: { ...filter, themeIds } } : { filter: null, filterMatches: null });
  }

  private async apply(filter: ThemeFilter, moveToFirst: boolean): Promise<void> {
    const { state } = this.session;
    const documentId = state.get().documentId;
    if (documentId === null) return;
    const known = new Set(state.get().themes.map((t) => t.id));
    const themeIds = filter.themeIds.filter((id) => known.has(id));
    if (themeIds.length === 0) {
      state.set({ filter: null, filterMatches: null });
      return;
    }
    const matches = await request('sentences:matching', { documentId, themeIds, mode: filter.mode });
    if (!matches || state.get().documentId !== documentId || state.get().filter !== filter) return;
    state.set({ filterMatches: matches });
    const focus = state.get().selection?.focus;
    const focusPasses = focus !== undefined && matches.includes(focus);
    if (matches.length > 0 && (moveToFirst || !focusPasses)) {
      this.selection.select(single(focusPasses ? focus : matches[0]!), true, moveToFirst);
    }
  }
}

/** The filter actions, as this feature's components reach them. */
export const [FilterProvider, useFilter] = actionsContext<FilterActions>('filter actions');
