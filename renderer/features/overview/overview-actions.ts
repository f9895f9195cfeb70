/** The overview's counts, and reading the sentences behind a bar or a cell. */
import { request } from '../../lib/themata';
import { actionsContext } from '../../state/actions-context';
import type { NotebookSession } from '../../state/notebook-session';
import type { FilterMode } from '../../state/workspace-state';
import type { FilterActions } from '../filter/filter-actions';
import type { ReaderActions } from '../reader/reader-actions';

export class OverviewActions {
  constructor(
    private readonly session: NotebookSession,
    private readonly reader: ReaderActions,
    private readonly filter: FilterActions,
  ) {}

  async load(): Promise<void> {
    const [stats, detailStats] = await Promise.all([request('stats', {}), request('stats:details', {})]);
    if (stats) this.session.state.set({ stats, ...(detailStats ? { detailStats } : {}) });
  }

  /** After a change: the charts on screen follow it; hidden ones load when shown. */
  async refreshIfShown(): Promise<void> {
    if (this.session.state.get().view === 'overview') await this.load();
  }

  /** A bar or cell in the overview: read those sentences, in its document or the open one. */
  async readSentences(themeIds: number[], mode: FilterMode, documentId?: number): Promise<void> {
    const { state } = this.session;
    const s = state.get();
    const target = documentId ?? s.documentId ?? s.documents[0]?.id;
    if (target === undefined) return;
    if (target !== s.documentId) await this.reader.openDocument(target);
    state.set({ view: 'reader' });
    await this.filter.set({ themeIds, mode });
  }
}

/** The overview actions, as this feature's components reach them. */
export const [OverviewProvider, useOverview] = actionsContext<OverviewActions>('overview actions');
