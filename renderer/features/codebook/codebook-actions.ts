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
}

/** A change the notebook made, or its refusal of what was typed, in words to show beside the field. */
export type Attempt<T> = { ok: true; value: T } | { ok: false; refusal: string };

export class CodebookActions {
  constructor(
    private readonly session: NotebookSession,
    private readonly filter: FilterActions,
    private readonly history: HistoryActions,
  ) {}

  /** Adds a theme; a name refused (blank, taken) comes back to be shown where it was typed. */
  async add(name: string, parentId: number | null = null): Promise<Attempt<Theme> | null> {
    if (this.session.refuseChange()) return null;
    if (!name.trim()) return { ok: false, refusal: 'A theme needs a name.' };
    const result = await this.session.attempt(() => call('themes:add', { name, parentId }));
    if (!result.ok) return result.error.code === 'invalid-input' || result.error.code === 'conflict' ? { ok: false, refusal: result.error.message } : null;
    this.session.state.set({ themes: result.value.themes });
    await this.session.apply({ history: result.value.history });
    return { ok: true, value: result.value.theme };
  }

  /** Edits a theme; a name refused (blank, taken) comes back to be shown where it was typed. */
  async update(themeId: number, patch: ThemePatch): Promise<Attempt<Theme> | null> {
    if (this.session.refuseChange()) return null;
    const result = await this.session.attempt(() => call('themes:update', { themeId, ...patch }));
    if (!result.ok) return result.error.code === 'invalid-input' || result.error.code === 'conflict' ? { ok: false, refusal: result.error.message } : null;
    this.session.state.set({ themes: result.value.themes });
    await this.session.apply({ history: result.value.history });
    return { ok: true, value: result.value.theme };
  }

  /**
   * Puts a theme, with its sub-themes, under another (null: the top level),
   * before one of its new siblings or after them all. A move under itself or
   * one of its own sub-themes is refused with the notebook's one message.
   */
  async move(themeId: number, parentId: number | null, beforeId: number | null = null): Promise<boolean> {
    if (this.session.refuseChange()) return false;
    const result = await this.session.attempt(() => call('themes:move', { themeId, parentId, beforeId }));
    if (!result.ok) {
      if (result.error.code === 'invalid-input' || result.error.code === 'conflict') showMessage('info', result.error.message);
      return false;
    }
    this.session.state.set({ themes: result.value.themes });
    // The filter and overview list themes in codebook order, with roll-ups that a move changes.
    await this.session.apply({ history: result.value.history, refresh: 'counts' });
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
