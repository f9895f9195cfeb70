/**
 * What a read-only notebook allows: reading, selecting, search, filters, the
 * overview and export. Every change is refused before it is sent, with one
 * quiet sentence saying why; the controls for them are disabled and say the
 * same on hover. The keys and menu commands it refuses are app/'s (read-only.ts there).
 */
import type { Dialog } from './workspace-state';

/** Shown when a key or a command would change a read-only notebook. */
export const READ_ONLY_MESSAGE = 'This notebook is read-only, so its tags, notes and codebook can’t be changed.';

/** The hover text of a control a read-only notebook disables. */
export const READ_ONLY_TITLE = 'Read-only notebook: Themata can’t change its file';

const EDITING_DIALOGS: ReadonlySet<Dialog['kind']> = new Set(['palette', 'paste', 'delete-theme', 'merge-theme', 'delete-document']);

/** Whether a dialog exists to change the notebook (the palette applies themes; the rest add or remove). */
export function dialogChangesNotebook(dialog: Dialog): boolean {
  return EDITING_DIALOGS.has(dialog.kind);
}
