import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, historyItemLabel, recentLabel, type MenuInput } from './menu';

function template(overrides: Partial<MenuInput> = {}) {
  const input: MenuInput = {
    platform: 'linux',
    isDevelopment: false,
    recentNotebooks: [],
    sendCommand: vi.fn(),
    openRecent: vi.fn(),
    clearRecent: vi.fn(),
    ...overrides,
  };
  return { input, menu: buildMenuTemplate(input) };
}

function submenu(menu: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const found = menu.find((item) => item.label?.replace('&', '') === label);
  if (!found || !Array.isArray(found.submenu)) throw new Error(`no ${label} menu`);
  return found.submenu;
}

function item(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items.find((entry) => entry.label === label);
  if (!found) throw new Error(`no ${label} item`);
  return found;
}

function click(entry: MenuItemConstructorOptions): void {
  (entry.click as () => void)();
}

describe('the application menu', () => {
  it('has File, Edit, View and Help on Windows and Linux, with no app menu', () => {
    expect(template().menu.map((m) => m.label ?? m.role)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('adds the app menu and the Window menu on macOS', () => {
    const { menu } = template({ platform: 'darwin' });
    expect(menu.map((m) => m.label ?? m.role)).toEqual(['Themata', '&File', '&Edit', '&View', 'windowMenu', '&Help']);
    expect(submenu(menu, 'Themata').map((m) => m.role).filter(Boolean)).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
  });

  it.each([
    ['File', 'New Notebook…', 'notebook:new', 'CmdOrCtrl+N'],
    ['File', 'Open Notebook…', 'notebook:open', 'CmdOrCtrl+O'],
    ['File', 'Restore from a Backup…', 'backups:restore', undefined],
    ['File', 'Import Articles…', 'document:import', 'CmdOrCtrl+I'],
    ['File', 'Import a Folder…', 'document:import-folder', undefined],
    ['File', 'Import a REFI-QDA Project…', 'document:import-project', undefined],
    ['File', 'Merge Another Coder’s Work…', 'document:merge', undefined],
    ['File', 'Export…', 'export:open', 'CmdOrCtrl+E'],
    ['Edit', 'Undo', 'edit:undo', 'CmdOrCtrl+Z'],
    ['Edit', 'Redo', 'edit:redo', 'Shift+CmdOrCtrl+Z'],
    ['Edit', 'Find', 'edit:find', 'CmdOrCtrl+F'],
    ['Edit', 'Who Is Coding…', 'coders:change', undefined],
    ['View', 'Reader', 'view:reader', 'CmdOrCtrl+1'],
    ['View', 'Overview', 'view:overview', 'CmdOrCtrl+2'],
    ['View', 'Codebook', 'view:codebook', 'CmdOrCtrl+3'],
    ['View', 'Agreement', 'view:agreement', 'CmdOrCtrl+4'],
    ['Help', 'Keyboard Shortcuts', 'help:keys', '?'],
  ] as const)('%s > %s sends %s (%s)', (menuName, label, command, accelerator) => {
    const { menu, input } = template();
    const entry = item(submenu(menu, menuName), label);
    expect(entry.accelerator).toBe(accelerator);
    click(entry);
    expect(input.sendCommand).toHaveBeenCalledWith(command);
  });

  it('leaves keys the workspace handles itself to the page, so a note field keeps its own undo', () => {
    const { menu } = template();
    const edit = submenu(menu, 'Edit');
    for (const label of ['Undo', 'Redo', 'Find']) expect(item(edit, label).registerAccelerator).toBe(false);
    expect(item(submenu(menu, 'File'), 'Export…').registerAccelerator).toBe(false);
    expect(item(submenu(menu, 'File'), 'Open Notebook…').registerAccelerator).toBeUndefined();
  });

  it('greys out restore, import, merge, undo and redo for a read-only notebook, and only those', () => {
    const history = { canUndo: true, canRedo: true, undoLabel: 'Tag sentence 4 as Missile claims', redoLabel: 'Add theme Sources' };
    const { menu } = template({ readOnly: true, history });
    const disabled = menu
      .flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : []))
      .filter((entry) => entry.enabled === false)
      .map((entry) => entry.label);
    expect(disabled).toEqual(['Restore from a Backup…', 'Import Articles…', 'Import a Folder…', 'Import a REFI-QDA Project…', 'Merge Another Coder’s Work…', 'Undo', 'Redo']);
    expect(item(submenu(template({ history }).menu, 'File'), 'Import Articles…').enabled).toBeUndefined();
  });

  it('keeps the system clipboard roles in Edit', () => {
    const roles = submenu(template().menu, 'Edit').map((m) => m.role).filter(Boolean);
    expect(roles).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('offers reload and developer tools in development only', () => {
    const roles = (isDevelopment: boolean) => submenu(template({ isDevelopment }).menu, 'View').map((m) => m.role);
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
  });

  it('lists recent notebooks, opens one, and clears the list', () => {
    const recent = ['/home/ana/Study.themata', '/home/ana/old/Pilot.themata'];
    const { menu, input } = template({ recentNotebooks: recent });
    const list = submenu(submenu(menu, 'File'), 'Open Recent');
    expect(list.map((m) => m.label ?? m.type)).toEqual(['Study — /home/ana', 'Pilot — /home/ana/old', 'separator', 'Clear Recent']);
    click(list[1]!);
    expect(input.openRecent).toHaveBeenCalledWith('/home/ana/old/Pilot.themata');
    click(item(list, 'Clear Recent'));
    expect(input.clearRecent).toHaveBeenCalled();
  });

  it('says so when there is no recent notebook', () => {
    const list = submenu(submenu(template().menu, 'File'), 'Open Recent');
    expect(list).toEqual([{ label: 'No Recent Notebooks', enabled: false }]);
  });

  it('quits from File on Windows and Linux, closes the window on macOS', () => {
    expect(submenu(template().menu, 'File').at(-1)?.role).toBe('quit');
    expect(submenu(template({ platform: 'darwin' }).menu, 'File').at(-1)?.role).toBe('close');
  });
});

describe('recentLabel', () => {
  it('doubles & so Windows does not underline the next letter', () => {
    expect(recentLabel('/data/R&D/Q&A.themata')).toBe('Q&&A — /data/R&&D');
  });

  it('names what undo and redo would do, shortened to fit', () => {
    expect(historyItemLabel('Undo', 'Tag sentence 4 as Missile claims')).toBe('Undo tag sentence 4 as Missile claims');
    expect(historyItemLabel('Redo', null)).toBe('Redo');
    const long = historyItemLabel('Undo', 'Rename theme Civilian-casualty assertions to Civilian harm claims');
    expect(long.length).toBeLessThanOrEqual(48);
    expect(long.startsWith('Undo rename theme Civilian-casualty')).toBe(true);
    expect(long.endsWith('…')).toBe(true);
  });
});
