/** Export in any format: a preview, the file written where the researcher chooses (or downloaded, in the browser), and the way to it. */
import type { ChannelInput, ChannelOutput } from '../../../electron/contract';
import { capabilities } from '../../lib/capabilities';
import { request } from '../../lib/themata';
import { actionsContext } from '../../state/actions-context';
import type { NotebookSession } from '../../state/notebook-session';
import type { NoteActions } from '../notes/note-actions';

export type ExportRequest = ChannelInput<'export:preview'>;
export type ExportPreview = ChannelOutput<'export:preview'>;
type ExportFile = ChannelOutput<'export:file'>;

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

/** Hands the browser a file to save as a download, under the name suggested. */
function download(file: ExportFile): void {
  const body = file.encoding === 'base64' ? Uint8Array.from(atob(file.content), (ch) => ch.charCodeAt(0)) : file.content;
  const type = file.encoding === 'base64' ? file.mediaType : `${file.mediaType};charset=utf-8`;
  const url = URL.createObjectURL(new Blob([body], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The export actions, as this feature's components reach them. */
export const [ExportProvider, useExport] = actionsContext<ExportActions>('export actions');
