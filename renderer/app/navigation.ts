/** Views, dialogs and drawers, as the workspace's features ask for them (see state/navigation.ts). */
import type { AgreementActions } from '../features/agreement/agreement-actions';
import type { NoteActions } from '../features/notes/note-actions';
import type { OverviewActions } from '../features/overview/overview-actions';
import type { RetrieveActions } from '../features/retrieve/retrieve-actions';
import type { SelectionActions } from '../features/reader/selection-actions';
import { showMessage } from '../lib/messages';
import type { Navigation } from '../state/navigation';
import type { NotebookSession } from '../state/notebook-session';
import { dialogChangesNotebook } from '../state/read-only';
import { single } from '../state/selection';
import type { Dialog, Drawer, View } from '../state/workspace-state';

export class WorkspaceNavigation implements Navigation {
  constructor(
    private readonly session: NotebookSession,
    private readonly selection: SelectionActions,
    private readonly notes: NoteActions,
    private readonly overview: OverviewActions,
    private readonly retrieve: RetrieveActions,
    private readonly agreement: AgreementActions,
  ) {}

  setView(view: View): void {
    this.session.state.set({ view, drawer: null });
    if (view === 'overview') void this.overview.load();
    if (view === 'retrieve') void this.retrieve.run();
    if (view === 'agreement') void this.agreement.load();
  }

  openDialog(dialog: Dialog): void {
    if (dialogChangesNotebook(dialog) && this.session.refuseChange()) return;
    if (dialog.kind === 'palette' && this.session.state.get().themes.length === 0) {
      showMessage('info', 'The codebook is empty; add a theme first.');
      this.setView('codebook');
      return;
    }
    void this.notes.leave(false);
    this.session.state.set({ dialog });
  }

  /** Closes the dialog; in the reader the selected sentence takes the focus back. */
  closeDialog(): void {
    const { state } = this.session;
    state.set({ dialog: null });
    const { selection, view } = state.get();
    if (selection?.focus && view === 'reader') this.selection.select(single(selection.focus), true);
  }

  toggleDrawer(drawer: Drawer): void {
    this.session.state.set((s) => ({ drawer: s.drawer === drawer ? null : drawer }));
  }
}
