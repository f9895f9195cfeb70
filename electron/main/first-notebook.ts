/**
 * Which notebook the app opens at start: the one the command line names
 * (double-click on a .themata file), else the last one, else the default
 * one (created with the sample study). A notebook that cannot be opened is
 * reported and the next one is tried; a busy one is offered a retry, because
 * the researcher can close it elsewhere; an untrusted or damaged one is offered
 * a salvaged copy, which is opened in its place.
 */
import type { NotebookError } from '../../db';
import { isNotebookError } from '../../db';
import { isSalvageable } from '../service/salvage';
import type { MessageBoxes } from './dialogs';

export interface Candidate {
  /** null: the default notebook. */
  path: string | null;
  /** The command line named it (rather than the settings remembering it). */
  requested: boolean;
}

export interface FirstNotebookDeps<T> {
  open: (candidate: Candidate) => T | Promise<T>;
  /** A busy notebook: true to try again, false to give up on it. */
  askRetryBusy: (error: NotebookError) => Promise<boolean>;
  /** A notebook could not be opened; the app goes on with the next one. */
  report: (error: NotebookError) => void;
  /** The last notebook is gone or unreadable: drop it from the settings. */
  forget: (path: string) => void;
  /**
   * An untrusted or damaged notebook: offers to salvage it (saying why it was
   * refused); resolves to the salvaged copy's path, or null to go on without it.
   */
  offerSalvage?: (error: NotebookError, path: string) => Promise<string | null>;
}

export function startCandidates(requested: string | null, last: string | null): Candidate[] {
  const list: Candidate[] = [];
  if (requested) list.push({ path: requested, requested: true });
  if (last && last !== requested) list.push({ path: last, requested: false });
  list.push({ path: null, requested: false });
  return list;
}

/** Opens the first candidate that opens; throws the last error when none does. */
export async function openFirstNotebook<T>(candidates: readonly Candidate[], deps: FirstNotebookDeps<T>): Promise<T> {
  let lastError: unknown = new Error('No notebook to open.');
  const queue = [...candidates];
  for (let candidate = queue.shift(); candidate !== undefined; candidate = queue.shift()) {
    for (;;) {
      try {
        return await deps.open(candidate);
      } catch (error) {
        lastError = error;
        if (!isNotebookError(error)) throw error;
        if (error.code === 'notebook-busy') {
          if (await deps.askRetryBusy(error)) continue;
        } else if (candidate.path !== null && deps.offerSalvage && isSalvageable(error)) {
          const copy = await deps.offerSalvage(error, candidate.path);
          if (copy !== null) queue.unshift({ path: copy, requested: true });
        } else if (candidate.path !== null && error.code === 'file-missing' && !candidate.requested) {
          // The last notebook was moved or deleted: the researcher did that, and knows.
          deps.forget(candidate.path);
        } else if (candidate.path !== null) {
          // Never fall back to another notebook silently: "where is my work?" needs an answer.
          deps.report(error);
        }
        break;
      }
    }
  }
  throw lastError;
}

const TRY_AGAIN = 0;

/** askRetryBusy as a message box: the researcher can close the notebook elsewhere and try again. */
export function askRetryBusy(ask: MessageBoxes['ask']): (error: NotebookError) => Promise<boolean> {
  return async (error) =>
    (await ask({
      type: 'warning',
      message: 'This notebook is open elsewhere',
      detail: error.message,
      buttons: ['Try Again', 'Cancel'],
      defaultId: TRY_AGAIN,
      cancelId: 1,
    })) === TRY_AGAIN;
}
