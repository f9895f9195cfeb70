/**
 * Switching views, opening and closing the one dialog, and the drawers of a
 * narrow window. Features ask for these; app/ does them, since they reach
 * across features (a dialog leaves the note being written, the overview
 * loads its counts, closing a dialog gives the reader its focus back).
 */
import { actionsContext } from './actions-context';
import type { Dialog, Drawer, View } from './workspace-state';

export interface Navigation {
  setView(view: View): void;
  /** Opens a dialog, unless a read-only notebook refuses what it is for (said on screen). */
  openDialog(dialog: Dialog): void;
  closeDialog(): void;
  toggleDrawer(drawer: Drawer): void;
}

export const [NavigationProvider, useNavigation] = actionsContext<Navigation>('views and dialogs');
