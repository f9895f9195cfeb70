/** Markdown export: a preview, the file written where the researcher chooses, and the way to it. */
import type { ChannelInput } from '../../../electron/contract';
import type { Workspace } from '../../app/workspace';
import { request } from '../../lib/themata';

export type ExportRequest = ChannelInput<'export:preview'>;

export class ExportActions {
  constructor(private readonly workspace: Workspace) {}

  async preview(options: ExportRequest): Promise<string | null> {
    const result = await request('export:preview', options);
    return result?.markdown ?? null;
  }

  /** Saves what the notebook holds once every waiting note and change has landed. */
  async save(options: ExportRequest): Promise<string | null> {
    await this.workspace.notes.flush();
    await this.workspace.queue.idle();
    const result = await request('export:save', options);
    return result?.path ?? null;
  }

  async reveal(path: string): Promise<void> {
    await request('shell:reveal', { path });
  }
}
