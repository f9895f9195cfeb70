/**
 * The application menu as the open notebook makes it: the Edit menu names
 * what undo and redo would do, a read-only notebook greys out what would
 * change it, and Open Recent lists the recent notebooks. Rebuilt when the
 * notebook changes, the recent list changes, or the history moves.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { Notebook } from '../../db';
import type { MenuCommand } from '../contract';
import { buildMenuTemplate } from './menu';
import type { SettingsStore } from './settings';

/** What the menu needs of the open notebook. */
export type MenuNotebook = Pick<Notebook, 'historyState' | 'readOnly'>;

export interface AppMenuDeps {
  platform: NodeJS.Platform;
  isDevelopment: boolean;
  settings: Pick<SettingsStore, 'current' | 'update'>;
  sendCommand: (command: MenuCommand) => void;
  openRecent: (notebookPath: string) => void;
  /** Electron: Menu.setApplicationMenu(Menu.buildFromTemplate(template)). */
  setMenu: (template: MenuItemConstructorOptions[]) => void;
}

export class AppMenu {
  #notebook: MenuNotebook | null = null;
  /** The history the menu shows, to rebuild it only when that changes. */
  #shownHistory = '';

  constructor(private readonly deps: AppMenuDeps) {}

  /** Another notebook is open. */
  show(notebook: MenuNotebook): void {
    this.#notebook = notebook;
    this.refresh();
  }

  refresh(): void {
    const history = this.#notebook?.historyState();
    this.#shownHistory = JSON.stringify(history);
    this.deps.setMenu(
      buildMenuTemplate({
        ...(history ? { history } : {}),
        readOnly: this.#notebook?.readOnly ?? false,
        platform: this.deps.platform,
        isDevelopment: this.deps.isDevelopment,
        recentNotebooks: this.deps.settings.current.recent,
        sendCommand: this.deps.sendCommand,
        openRecent: this.deps.openRecent,
        clearRecent: () => {
          this.deps.settings.update((settings) => ({ ...settings, recent: [] }));
          this.refresh();
        },
      }),
    );
  }

  /** After every call from the page: rebuilt only when undo or redo would now do something else. */
  afterCall(): void {
    if (JSON.stringify(this.#notebook?.historyState()) !== this.#shownHistory) this.refresh();
  }
}
