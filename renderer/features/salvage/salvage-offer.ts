/**
 * When an open is refused for SQL Themata did not write, or for damage, the
 * workspace offers to salvage a copy; these are its words, kept out of the
 * dialogs so they can be tested.
 */
import type { ErrorInfo, SalvageReport } from '../../../electron/contract';
import type { SalvageOffer } from '../../state/workspace-state';

/** The offer an error makes, when it names a notebook salvage can answer; else null. */
export function salvageOfferOf(error: ErrorInfo): SalvageOffer | null {
  if (error.path === undefined) return null;
  if (error.code !== 'untrusted-notebook' && error.code !== 'notebook-damaged') return null;
  return { path: error.path, reason: error.code, message: error.message };
}

/** "Study.themata" from any path, as the system writes it. */
export function fileName(filePath: string): string {
  return filePath.split(/[\\/]/).pop() ?? filePath;
}

/** "Study" from "/d/Study.themata". */
export function notebookName(filePath: string): string {
  return fileName(filePath).replace(/\.themata$/i, '');
}

/** The folder part of a path, for the muted line under a file's name. */
export function folderOf(filePath: string): string {
  const name = fileName(filePath);
  return filePath.slice(0, Math.max(0, filePath.length - name.length - 1)) || filePath;
}

export interface CopiedCount {
  label: string;
  count: number;
}

/** What the salvage copied, in the order a researcher thinks of a notebook. */
export function copiedCounts(report: SalvageReport): CopiedCount[] {
  const { copied } = report;
  return [
    { label: copied.documents === 1 ? 'document' : 'documents', count: copied.documents },
    { label: copied.sentences === 1 ? 'sentence' : 'sentences', count: copied.sentences },
    { label: copied.themes === 1 ? 'theme' : 'themes', count: copied.themes },
    { label: copied.tags === 1 ? 'tag' : 'tags', count: copied.tags },
    { label: copied.notes === 1 ? 'note' : 'notes', count: copied.notes },
    // Only notebooks of format 2 and later hold these: said when there are any.
    ...(copied.details > 0 ? [{ label: copied.details === 1 ? 'document detail' : 'document details', count: copied.details }] : []),
    ...(copied.memos > 0 ? [{ label: copied.memos === 1 ? 'memo' : 'memos', count: copied.memos }] : []),
    { label: copied.historyEntries === 1 ? 'history entry' : 'history entries', count: copied.historyEntries },
  ];
}
