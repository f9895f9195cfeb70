/**
 * Opening a notebook the system asked for (Open Recent, a second launch,
 * macOS open-file). A page that is already open saves its pending note and
 * then accepts the request (notebook:accept-open); a new window has nothing
 * pending, so the notebook is swapped at once. A refusal the page cannot show
 * is shown here: a salvage offer for an untrusted or damaged notebook, else
 * why it could not be opened.
 */
import { isNotebookError, type NotebookError } from '../../db';
import type { Emit } from '../service/events';
import type { NotebookSession } from '../service/notebook-session';
import type { OpenRequests } from '../service/open-requests';
import { isSalvageable } from '../service/salvage';

export interface OpenOutsideDeps {
  /** Shows the window; true when it was already open (its page may hold an unsaved note). */
  showWindow: () => boolean;
  session: Pick<NotebookSession, 'open'>;
  openRequests: Pick<OpenRequests, 'offer'>;
  emit: Emit;
  /** Offers to salvage a refused notebook; resolves to the salvaged copy's path, or null. */
  offerSalvage: (error: NotebookError, notebookPath: string) => Promise<string | null>;
  /** A recent notebook that is gone leaves the recent list. */
  forget: (notebookPath: string) => void;
  /** The recent list may have changed. */
  refreshMenu: () => void;
  /** Why the notebook could not be opened, in one sentence. */
  showError: (message: string) => void;
}

/** Returns the request handler; it never rejects: every failure is shown. */
export function openFromOutside(deps: OpenOutsideDeps): (notebookPath: string | null) => Promise<void> {
  const openAndTell = async (notebookPath: string) => deps.emit('notebook:opened', (await deps.session.open(notebookPath)).info());

  async function salvageAndOpen(error: NotebookError, notebookPath: string): Promise<void> {
    const copy = await deps.offerSalvage(error, notebookPath);
    if (copy === null) return;
    try {
      await openAndTell(copy);
    } catch (failure) {
      if (!isNotebookError(failure)) throw failure;
      deps.showError(failure.message);
    }
  }

  async function open(notebookPath: string | null): Promise<void> {
    const pageWasOpen = deps.showWindow();
    if (notebookPath === null) return;
    if (pageWasOpen) {
      deps.emit('notebook:open-requested', { path: deps.openRequests.offer(notebookPath) });
      return;
    }
    try {
      await openAndTell(notebookPath);
    } catch (error) {
      if (!isNotebookError(error)) throw error;
      if (isSalvageable(error)) return salvageAndOpen(error, notebookPath);
      if (error.code === 'file-missing') deps.forget(notebookPath);
      deps.refreshMenu();
      deps.showError(error.message);
    }
  }

  return (notebookPath) => open(notebookPath).catch((error: unknown) => deps.showError(error instanceof Error ? error.message : String(error)));
}
