import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { HistoryState } from '../contract';
import { AppMenu, type AppMenuDeps, type MenuNotebook } from './app-menu';
import { DEFAULT_SETTINGS, type Settings } from './settings';

function fakeNotebook(readOnly = false) {
  let history: HistoryState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };
  const notebook: MenuNotebook = { readOnly, historyState: () => history };
  return { notebook, setHistory: (next: HistoryState) => void (history = next) };
}

function setUp(recent: string[] = []) {
  let settings: Settings = { ...DEFAULT_SETTINGS, recent };
  const menus: MenuItemConstructorOptions[][] = [];
  const deps: AppMenuDeps = {
    platform: 'linux',
    isDevelopment: false,
    settings: {
      get current() {
        return settings;
      },
      update: (change) => (settings = change(settings)),
    },
    sendCommand: vi.fn(),
    openRecent: vi.fn(),
    setMenu: (template) => void menus.push(template),
  };
  return { menu: new AppMenu(deps), menus, deps, settings: () => settings };
}

function items(template: MenuItemConstructorOptions[] | undefined, path: string[]): MenuItemConstructorOptions[] {
  let level = template ?? [];
  for (const label of path) {
    const found = level.find((entry) => entry.label?.replace('&', '') === label);
    if (!found || !Array.isArray(found.submenu)) throw new Error(`no ${label} menu`);
    level = found.submenu;
  }
  return level;
}

const labels = (entries: MenuItemConstructorOptions[]) => entries.map((entry) => entry.label).filter(Boolean);

describe('the app menu', () => {
  it('names what undo would do for the notebook just opened', () => {
    const { menu, menus } = setUp();
    const { notebook, setHistory } = fakeNotebook();
    setHistory({ canUndo: true, canRedo: false, undoLabel: 'Tag sentence 4 as Missile claims', redoLabel: null });
    menu.show(notebook);
    expect(labels(items(menus.at(-1), ['Edit']))).toContain('Undo tag sentence 4 as Missile claims');
  });

  it('is rebuilt after a call only when undo or redo would now do something else', () => {
    const { menu, menus } = setUp();
    const { notebook, setHistory } = fakeNotebook();
    menu.show(notebook);
    menu.afterCall();
    expect(menus).toHaveLength(1);
    setHistory({ canUndo: true, canRedo: false, undoLabel: 'Add note to sentence 2', redoLabel: null });
    menu.afterCall();
    expect(menus).toHaveLength(2);
    expect(labels(items(menus.at(-1), ['Edit']))).toContain('Undo add note to sentence 2');
  });

  it('greys out what would change a read-only notebook', () => {
    const { menu, menus } = setUp();
    menu.show(fakeNotebook(true).notebook);
    const importText = items(menus.at(-1), ['File']).find((entry) => entry.label === 'Import Articles…');
    expect(importText?.enabled).toBe(false);
  });

  it('lists the recent notebooks, opens one when chosen, and clears the list for good', () => {
    const { menu, menus, deps, settings } = setUp(['/study/Study.themata']);
    menu.show(fakeNotebook().notebook);
    const recent = items(menus.at(-1), ['File', 'Open Recent']);
    (recent.find((entry) => entry.label === 'Study — /study')?.click as () => void)();
    expect(deps.openRecent).toHaveBeenCalledWith('/study/Study.themata');

    (recent.find((entry) => entry.label === 'Clear Recent')?.click as () => void)();
    expect(settings().recent).toEqual([]);
    expect(labels(items(menus.at(-1), ['File', 'Open Recent']))).toEqual(['No Recent Notebooks']);
  });
});
