/**
 * Going where the filtered sentences are: ] and [ step through them in the
 * open document and on into the next document of the scope that has any,
 * and a new filter (from the toolbar or an overview drill-down) opens the
 * first such document when the open one has none.
 */
import { showMessage } from '../../lib/messages';
import { request } from '../../lib/themata';
import { actionsContext } from '../../state/actions-context';
import { crossesDocuments, documentSet } from '../../state/document-set';
import { stepMatches, type DocumentMatches } from '../../state/match-steps';
import type { NotebookSession } from '../../state/notebook-session';
import { single } from '../../state/selection';
import type { FilterMode, ThemeFilter } from '../../state/workspace-state';
import type { ReaderActions } from '../reader/reader-actions';
import type { SelectionActions } from '../reader/selection-actions';
import type { FilterActions } from './filter-actions';

export class MatchActions {
  constructor(
    private readonly session: NotebookSession,
    private readonly selection: SelectionActions,
    private readonly reader: ReaderActions,
    private readonly filter: FilterActions,
  ) {}

  /**
   * Filters the reader; in `documentId` when given, otherwise where the
   * sentences are: the open document, or the first of the scope that has any.
   */
  async filterBy(filter: ThemeFilter | null, documentId?: number): Promise<void> {
    const { state } = this.session;
    if (documentId !== undefined && documentId !== state.get().documentId) await this.reader.openDocument(documentId);
    state.set({ view: 'reader' });
    await this.filter.set(filter);
    const s = state.get();
    const first = s.filterAcross?.documents[0];
    if (s.filter && s.filterMatches?.length === 0 && first && documentId === undefined) {
      await this.openAt(first.documentId, 'first');
    }
  }

  /** ] and [: the next or previous sentence with the filtered themes (any tagged one without a filter), across the scope. */
  async jump(by: 1 | -1): Promise<void> {
    const { state } = this.session;
    const s = state.get();
    const documentId = s.documentId;
    if (documentId === null) return;
    const { themeIds, mode } = this.wanted();
    if (themeIds.length === 0) return;
    let here = s.filterMatches;
    let across: readonly DocumentMatches[] | null = s.filterAcross?.documents ?? null;
    if (!s.filter) {
      const wide = crossesDocuments(s);
      const [numbers, summary] = await Promise.all([
        request('sentences:matching', { documentId, themeIds, mode }),
        wide ? request('retrieve:summary', { query: { themeIds, mode, without: [] }, documentIds: documentSet(s) }) : Promise.resolve(null),
      ]);
      if (!numbers) return;
      here = numbers;
      across = summary?.documents ?? null;
    }
    if (!here) return;
    const step = stepMatches(here, state.get().selection?.focus ?? 0, by, crossesDocuments(s) ? (across ?? []) : null, documentId);
    if (!step) {
      const where = crossesDocuments(s) ? 'in the scope' : 'in this document';
      showMessage('info', s.filter ? `No sentence ${where} has the filtered themes.` : `No sentence ${where} is tagged yet.`);
      return;
    }
    if (step.kind === 'here') {
      if (step.wrapped) showMessage('info', by === 1 ? 'Back to the first match.' : 'On to the last match.');
      this.selection.select(single(step.number), true);
      return;
    }
    const title = s.documents.find((d) => d.id === step.documentId)?.title ?? 'the next document';
    const opened = await this.openAt(step.documentId, step.edge);
    if (!opened) return;
    showMessage('info', step.wrapped ? `Back round to “${title}”.` : by === 1 ? `On to “${title}”.` : `Back to “${title}”.`);
  }

  /** What ] looks for: the filter's themes, or any theme without a filter. */
  private wanted(): { themeIds: number[]; mode: FilterMode } {
    const s = this.session.state.get();
    if (s.filter) return { themeIds: [...s.filter.themeIds], mode: s.filter.mode };
    return { themeIds: s.themes.map((t) => t.id).slice(0, 1000), mode: 'any' };
  }

  /** Opens a document at its first or last match; false when it has none after all. */
  private async openAt(documentId: number, edge: 'first' | 'last'): Promise<boolean> {
    const { themeIds, mode } = this.wanted();
    const numbers = await request('sentences:matching', { documentId, themeIds, mode });
    const number = numbers ? (edge === 'first' ? numbers[0] : numbers[numbers.length - 1]) : undefined;
    if (number === undefined) return false;
    await this.reader.openDocument(documentId, { select: number });
    return true;
  }
}

/** The match actions, as this feature's components reach them. */
export const [MatchesProvider, useMatches] = actionsContext<MatchActions>('match actions');
