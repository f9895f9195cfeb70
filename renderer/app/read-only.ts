/**
 * What a read-only notebook allows: reading, selecting, search, filters, the
 * overview and export. Every command that would change the file is refused
 * before it is sent, with one quiet sentence saying why; the controls for
 * them are disabled and say the same on hover.
 */
import type { MenuCommand } from '../../electron/contract';
import type { KeyCommand } from './keyboard-map';
import type { Dialog } from './workspace-state';

/** Shown when a key or a command would change a read-only notebook. */
export const READ_ONLY_MESSAGE = 'This notebook is read-only, so its tags, notes and codebook can’t be changed.';

/** The hover text of a control a read-only notebook disables. */
export const READ_ONLY_TITLE = 'Read-only notebook: Themata can’t change its file';

const EDITING_KEYS: ReadonlySet<KeyCommand['type']> = new Set(['theme:toggle-slot', 'palette:open', 'note:edit', 'history:undo', 'history:redo']);

const EDITING_MENU_COMMANDS: ReadonlySet<MenuCommand> = new Set(['document:import', 'edit:undo', 'edit:redo']);

const EDITING_DIALOGS: ReadonlySet<Dialog['kind']> = new Set(['palette', 'paste', 'delete-theme', 'merge-theme', 'delete-document']);

/** Whether a key from the keyboard map would change the notebook. */
export function keyChangesNotebook(command: KeyCommand): boolean {
  return EDITING_KEYS.has(command.type);
}

/** Whether a menu command would change the notebook (the desktop menu greys these out). */
export function menuCommandChangesNotebook(command: MenuCommand): boolean {
  return EDITING_MENU_COMMANDS.has(command);
}

/** Whether a dialog exists to change the notebook (the palette applies themes; the rest add or remove). */
export function dialogChangesNotebook(dialog: Dialog): boolean {
  return EDITING_DIALOGS.has(dialog.kind);
}
