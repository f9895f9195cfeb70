/**
 * Tagging: a theme toggled on the selected sentences, by its key (1–9), the
 * panel or the palette. The tag shows at once, with the counts beside it,
 * and is reconciled with what the notebook says.
 */
import type { Sentence } from '../../../electron/contract';
import { showMessage } from '../../lib/messages';
import { call } from '../../lib/themata';
import { actionsContext } from '../../state/actions-context';
import type { NotebookSession } from '../../state/notebook-session';
import type { SelectionActions } from '../reader/selection-actions';
import type { ScopeActions } from '../scope/scope-actions';
import { tagRefusal } from '../coders/coder-view';
import { toggleTheme } from './optimistic-tags';
import { themeInSlot } from './theme-search';

/** More than this in one change would hold the notebook too long. */
const MOST_AT_ONCE = 100_000;

export class TagActions {
  constructor(
    private readonly session: NotebookSession,
    private readonly selection: SelectionActions,
    private readonly scope: ScopeActions,
  ) {}

  /** True, after saying why, in another coder's view: the key would change tags the researcher cannot see. */
  private refuseInOthersView(): boolean {
    const refusal = tagRefusal(this.session.state.get().coders);
    if (refusal) showMessage('info', refusal);
    return refusal !== null;
  }

  async toggleSlot(slot: number): Promise<void> {
    if (this.session.refuseChange() || this.refuseInOthersView()) return;
    const theme = themeInSlot(this.session.state.get().themes, slot);
    if (!theme) {
      showMessage('info', `No theme has key ${slot}: keys go to the first nine themes in the codebook, and it has fewer.`);
      return;
    }
    await this.toggle(theme.id);
  }

  /** The selected sentences, loaded; null after saying why when there are none or too many. */
  private async selectedSentences(): Promise<Sentence[] | null> {
    const store = this.session.state.get().sentences;
    const numbers = this.selection.numbers();
    if (!store || numbers.length === 0) {
      showMessage('info', 'Select a sentence first: click it, or move to it with j and k.');
      return null;
    }
    if (numbers.length > MOST_AT_ONCE) {
      showMessage('error', 'Select at most 100,000 sentences to tag at once.');
      return null;
    }
    await store.ensureRange(numbers[0]!, numbers[numbers.length - 1]!);
    const sentences = numbers.map((n) => store.get(n)).filter((s) => s !== undefined);
    if (sentences.length !== numbers.length) {
      showMessage('error', 'Some of the selected sentences could not be loaded; try again.');
      return null;
    }
    return sentences;
  }

  /**
   * The palette's "Create theme": a new theme, tagged on the selection, in one
   * step that one undo takes back. A refused name (taken, blank) comes back
   * to be shown in the palette; nothing was saved or lost.
   */
  async createTheme(name: string): Promise<{ refusal: string } | null> {
    if (this.session.refuseChange() || this.refuseInOthersView()) return null;
    if (!name.trim()) return { refusal: 'A theme needs a name.' };
    const before = await this.selectedSentences();
    if (!before) return null;
    const result = await this.session.attempt(() => call('themes:create-and-tag', { name, sentenceIds: before.map((s) => s.id) }));
    if (!result.ok) return result.error.code === 'invalid-input' || result.error.code === 'conflict' ? { refusal: result.error.message } : null;
    this.session.state.set({ themes: result.value.themes });
    await this.session.apply({ effects: result.value, refresh: 'filter-after-burst' });
    const where = before.length === 1 ? `sentence ${before[0]!.number}` : `${before.length} sentences`;
    showMessage('success', `Created ${result.value.theme.name} and tagged ${where} with it.`);
    if (result.value.sentences === null) await this.session.state.get().sentences?.refresh();
    return null;
  }

  async toggle(themeId: number): Promise<void> {
    if (this.session.refuseChange() || this.refuseInOthersView()) return;
    const { state } = this.session;
    const store = state.get().sentences;
    const before = await this.selectedSentences();
    if (!store || !before) return;
    const positions = new Map(state.get().themes.map((t, i) => [t.id, i]));
    const coder = state.get().notebook?.coder ?? '';
    const change = toggleTheme(before, themeId, (id) => positions.get(id) ?? Number.MAX_SAFE_INTEGER, coder);
    store.replace(change.sentences);
    this.adjustCounts(store.documentId, themeId, change.tagDelta, change.taggedDelta);
    this.scope.adjustThemeCount(store.documentId, themeId, change.tagDelta);
    const result = await this.session.send(() => call('tags:toggle', { sentenceIds: before.map((s) => s.id), themeId }));
    if (!result) {
      // The notebook refused: show what it holds.
      await store.refresh();
      await this.session.apply({ refresh: 'counts' });
      return;
    }
    // The answer carries the sentences, counts and undo labels: nothing else is asked but the filter, when one is on.
    await this.session.apply({ effects: result, refresh: 'filter-after-burst' });
    // The notebook held other tags than the screen showed, or touched too many sentences to send: show what it holds.
    if (result.applied !== change.applied || result.sentences === null) await store.refresh();
  }

  /** The counts beside the tag, before the notebook confirms them. */
  private adjustCounts(documentId: number, themeId: number, tagDelta: number, taggedDelta: number): void {
    this.session.state.set((s) => ({
      themes: s.themes.map((t) => {
        if (t.id !== themeId) return t;
        const tagCount = Math.max(0, t.tagCount + tagDelta);
        // A parent's roll-up waits for the notebook: a sentence may already carry a sub-theme.
        return { ...t, tagCount, rollupCount: s.themes.some((other) => other.parentId === t.id) ? t.rollupCount : tagCount };
      }),
      documents: s.documents.map((d) =>
        d.id === documentId ? { ...d, taggedCount: Math.max(0, d.taggedCount + taggedDelta) } : d,
      ),
    }));
  }
}

/** The tagging actions, as this feature's components reach them. */
export const [TagsProvider, useTags] = actionsContext<TagActions>('tagging actions');
