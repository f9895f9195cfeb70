/** Listing the open notebook's backups, and putting one in the notebook's place. */
import type { Backup } from '../../../electron/contract';
import { showMessage } from '../../lib/messages';
import { request } from '../../lib/themata';
import { actionsContext } from '../../state/actions-context';
import type { NotebookSession } from '../../state/notebook-session';
import type { NoteActions } from '../notes/note-actions';
import { whenInWords } from './backup-words';

export class BackupActions {
  /** @param reload starts the workspace over on the notebook the main process has open now */
  constructor(
    private readonly session: NotebookSession,
    /** What is typed and saved after a pause (notes, memos, details): flushed first. */
    private readonly notes: Pick<NoteActions, 'flush'>,
    private readonly reload: () => Promise<void>,
  ) {}

  /** Newest first; null when they could not be listed (the message is shown). */
  list(): Promise<Backup[] | null> {
    return request('backups:list', {});
  }

  /**
   * Restores once every waiting note and change has landed (they are then
   * part of the state that is backed up first), and starts over on the
   * restored notebook as after opening one. Resolves to whether it was restored.
   */
  async restore(backup: Backup): Promise<boolean> {
    await this.notes.flush();
    await this.session.queue.idle();
    const result = await request('backups:restore', { path: backup.path });
    if (!result) return false;
    await this.reload();
    showMessage('success', `Restored the backup of ${lowerFirst(whenInWords(result.restored.createdAt))}; what the notebook held before is kept as a backup too.`);
    return true;
  }
}

/** The backup actions, as this feature's components reach them. */
export const [BackupsProvider, useBackups] = actionsContext<BackupActions>('backup actions');

function lowerFirst(text: string): string {
  return /^(Today|Yesterday)/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
