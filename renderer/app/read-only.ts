/**
 * The keys and menu commands a read-only notebook refuses (the rest of what
 * it allows is in state/read-only.ts): they would tag, write notes, import or
 * undo. The command table checks these before it runs anything.
 */
import type { MenuCommand } from '../../electron/contract';
import type { KeyCommand } from './keyboard-map';

const EDITING_KEYS: ReadonlySet<KeyCommand['type']> = new Set(['theme:toggle-slot', 'palette:open', 'note:edit', 'history:undo', 'history:redo']);

const EDITING_MENU_COMMANDS: ReadonlySet<MenuCommand> = new Set(['document:import', 'document:import-folder', 'document:import-project', 'document:merge', 'edit:undo', 'edit:redo']);

/** Whether a key from the keyboard map would change the notebook. */
export function keyChangesNotebook(command: KeyCommand): boolean {
  return EDITING_KEYS.has(command.type);
}

/** Whether a menu command would change the notebook (the desktop menu greys these out). */
export function menuCommandChangesNotebook(command: MenuCommand): boolean {
  return EDITING_MENU_COMMANDS.has(command);
}
