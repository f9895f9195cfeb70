/**
 * Imports many text files into a notebook: each file becomes a document
 * whole or not at all, a file that cannot be read is refused with its reason
 * while the others are imported, and a text already in the notebook (or
 * earlier in the same import) is skipped. Notebook.importFiles runs it; the
 * desktop app and the command line share it.
 *
 * Files are committed several at a time: a commit waits for the disk, and a
 * thousand articles, each committed alone, spent most of their import
 * waiting. A file is reported only once the commit that holds it is on disk,
 * so "imported" always means kept; if the notebook fails (a full disk), the
 * files of the unfinished commit are not imported and the failure is thrown.
 */
import type { DocumentInput } from '../documents';
import type { DocumentSummary } from '../domain';
import { isNotebookError, NotebookError } from '../notebook-error';
import { readTextFile } from '../text-file';
import type { ImportFile } from './find-files';
import type { KnownDocument, KnownTexts } from './known-texts';

/** What became of one file. */
export type ImportOutcome =
  | { file: string; status: 'imported'; document: DocumentSummary }
  /** The same text is already a document of the notebook (imported before, or earlier in this import). */
  | { file: string; status: 'duplicate'; sameAs: KnownDocument }
  /** The file could not be imported; `reason` says why in one sentence that names it. */
  | { file: string; status: 'refused'; reason: NotebookError };

export interface ImportReport {
  /** One per file, in the order the files were read. */
  outcomes: ImportOutcome[];
  imported: number;
  duplicates: number;
  refused: number;
}

export interface ImportFilesOptions {
  /** The title of the document when exactly one file is imported (default: made from its file name). */
  title?: string;
  /** A file is about to be read: `index` counts from 0 of `total`. */
  onFileStarted?: (file: string, index: number, total: number) => void;
  /** A file is done and, if imported, committed: `done` of `total` files are done. Called once per file, in order. */
  onFileDone?: (outcome: ImportOutcome, done: number, total: number) => void;
}

/** What the import needs of the notebook; Notebook.importFiles provides it. */
export interface ImportTarget {
  /** Runs `work` in one transaction and indexes for search the documents it added: all of it is kept, or none. */
  write(work: () => void): void;
  /** Inside write: stores a document and the history step that shows it, to be indexed when the write ends. */
  add(input: DocumentInput): DocumentSummary;
  /** The notebook's texts, read when the import starts. */
  known: KnownTexts;
}

/** When a commit closes: after this many files, or once its texts reach this many characters. */
export interface CommitLimits {
  files: number;
  characters: number;
}

export const COMMIT_LIMITS: CommitLimits = { files: 200, characters: 8 * 1024 * 1024 };

export function importTextFiles(
  files: readonly ImportFile[],
  target: ImportTarget,
  options: ImportFilesOptions = {},
  limits: CommitLimits = COMMIT_LIMITS,
): ImportReport {
  const { title } = options;
  if (title !== undefined) {
    if (files.length !== 1) throw new NotebookError('invalid-input', `A title names one document; this import has ${files.length} files.`);
    if (!title.trim()) throw new NotebookError('invalid-input', 'A document needs a title.');
  }
  const report: ImportReport = { outcomes: [], imported: 0, duplicates: 0, refused: 0 };
  let next = 0;
  while (next < files.length) {
    const done: ImportOutcome[] = [];
    target.write(() => {
      let characters = 0;
      while (next < files.length && done.length < limits.files && characters < limits.characters) {
        const file = files[next]!;
        options.onFileStarted?.(file.path, next, files.length);
        const { outcome, size } = importFile(file, target, title);
        done.push(outcome);
        characters += size;
        next += 1;
      }
    });
    for (const outcome of done) {
      report.outcomes.push(outcome);
      if (outcome.status === 'imported') report.imported += 1;
      else if (outcome.status === 'duplicate') report.duplicates += 1;
      else report.refused += 1;
      options.onFileDone?.(outcome, report.outcomes.length, files.length);
    }
  }
  return report;
}

/** One file, inside the commit's transaction; `size` is the characters it wrote. */
function importFile(file: ImportFile, target: ImportTarget, title: string | undefined): { outcome: ImportOutcome; size: number } {
  if (file.refusal) return { outcome: { file: file.path, status: 'refused', reason: file.refusal }, size: 0 };
  let text;
  try {
    text = readTextFile(file.path);
  } catch (error) {
    // Everything reading refuses is about the file; the notebook is untouched.
    if (isNotebookError(error)) return { outcome: { file: file.path, status: 'refused', reason: error }, size: 0 };
    throw error;
  }
  const { same, key } = target.known.lookup(text.text);
  if (same) return { outcome: { file: file.path, status: 'duplicate', sameAs: same }, size: 0 };
  // A file the read accepted has text and a title: any failure from here on is the notebook's, and ends the commit.
  const document = target.add({ title: title ?? text.suggestedTitle, text: text.text, sourceName: text.sourceName });
  target.known.remember(document.id, key);
  return { outcome: { file: file.path, status: 'imported', document }, size: text.text.length };
}
