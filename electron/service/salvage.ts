/**
 * Salvage from the app. A notebook refused because it holds SQL Themata did
 * not write, or because it is damaged, can be copied (as far as Themata
 * understands it) into a new notebook. Only a notebook the app itself just
 * failed to open is offered: the page can never name a file to read.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ErrorCode } from '../contract';
import { isNotebookError, NOTEBOOK_EXTENSION, NotebookError } from '../../db';

const SALVAGEABLE: ReadonlySet<ErrorCode> = new Set(['untrusted-notebook', 'notebook-damaged']);

/** A refusal that salvage can answer: foreign SQL in the file, or damage. */
export function isSalvageable(error: NotebookError): boolean {
  return SALVAGEABLE.has(error.code);
}

/** A salvageable refusal, carrying the notebook's path to the page (ErrorInfo.path). */
export class RefusedNotebookError extends NotebookError {
  constructor(
    readonly notebookPath: string,
    refusal: NotebookError,
  ) {
    super(refusal.code, refusal.message);
  }
}

/** Notebooks the app refused to open in this session, and may salvage. */
export class SalvageOffers {
  readonly #refused = new Set<string>();

  /**
   * Runs an open of filePath. A salvageable refusal is remembered and thrown
   * again with the path; any other error is thrown as it is.
   */
  async opening<T>(filePath: string, open: () => Promise<T>): Promise<T> {
    try {
      return await open();
    } catch (error) {
      if (!isNotebookError(error) || !isSalvageable(error)) throw error;
      const resolved = path.resolve(filePath);
      this.#refused.add(resolved);
      throw new RefusedNotebookError(resolved, error);
    }
  }

  /** Whether the app refused this notebook, so it may be salvaged. */
  has(filePath: string): boolean {
    return this.#refused.has(path.resolve(filePath));
  }

  /** Salvaged: a second copy is made only after the notebook is refused again. */
  forget(filePath: string): void {
    this.#refused.delete(path.resolve(filePath));
  }
}

/** "Study (salvaged).themata" beside the original; "Study (salvaged 2).themata" when that is taken. */
export function salvagedNotebookPath(source: string, exists: (file: string) => boolean = fs.existsSync): string {
  const name = path.basename(source).replace(/\.themata$/i, '');
  for (let n = 1; ; n += 1) {
    const candidate = path.join(path.dirname(source), `${name} (salvaged${n === 1 ? '' : ` ${n}`})${NOTEBOOK_EXTENSION}`);
    if (!exists(candidate)) return candidate;
  }
}
