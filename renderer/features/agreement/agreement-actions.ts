/**
 * The Agreement view: the coders compared and over which documents, the
 * per-theme report, one theme's disagreements, settling them into the
 * consensus coder (each settling one undoable change), opening a sentence in
 * the reader, and the disagreements as Markdown for the coders' discussion.
 */
import { CONSENSUS_CODER, type Disagreement } from '../../../electron/contract';
import { capabilities } from '../../lib/capabilities';
import { download } from '../../lib/download';
import { LatestAnswer } from '../../lib/latest-answer';
import { showMessage } from '../../lib/messages';
import { call, request } from '../../lib/themata';
import { actionsContext } from '../../state/actions-context';
import type { NotebookSession } from '../../state/notebook-session';
import { single } from '../../state/selection';
import type { AgreementColumn, AgreementGap, AgreementState } from '../../state/workspace-state';
import type { FilterActions } from '../filter/filter-actions';
import type { ReaderActions } from '../reader/reader-actions';
import type { SelectionActions } from '../reader/selection-actions';
import { defaultCoders, nameList, nextSort, type KeepOption } from './agreement-table';

export class AgreementActions {
  private readonly latest = new LatestAnswer();

  constructor(
    private readonly session: NotebookSession,
    private readonly selection: SelectionActions,
    private readonly reader: ReaderActions,
    private readonly filter: FilterActions,
  ) {}

  private get view(): AgreementState {
    return this.session.state.get().agreement;
  }

  private update(patch: Partial<AgreementState>): void {
    this.session.state.set((s) => ({ agreement: { ...s.agreement, ...patch } }));
  }

  /** The coders compared: those chosen, else every coder who marked documents as coded. */
  compared(): string[] {
    const { chosen, coders, all } = this.view;
    return chosen ? [...chosen] : defaultCoders(coders ?? [], all, CONSENSUS_CODER);
  }

  /** Reads the coders, the report and, with a theme chosen, its disagreements. */
  async load(): Promise<void> {
    const isLatest = this.latest.ask();
    const coders = await request('agreement:coders', {});
    if (!coders || !isLatest()) return;
    this.update({ coders });
    const { all, chosen, themeId } = this.view;
    const compared = this.compared();
    if (compared.length < 2) {
      this.update({ report: null, disagreements: null, gap: this.fewCoders(compared, chosen !== null) });
      return;
    }
    const [report, list] = await Promise.all([
      call('agreement:report', { coders: compared, all }),
      themeId !== null ? call('agreement:disagreements', { themeId, coders: compared, all }) : Promise.resolve(null),
    ]);
    if (!isLatest()) return;
    if (!report.ok) {
      if (report.error.code !== 'not-found' && report.error.code !== 'invalid-input') showMessage('error', report.error.message);
      this.update({ report: null, disagreements: null, gap: this.refusal(report.error.message) });
      return;
    }
    const known = themeId !== null && report.value.themes.some((t) => t.themeId === themeId);
    this.update({
      report: report.value,
      gap: null,
      themeId: known ? themeId : null,
      disagreements: known && list?.ok ? list.value : null,
    });
  }

  /** After a change (undo, redo, another window): the view on screen reads itself again. */
  async refreshIfShown(): Promise<void> {
    if (this.session.state.get().view === 'agreement') await this.load();
  }

  private fewCoders(compared: readonly string[], chosen: boolean): AgreementGap {
    if (chosen) return { kind: 'choose', message: 'Choose two or more coders to compare.' };
    const who =
      compared.length === 1
        ? `Only ${compared[0]} has ${this.view.all ? 'coded' : 'marked documents as coded'} in this notebook.`
        : this.view.all
          ? 'Nobody has coded in this notebook yet.'
          : 'Nobody has marked a document as coded in this notebook yet.';
    return { kind: 'coders', message: who };
  }

  private refusal(message: string): AgreementGap {
    if (this.session.state.get().themes.length === 0) return { kind: 'themes', message };
    if (!this.view.all && /coded document in common/.test(message)) return { kind: 'coded', message };
    return { kind: 'other', message };
  }

  /** Compares these coders (two or more to see a table). */
  async chooseCoders(coders: readonly string[]): Promise<void> {
    this.update({ chosen: [...coders] });
    await this.load();
  }

  async toggleCoder(name: string): Promise<void> {
    const compared = this.compared();
    await this.chooseCoders(compared.includes(name) ? compared.filter((c) => c !== name) : [...compared, name]);
  }

  /** Every document, coded or not (true), or only those every compared coder marked as coded. */
  async compareAll(all: boolean): Promise<void> {
    this.update({ all });
    await this.load();
  }

  sortBy(column: AgreementColumn): void {
    this.update({ sort: nextSort(this.view.sort, column) });
  }

  /** Lists a theme's disagreements (null: back to the table). */
  async chooseTheme(themeId: number | null): Promise<void> {
    this.update({ themeId, disagreements: null });
    if (themeId !== null) await this.load();
  }

  /**
   * Settles a sentence into the consensus coder, keeping some coders' answer:
   * the list shows it settled at once, and the table and the list read
   * themselves again once the notebook has it.
   */
  async settle(disagreement: Disagreement, option: KeepOption): Promise<void> {
    if (this.session.refuseChange()) return;
    const { themeId } = this.view;
    if (themeId === null) return;
    const shown = this.view.disagreements;
    if (shown) {
      this.update({
        disagreements: {
          ...shown,
          disagreements: shown.disagreements.map((d) => (d.sentenceId === disagreement.sentenceId ? { ...d, consensus: option.present } : d)),
        },
      });
    }
    const settled = await this.session.send(() => call('agreement:settle', { sentenceId: disagreement.sentenceId, themeIds: [themeId], keep: option.keep }));
    if (settled) await this.session.apply({ history: settled.history, refresh: 'counts' });
    await this.load();
  }

  /** A disagreement, in the reader: a filter that would hide it is lifted. */
  async open(disagreement: Disagreement): Promise<void> {
    const { state } = this.session;
    const number = disagreement.sentenceNumber;
    await this.reader.openDocument(disagreement.documentId, { select: number });
    const s = state.get();
    if (s.filterMatches && !s.filterMatches.includes(number)) await this.filter.set(null);
    this.selection.select(single(number), true, true, 'center');
    state.set({ view: 'reader' });
  }

  /** The theme's disagreements as Markdown, saved where the researcher chooses (or downloaded, in the browser). */
  async exportMarkdown(): Promise<void> {
    const { themeId, all, disagreements } = this.view;
    if (themeId === null) return;
    await this.session.queue.idle();
    const input = { themeId, coders: this.compared(), all };
    const theme = disagreements?.theme.name ?? 'the theme';
    if (capabilities.export === 'download') {
      const file = await request('agreement:markdown', input);
      if (!file) return;
      download(file);
      showMessage('success', `Downloaded the disagreements on ${theme} as ${file.fileName}.`);
      return;
    }
    const saved = await request('agreement:save-markdown', input);
    if (!saved) return;
    const reveal = capabilities.showInFolder ? { label: 'Show in folder', run: () => void request('shell:reveal', { path: saved.path }) } : null;
    showMessage('success', `Saved the disagreements on ${theme} for ${nameList(input.coders)} to ${saved.path}.`, reveal);
  }
}

/** The Agreement actions, as this feature's components reach them. */
export const [AgreementProvider, useAgreement] = actionsContext<AgreementActions>('agreement actions');
