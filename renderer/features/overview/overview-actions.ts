/** The overview's counts, and reading the sentences behind a bar or a cell. */
import type { DocumentFilter } from '../../../electron/contract';
import { LatestAnswer } from '../../lib/latest-answer';
import { request } from '../../lib/themata';
import { actionsContext } from '../../state/actions-context';
import { documentSet } from '../../state/document-set';
import type { NotebookSession } from '../../state/notebook-session';
import type { FilterMode } from '../../state/workspace-state';
import type { MatchActions } from '../filter/match-actions';
import type { ScopeActions } from '../scope/scope-actions';

export class OverviewActions {
  private readonly latest = new LatestAnswer();

  constructor(
    private readonly session: NotebookSession,
    private readonly matches: MatchActions,
    private readonly scope: ScopeActions,
  ) {}

  /** The counts over the scope's documents. */
  async load(): Promise<void> {
    const isLatest = this.latest.ask();
    const stats = await request('stats', { documentIds: documentSet(this.session.state.get()) });
    if (stats && isLatest()) this.session.state.set({ stats });
  }

  /** After a change: the charts on screen follow it; hidden ones load when shown. */
  async refreshIfShown(): Promise<void> {
    if (this.session.state.get().view === 'overview') await this.load();
  }

  /** A bar or cell in the overview: read those sentences, in its document, or where they are in the scope. */
  async readSentences(themeIds: number[], mode: FilterMode, documentId?: number): Promise<void> {
    await this.matches.filterBy({ themeIds, mode }, documentId);
  }

  /**
   * A cell of the comparison by details: the scope becomes the documents of
   * that outlet or value (within the conditions already chosen, if the scope
   * is by details), and the reader shows their sentences with the theme.
   */
  async readGroup(group: DocumentFilter, themeId: number): Promise<void> {
    const { scope } = this.session.state.get();
    const within = scope.kind === 'details' ? scope.details : {};
    await this.scope.chooseByDetails({
      ...within,
      ...(group.outlet !== undefined ? { outlet: group.outlet } : {}),
      attributes: [...(within.attributes ?? []).filter((a) => !group.attributes?.some((g) => g.key.toLowerCase() === a.key.toLowerCase())), ...(group.attributes ?? [])],
    });
    await this.matches.filterBy({ themeIds: [themeId], mode: 'any' });
  }
}

/** The overview actions, as this feature's components reach them. */
export const [OverviewProvider, useOverview] = actionsContext<OverviewActions>('overview actions');
