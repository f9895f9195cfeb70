/** Export in any format: a preview, the file written where the researcher chooses (or downloaded, in the browser), and the way to it. */
import type { ChannelInput, ChannelOutput } from '../../../electron/contract';
import { capabilities } from '../../lib/capabilities';
import { download } from '../../lib/download';
import { request } from '../../lib/themata';
import { actionsContext } from '../../state/actions-context';
import type { NotebookSession } from '../../state/notebook-session';
import type { NoteActions } from '../notes/note-actions';

export type ExportRequest = ChannelInput<'export:preview'>;
export type ExportPreview = ChannelOutput<'export:preview'>;

/** Where an export went: a file the save dialog chose, or a download the browser keeps. */
export type ExportOutcome = { kind: 'saved'; path: string } | { kind: 'downloaded'; fileName: string };

export class ExportActions {
  constructor(
    private readonly session: NotebookSession,
    /** What is typed and saved after a pause (notes, memos, details): flushed first. */
    private readonly notes: Pick<NoteActions, 'flush'>,
  ) {}

  async preview(options: ExportRequest): Promise<ExportPreview | null> {
    return await request('export:preview', options);
  }

  /** Saves what the notebook holds once every waiting note and change has landed; null when cancelled or refused. */
  async save(options: ExportRequest): Promise<ExportOutcome | null> {
    await this.notes.flush();
    await this.session.queue.idle();
    if (capabilities.export === 'download') {
      const file = await request('export:file', options);
      if (!file) return null;
      download(file);
      return { kind: 'downloaded', fileName: file.fileName };
    }
    const result = await request('export:save', options);
    return result ? { kind: 'saved', path: result.path } : null;
  }

  async reveal(path: string): Promise<void> {
    await request('shell:reveal', { path });
  }
}

/** The export actions, as this feature's components reach them. */
export const [ExportProvider, useExport] = actionsContext<ExportActions>('export actions');
