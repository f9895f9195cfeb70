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
    const theme = await this.session.send(() => call('themes:add', { name, ...(colour ? { colour } : {}) }));
    if (theme) {
      this.session.state.set((s) => ({ themes: [...s.themes.filter((t) => t.id !== theme.id), theme] }));
      await this.session.apply({ refresh: 'counts' });
    }
    return theme;
  }

  async update(themeId: number, patch: ThemePatch): Promise<boolean> {
    if (this.session.refuseChange()) return false;
    const theme = await this.session.send(() => call('themes:update', { themeId, ...patch }));
    if (!theme) return false;
    this.session.state.set((s) => ({
      themes: s.themes.map((t) => {
        if (t.id === theme.id) return theme;
        // A key belongs to one theme: the notebook took it from its holder.
        return patch.key !== undefined && patch.key !== null && t.key === patch.key ? { ...t, key: null } : t;
      }),
    }));
    await this.session.apply({ refresh: 'counts' });
    return true;
  }

  async reorder(themeIds: number[]): Promise<void> {
    if (this.session.refuseChange()) return;
    const { state } = this.session;
    const byId = new Map(state.get().themes.map((t) => [t.id, t]));
    const optimistic = themeIds.map((id) => byId.get(id)).filter((t) => t !== undefined);
    state.set({ themes: optimistic.map((t, order) => ({ ...t, order })) });
    const themes = await this.session.send(() => call('themes:reorder', { themeIds }));
    if (themes) state.set({ themes });
    await this.session.apply({ refresh: 'counts' });
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
