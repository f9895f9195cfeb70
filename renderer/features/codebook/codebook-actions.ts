/** Editing the codebook: every change is one undoable step in the notebook. */
import type { Theme } from '../../../electron/contract';
import type { Workspace } from '../../app/workspace';
import { showMessage } from '../../lib/messages';
import { call } from '../../lib/themata';

export interface ThemePatch {
  name?: string;
  colour?: string;
  description?: string;
  key?: number | null;
}

export class CodebookActions {
  constructor(private readonly workspace: Workspace) {}

  async add(name: string, colour?: string): Promise<Theme | null> {
    if (this.workspace.refuseChange()) return null;
    const theme = await this.workspace.send(() => call('themes:add', { name, ...(colour ? { colour } : {}) }));
    if (theme) {
      this.workspace.state.set((s) => ({ themes: [...s.themes.filter((t) => t.id !== theme.id), theme] }));
      this.workspace.scheduleRefresh(0);
    }
    return theme;
  }

  async update(themeId: number, patch: ThemePatch): Promise<boolean> {
    if (this.workspace.refuseChange()) return false;
    const theme = await this.workspace.send(() => call('themes:update', { themeId, ...patch }));
    if (!theme) return false;
    this.workspace.state.set((s) => ({
      themes: s.themes.map((t) => {
        if (t.id === theme.id) return theme;
        // A key belongs to one theme: the notebook took it from its holder.
        return patch.key !== undefined && patch.key !== null && t.key === patch.key ? { ...t, key: null } : t;
      }),
    }));
    this.workspace.scheduleRefresh(0);
    return true;
  }

  async reorder(themeIds: number[]): Promise<void> {
    if (this.workspace.refuseChange()) return;
    const { state } = this.workspace;
    const byId = new Map(state.get().themes.map((t) => [t.id, t]));
    const optimistic = themeIds.map((id) => byId.get(id)).filter((t) => t !== undefined);
    state.set({ themes: optimistic.map((t, order) => ({ ...t, order })) });
    const themes = await this.workspace.send(() => call('themes:reorder', { themeIds }));
    if (themes) state.set({ themes });
    this.workspace.scheduleRefresh(0);
  }

  async merge(sourceId: number, targetId: number): Promise<boolean> {
    if (this.workspace.refuseChange()) return false;
    const source = this.workspace.state.get().themes.find((t) => t.id === sourceId);
    const target = await this.workspace.send(() => call('themes:merge', { sourceId, targetId }));
    if (!target) return false;
    showMessage('success', `Merged ${source?.name ?? 'the theme'} into ${target.name}.`, this.workspace.undoAction());
    this.workspace.filter.forget(sourceId);
    await this.workspace.refreshAll();
    return true;
  }

  async remove(themeId: number): Promise<boolean> {
    if (this.workspace.refuseChange()) return false;
    const theme = this.workspace.state.get().themes.find((t) => t.id === themeId);
    const result = await this.workspace.send(() => call('themes:delete', { themeId }));
    if (!result) return false;
    const tags = result.removedTags === 1 ? '1 tag' : `${result.removedTags.toLocaleString()} tags`;
    showMessage('success', `Deleted ${theme?.name ?? 'the theme'} and ${tags}.`, this.workspace.undoAction());
    this.workspace.filter.forget(themeId);
    await this.workspace.refreshAll();
    return true;
  }
}
