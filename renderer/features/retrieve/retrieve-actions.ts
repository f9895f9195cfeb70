/**
 * The Retrieve view: every sentence with some themes (any or all, less
 * others) across the scope's documents, and opening one in the reader.
 */
import type { RetrievedSentence } from '../../../electron/contract';
import { LatestAnswer } from '../../lib/latest-answer';
import { request } from '../../lib/themata';
import { actionsContext } from '../../state/actions-context';
import { documentSet } from '../../state/document-set';
import type { NotebookSession } from '../../state/notebook-session';
import { Retrieval } from '../../state/retrieval';
import { single } from '../../state/selection';
import type { RetrieveQuery } from '../../state/workspace-state';
import type { FilterActions } from '../filter/filter-actions';
import type { ReaderActions } from '../reader/reader-actions';
import type { SelectionActions } from '../reader/selection-actions';

export class RetrieveActions {
  private readonly latest = new LatestAnswer();

  constructor(
    private readonly session: NotebookSession,
    private readonly selection: SelectionActions,
    private readonly reader: ReaderActions,
    private readonly filter: FilterActions,
  ) {}

  /** Changes what is retrieved and asks again. */
  async setQuery(patch: Partial<RetrieveQuery>): Promise<void> {
    const { state } = this.session;
    const next = { ...state.get().retrieve, ...patch };
    // A theme is wanted or left out, never both.
    if (patch.themeIds) next.without = next.without.filter((id) => !next.themeIds.includes(id));
    else if (patch.without) next.themeIds = next.themeIds.filter((id) => !next.without.includes(id));
    state.set({ retrieve: next });
    await this.run();
  }

  /** Asks the notebook for the query's sentences over the scope (again, after a change or a new scope). */
  async run(): Promise<void> {
    const { state } = this.session;
    const isLatest = this.latest.ask();
    const s = state.get();
    const known = new Set(s.themes.map((t) => t.id));
    const query = {
      themeIds: s.retrieve.themeIds.filter((t) => known.has(t)),
      mode: s.retrieve.mode,
      without: s.retrieve.without.filter((t) => known.has(t)),
    };
    if (query.themeIds.length === 0) {
      state.set({ retrieval: null });
      return;
    }
    const documentIds = documentSet(s);
    const summary = await request('retrieve:summary', { query, documentIds });
    if (!summary || !isLatest()) return;
    const retrieval = new Retrieval(summary, (offset, limit) => request('retrieve:page', { query, documentIds, offset, limit }));
    state.set({ retrieval });
    retrieval.ensureRows(0, 40);
  }

  /** Reads the Retrieve view's answer again when it is on screen; otherwise when it is next shown. */
  async refreshIfShown(): Promise<void> {
    const s = this.session.state.get();
    if (s.view === 'retrieve') await this.run();
    else if (s.retrieval) this.session.state.set({ retrieval: null });
  }

  /** A retrieved sentence, in the reader: a filter that would hide it is lifted. */
  async open(sentence: RetrievedSentence): Promise<void> {
    const { state } = this.session;
    await this.reader.openDocument(sentence.documentId, { select: sentence.number });
    const s = state.get();
    if (s.filterMatches && !s.filterMatches.includes(sentence.number)) await this.filter.set(null);
    this.selection.select(single(sentence.number), true, true, 'center');
    state.set({ view: 'reader' });
  }
}

/** The Retrieve actions, as this feature's components reach them. */
export const [RetrieveProvider, useRetrieve] = actionsContext<RetrieveActions>('retrieve actions');
