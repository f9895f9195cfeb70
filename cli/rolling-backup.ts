/** After a command changed the notebook: the hourly backup, when one is due. */
import type { Notebook } from '../db';
import type { CliIo } from './command';
import { printable } from './terminal-text';

/**
 * The change itself has been saved, so a backup that cannot be made does not
 * fail the command; the researcher is told, in one line, that it was not made.
 */
export async function backUpIfDue(notebook: Notebook, io: CliIo): Promise<void> {
  try {
    await notebook.backupIfDue();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(printable(`themata: warning: ${message}`) + '\n');
  }
}
