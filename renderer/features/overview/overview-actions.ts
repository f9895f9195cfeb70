/** The overview's counts, and reading the sentences behind a bar or a cell. */
import { request } from '../../lib/themata';
import { actionsContext } from '../../state/actions-context';
import { documentSet } from '../../state/document-set';
import type { NotebookSession } from '../../state/notebook-session';
import type { FilterMode } from '../../state/workspace-state';
import type { MatchActions } from '../filter/match-actions';

export class OverviewActions {
  private counter = 0;

  constructor(
    private readonly session: NotebookSession,
    private readonly matches: MatchActions,
  ) {}

  /** The counts over the scope's documents. */
  async load(): Promise<void> {
    const id = ++this.counter;
    const [stats, detailStats] = await Promise.all([
      request('stats', { documentIds: documentSet(this.session.state.get()) }),
      request('stats:details', {}),
    ]);
    if (stats && id === this.counter) this.session.state.set({ stats, ...(detailStats ? { detailStats } : {}) });
  }

  /** After a change: the charts on screen follow it; hidden ones load when shown. */
  async refreshIfShown(): Promise<void> {
    if (this.session.state.get().view === 'overview') await this.load();
  }

  /** A bar or cell in the overview: read those sentences, in its document, or where they are in the scope. */
  async readSentences(themeIds: number[], mode: FilterMode, documentId?: number): Promise<void> {
    await this.matches.filterBy({ themeIds, mode }, documentId);
  }
}

/** The overview actions, as this feature's components reach them. */
export const [OverviewProvider, useOverview] = actionsContext<OverviewActions>('overview actions');
