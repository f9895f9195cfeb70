/** Full-text search across the sentences and notes of the scope's documents, and jumping to a result. */
import type { SearchHit } from '../../../electron/contract';
import { LatestAnswer } from '../../lib/latest-answer';
import { request } from '../../lib/themata';
import { actionsContext } from '../../state/actions-context';
import { documentSet } from '../../state/document-set';
import type { NotebookSession } from '../../state/notebook-session';
import { single } from '../../state/selection';
import type { FilterActions } from '../filter/filter-actions';
import type { ReaderActions } from '../reader/reader-actions';
import type { SelectionActions } from '../reader/selection-actions';

export const SEARCH_LIMIT = 200;

export class SearchActions {
  private readonly latest = new LatestAnswer();

  constructor(
    private readonly session: NotebookSession,
    private readonly selection: SelectionActions,
    private readonly reader: ReaderActions,
    private readonly filter: FilterActions,
  ) {}

  async run(query: string): Promise<void> {
    const { state } = this.session;
    const isLatest = this.latest.ask();
    if (query.trim() === '') {
      state.set({ search: { query, hits: [], status: 'idle' } });
      return;
    }
    state.set((s) => ({ search: { query, hits: s.search.hits, status: 'searching' } }));
    const [hits, memos] = await Promise.all([
      request('search', { query, limit: SEARCH_LIMIT, documentIds: documentSet(state.get()) }),
      request('search:memos', { query, limit: 50 }),
    ]);
    // A newer query may have been typed meanwhile; only the latest answer counts.
    if (!isLatest()) return;
    state.set({ search: { query, hits: hits ?? [], status: 'done', memos: memos ?? [] } });
  }

  /** Runs the current query again (after a change to the notebook). */
  async rerun(): Promise<void> {
    const query = this.session.state.get().search.query;
    if (query) await this.run(query);
  }

  clear(): void {
    this.latest.forget();
    this.session.state.set({ search: { query: '', hits: [], status: 'idle' } });
  }

  async goTo(hit: SearchHit): Promise<void> {
    const { state } = this.session;
    const s = state.get();
    if (s.filter && s.documentId === hit.documentId && !s.filterMatches?.includes(hit.sentenceNumber)) {
      // The filter hides this sentence: lift it rather than jump nowhere.
      await this.filter.set(null);
    }
    if (state.get().documentId !== hit.documentId) {
      await this.reader.openDocument(hit.documentId, { select: hit.sentenceNumber });
      // The filter holds in the document just opened: lifted when it hides the hit.
      const matches = state.get().filterMatches;
      if (matches && !matches.includes(hit.sentenceNumber)) await this.filter.set(null);
      this.selection.select(single(hit.sentenceNumber), true);
    } else {
      this.selection.select(single(hit.sentenceNumber), true);
    }
    state.set({ view: 'reader' });
  }

  /** Ctrl/⌘F: to the search field. */
  focus(): void {
    this.session.state.set((s) => ({ searchFocus: s.searchFocus + 1, view: s.view === 'codebook' ? 'reader' : s.view }));
  }
}

/** The search actions, as this feature's components reach them. */
export const [SearchProvider, useSearch] = actionsContext<SearchActions>('search actions');
