/**
 * Undo and redo: each steps the notebook's history once, says what it
 * reversed, and repaints everything the step may have reached.
 */
import type { HistoryState } from '../../../electron/contract';
import { dismissMessages, showMessage, type MessageAction } from '../../lib/messages';
import { call } from '../../lib/themata';
import type { NotebookSession } from '../../state/notebook-session';
import type { NoteActions } from '../notes/note-actions';

export class HistoryActions {
  constructor(
    private readonly session: NotebookSession,
    private readonly notes: NoteActions,
  ) {}

  async undo(): Promise<void> {
    await this.step('history:undo');
  }

  async redo(): Promise<void> {
    await this.step('history:redo');
  }

  /** The "Undo" button on a confirmation message. */
  undoAction(): MessageAction {
    return { label: 'Undo', run: () => void this.undo() };
  }

  private async step(channel: 'history:undo' | 'history:redo'): Promise<void> {
    if (this.session.refuseChange()) return;
    // A note being typed is part of what undo undoes: it lands first.
    await this.notes.flush();
    const { history } = this.session.state.get();
    const label = channel === 'history:undo' ? history.undoLabel : history.redoLabel;
    const result: HistoryState | null = await this.session.send(
      () => call(channel, {}),
      ['nothing-to-undo', 'nothing-to-redo'],
    );
    if (!result) {
      const latest = await call('history:state', {});
      if (latest.ok) await this.session.apply({ history: latest.value });
      if (!(latest.ok ? (channel === 'history:undo' ? latest.value.canUndo : latest.value.canRedo) : true)) {
        showMessage('info', channel === 'history:undo' ? 'Nothing to undo.' : 'Nothing to redo.');
      }
      return;
    }
    // An "Undo" offered by a message no longer holds once history moved.
    dismissMessages((message) => message.action !== null);
    if (label) showMessage('info', `${channel === 'history:undo' ? 'Undone' : 'Redone'}: ${label}.`);
    await this.session.apply({ history: result, refresh: 'everything' });
  }
}
