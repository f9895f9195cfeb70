/**
 * The application menu as data. Commands the workspace owns are sent to it
 * as 'menu:command' events; keys the workspace already handles itself
 * (undo, find, export, ?) are shown but not registered, so a text field keeps
 * its own Ctrl/Cmd+Z and the page sees the key press.
 */
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { HistoryState, MenuCommand } from '../contract';

export interface MenuInput {
  platform: NodeJS.Platform;
  isDevelopment: boolean;
  /** Most recent first. */
  recentNotebooks: readonly string[];
  sendCommand: (command: MenuCommand) => void;
  openRecent: (notebookPath: string) => void;
  clearRecent: () => void;
  /** What undo and redo would do, named in the Edit menu as desktop apps do. */
  history?: HistoryState;
  /** The open notebook can only be read: the commands that would change it are greyed out. */
  readOnly?: boolean;
}

const LABEL_LENGTH = 48;

/** "Undo Tag sentence 4 as Missile claims", shortened to fit a menu. */
export function historyItemLabel(verb: 'Undo' | 'Redo', action: string | null | undefined): string {
  if (!action) return verb;
  const text = `${verb} ${action.charAt(0).toLowerCase()}${action.slice(1)}`;
  return text.length <= LABEL_LENGTH ? text : `${text.slice(0, LABEL_LENGTH - 1).trimEnd()}…`;
}

export function buildMenuTemplate(input: MenuInput): MenuItemConstructorOptions[] {
  const isMac = input.platform === 'darwin';
  const command = (label: string, name: MenuCommand, accelerator?: string, handledByPage = false): MenuItemConstructorOptions => ({
    label,
    click: () => input.sendCommand(name),
    ...(accelerator ? { accelerator } : {}),
    ...(handledByPage ? { registerAccelerator: false } : {}),
  });
  // The workspace refuses these too; greying them out says so before the researcher tries.
  const editing = (item: MenuItemConstructorOptions): MenuItemConstructorOptions => (input.readOnly ? { ...item, enabled: false } : item);
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions = {
    label: 'Themata',
    submenu: [
      { role: 'about' },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('New Notebook…', 'notebook:new', 'CmdOrCtrl+N'),
      command('Open Notebook…', 'notebook:open', 'CmdOrCtrl+O'),
      { label: 'Open Recent', submenu: recentSubmenu(input) },
      editing(command('Restore from a Backup…', 'backups:restore')),
      separator,
      editing(command('Import Articles…', 'document:import', 'CmdOrCtrl+I')),
      editing(command('Import a Folder…', 'document:import-folder')),
      editing(command('Import a REFI-QDA Project…', 'document:import-project')),
      editing(command('Merge Another Coder’s Work…', 'document:merge')),
      command('Export…', 'export:open', 'CmdOrCtrl+E', true),
      separator,
      isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      editing(command(historyItemLabel('Undo', input.readOnly ? null : input.history?.undoLabel), 'edit:undo', 'CmdOrCtrl+Z', true)),
      editing(command(historyItemLabel('Redo', input.readOnly ? null : input.history?.redoLabel), 'edit:redo', 'Shift+CmdOrCtrl+Z', true)),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      command('Find', 'edit:find', 'CmdOrCtrl+F', true),
      separator,
      command('Who Is Coding…', 'coders:change'),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      command('Reader', 'view:reader', 'CmdOrCtrl+1'),
      command('Overview', 'view:overview', 'CmdOrCtrl+2'),
      command('Codebook', 'view:codebook', 'CmdOrCtrl+3'),
      command('Agreement', 'view:agreement', 'CmdOrCtrl+4'),
      separator,
      ...(input.isDevelopment
        ? ([{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator] satisfies MenuItemConstructorOptions[])
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [command('Keyboard Shortcuts', 'help:keys', '?', true)],
  };

  return [
    ...(isMac ? [appMenu] : []),
    file,
    edit,
    view,
    ...(isMac ? [{ role: 'windowMenu' } satisfies MenuItemConstructorOptions] : []),
    help,
  ];
}

function recentSubmenu(input: MenuInput): MenuItemConstructorOptions[] {
  if (input.recentNotebooks.length === 0) return [{ label: 'No Recent Notebooks', enabled: false }];
  return [
    ...input.recentNotebooks.map((notebookPath) => ({
      label: recentLabel(notebookPath),
      click: () => input.openRecent(notebookPath),
    })),
    { type: 'separator' },
    { label: 'Clear Recent', click: () => input.clearRecent() },
  ];
}

/** "Study — /home/ana/research"; & is doubled so Windows does not read it as a mnemonic. */
export function recentLabel(notebookPath: string): string {
  const name = path.basename(notebookPath).replace(/\.themata$/i, '');
  return `${name} — ${path.dirname(notebookPath)}`.replace(/&/g, '&&');
}
