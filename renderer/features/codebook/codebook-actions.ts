/** Editing the codebook: every change is one undoable step in the notebook. */
import type { Theme } from '../../../electron/contract';
import { showMessage } from '../../lib/messages';
import { call } from '../../lib/themata';
import { actionsContext } from '../../state/actions-context';
import type { NotebookSession } from '../../state/notebook-session';
import type { FilterActions } from '../filter/filter-actions';
import type { HistoryActions } from '../history/history-actions';

export interface ThemePatch {
  name?: string;
  colour?: string;
  description?: string;
  key?: number | null;
}

export class CodebookActions {
  constructor(
    private readonly session: NotebookSession,
    private readonly filter: FilterActions,
    private readonly history: HistoryActions,
  ) {}

  async add(name: string, colour?: string): Promise<Theme | null> {
    if (this.session.refuseChange()) return null;
    const result = await this.session.send(() => call('themes:add', { name, ...(colour ? { colour } : {}) }));
    if (!result) return null;
    this.session.state.set({ themes: result.themes });
    await this.session.apply({ history: result.history });
    return result.theme;
  }

  async update(themeId: number, patch: ThemePatch): Promise<boolean> {
    if (this.session.refuseChange()) return false;
    const result = await this.session.send(() => call('themes:update', { themeId, ...patch }));
    if (!result) return false;
    // The whole codebook: a key given to this theme was taken from the theme that held it.
    this.session.state.set({ themes: result.themes });
    await this.session.apply({ history: result.history });
    return true;
  }

  async reorder(themeIds: number[]): Promise<void> {
    if (this.session.refuseChange()) return;
    const { state } = this.session;
    const byId = new Map(state.get().themes.map((t) => [t.id, t]));
    const optimistic = themeIds.map((id) => byId.get(id)).filter((t) => t !== undefined);
    state.set({ themes: optimistic.map((t, order) => ({ ...t, order })) });
    const result = await this.session.send(() => call('themes:reorder', { themeIds }));
    if (!result) {
      // The notebook refused: show the codebook it holds.
      await this.session.apply({ refresh: 'counts' });
      return;
    }
    state.set({ themes: result.themes });
    await this.session.apply({ history: result.history });
  }

  async merge(sourceId: number, targetId: number): Promise<boolean> {
    if (this.session.refuseChange()) return false;
    const source = this.session.state.get().themes.find((t) => t.id === sourceId);
    const target = await this.session.send(() => call('themes:merge', { sourceId, targetId }));
    if (!target) return false;
    showMessage('success', `Merged ${source?.name ?? 'the theme'} into ${target.name}.`, this.history.undoAction());
    this.filter.forget(sourceId);
    await this.session.apply({ refresh: 'everything' });
    return true;
  }

  async remove(themeId: number): Promise<boolean> {
    if (this.session.refuseChange()) return false;
    const theme = this.session.state.get().themes.find((t) => t.id === themeId);
    const result = await this.session.send(() => call('themes:delete', { themeId }));
    if (!result) return false;
    const tags = result.removedTags === 1 ? '1 tag' : `${result.removedTags.toLocaleString()} tags`;
    showMessage('success', `Deleted ${theme?.name ?? 'the theme'} and ${tags}.`, this.history.undoAction());
    this.filter.forget(themeId);
    await this.session.apply({ refresh: 'everything' });
    return true;
  }
}

/** The codebook actions, as this feature's components reach them. */
export const [CodebookProvider, useCodebook] = actionsContext<CodebookActions>('codebook actions');
