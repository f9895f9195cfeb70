/** Markdown export: a preview, the file written where the researcher chooses, and the way to it. */
import type { ChannelInput } from '../../../electron/contract';
import { request } from '../../lib/themata';
import { actionsContext } from '../../state/actions-context';
import type { NotebookSession } from '../../state/notebook-session';
import type { NoteActions } from '../notes/note-actions';

export type ExportRequest = ChannelInput<'export:preview'>;

export class ExportActions {
  constructor(
    private readonly session: NotebookSession,
    /** What is typed and saved after a pause (notes, memos, details): flushed first. */
    private readonly notes: Pick<NoteActions, 'flush'>,
  ) {}

  async preview(options: ExportRequest): Promise<string | null> {
    const result = await request('export:preview', options);
    return result?.markdown ?? null;
  }

  /** Saves what the notebook holds once every waiting note and change has landed. */
  async save(options: ExportRequest): Promise<string | null> {
    await this.notes.flush();
    await this.session.queue.idle();
    const result = await request('export:save', options);
    return result?.path ?? null;
  }

  async reveal(path: string): Promise<void> {
    await request('shell:reveal', { path });
  }
}

/** The export actions, as this feature's components reach them. */
export const [ExportProvider, useExport] = actionsContext<ExportActions>('export actions');
