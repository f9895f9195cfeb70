/** Full-text search across every sentence and note, and jumping to a result. */
import type { SearchHit } from '../../../electron/contract';
import type { Workspace } from '../../app/workspace';
import { request } from '../../lib/themata';
import { single } from '../../state/selection';

export const SEARCH_LIMIT = 200;

export class SearchActions {
  private counter = 0;

  constructor(private readonly workspace: Workspace) {}

  async run(query: string): Promise<void> {
    const { state } = this.workspace;
    const id = ++this.counter;
    if (query.trim() === '') {
      state.set({ search: { query, hits: [], status: 'idle' } });
      return;
    }
    state.set((s) => ({ search: { query, hits: s.search.hits, status: 'searching' } }));
    const hits = await request('search', { query, limit: SEARCH_LIMIT });
    // A newer query may have been typed meanwhile; only the latest answer counts.
    if (id !== this.counter) return;
    state.set({ search: { query, hits: hits ?? [], status: 'done' } });
  }

  /** Runs the current query again (after a change to the notebook). */
  async rerun(): Promise<void> {
    const query = this.workspace.state.get().search.query;
    if (query) await this.run(query);
  }

  clear(): void {
    this.counter += 1;
    this.workspace.state.set({ search: { query: '', hits: [], status: 'idle' } });
  }

  async goTo(hit: SearchHit): Promise<void> {
    const workspace = this.workspace;
    const s = workspace.state.get();
    if (s.filter && s.documentId === hit.documentId && !s.filterMatches?.includes(hit.sentenceNumber)) {
      // The filter hides this sentence: lift it rather than jump nowhere.
      await workspace.filter.set(null);
    }
    if (workspace.state.get().documentId !== hit.documentId) {
      await workspace.openDocument(hit.documentId, { select: hit.sentenceNumber });
    } else {
      workspace.select(single(hit.sentenceNumber), true);
    }
    workspace.state.set({ view: 'reader' });
  }

  /** Ctrl/⌘F: to the search field. */
  focus(): void {
    this.workspace.state.set((s) => ({ searchFocus: s.searchFocus + 1, view: s.view === 'codebook' ? 'reader' : s.view }));
  }
}
