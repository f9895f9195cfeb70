/**
 * Imports many files (plain text, Markdown, web pages, PDFs, Word files:
 * db/import/article-file.ts) into a notebook: each file becomes a document
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
 * A file whose reader waits (a PDF waits for pdfjs) is read before the
 * commit that writes it opens, since a transaction cannot wait; other files
 * are read inside it one after the other, so their texts are not held.
 */
import type { DocumentInput } from '../documents';
import type { DocumentSummary } from '../domain';
import { isNotebookError, NotebookError } from '../notebook-error';
import type { TextFile } from '../text-file';
import { readArticle } from './article-file';
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
  /** Once it has read files for this long (none: no time limit). */
  milliseconds?: number;
}

export const COMMIT_LIMITS: CommitLimits = { files: 200, characters: 8 * 1024 * 1024 };

export async function importTextFiles(
  files: readonly ImportFile[],
  target: ImportTarget,
  options: ImportFilesOptions = {},
  limits: CommitLimits = COMMIT_LIMITS,
): Promise<ImportReport> {
  const run = new ImportRun(files.length, target, options, limits);
  let next = 0;
  const take = () => (next < files.length ? files[next++] : undefined);
  for (;;) {
    const first = run.carries ? undefined : take();
    if (!first && !run.carries) break;
    await run.commit(first, take);
  }
  return run.report;
}

/** Where the files of a gradual import come from, in order; they may arrive while it runs (sent by a page). */
export interface ImportSource {
  /** How many files the import has in all. */
  readonly total: number;
  /** The next file; null when it has not arrived yet, undefined once every file has been taken. */
  take(): ImportFile | null | undefined;
  /** Resolves once take() has something new to say. */
  arrival(): Promise<void>;
}

export interface GradualImportOptions extends ImportFilesOptions {
  /** Asked before each file: true stops the import there; the files already read are kept. */
  stop?: () => boolean;
  /** Lets other work run between commits (default: the next turn of the event loop). */
  pause?: () => Promise<void>;
}

/**
 * A commit that has read files for this long closes, so that an import in the
 * desktop app's process leaves the window's calls (and a cancel) a turn every
 * tenth of a second; the characters and files limits still apply.
 */
export const GRADUAL_COMMIT_LIMITS: CommitLimits = { ...COMMIT_LIMITS, milliseconds: 40 };

/**
 * The import the desktop app runs: the same commits as importTextFiles, each
 * ended after a short time, with a pause between them in which the notebook
 * answers other calls. A stop (the researcher's cancel) is seen between files:
 * the commit under way closes with the files it has read whole, and no file is
 * ever kept in part.
 */
export async function importGradually(
  source: ImportSource,
  target: ImportTarget,
  options: GradualImportOptions = {},
  limits: CommitLimits = GRADUAL_COMMIT_LIMITS,
): Promise<ImportReport> {
  const run = new ImportRun(source.total, target, options, limits);
  const stop = options.stop ?? (() => false);
  const pause = options.pause ?? (() => new Promise<void>((resolve) => setImmediate(resolve)));
  const take = () => (stop() ? undefined : source.take());
  for (;;) {
    // A file already started (its reader was at work when the last commit closed) is finished first.
    const first = run.carries ? undefined : take();
    if (first === undefined && !run.carries) break;
    if (first === null) {
      await source.arrival();
      continue;
    }
    // Files still on their way end the commit rather than hold it open.
    await run.commit(first, () => take() ?? undefined);
    await pause();
  }
  return run.report;
}

/** What one import has done so far, one commit at a time. */
class ImportRun {
  readonly report: ImportReport = { outcomes: [], imported: 0, duplicates: 0, refused: 0 };
  private started = 0;

  constructor(
    private readonly total: number,
    private readonly target: ImportTarget,
    private readonly options: ImportFilesOptions,
    private readonly limits: CommitLimits,
  ) {
    const { title } = options;
    if (title !== undefined) {
      if (total !== 1) throw new NotebookError('invalid-input', `A title names one document; this import has ${total} files.`);
      if (!title.trim()) throw new NotebookError('invalid-input', 'A document needs a title.');
    }
  }

  /** A file whose reader is still at work, read before the next commit opens: a transaction cannot wait for it. */
  private waiting: Promise<ReadFile> | null = null;

  /** Whether a file started in the last commit waits to be written in the next. */
  get carries(): boolean {
    return this.waiting !== null;
  }

  /**
   * One transaction: the file carried over from the last commit, or `first`,
   * then files from `more`, each read and written in turn until a limit is
   * reached or none is left; each reported once committed. A file whose reader
   * waits (a PDF) ends the transaction before it, and is read, without holding
   * the notebook, to open the next one.
   */
  async commit(first: ImportFile | undefined, more: () => ImportFile | undefined): Promise<void> {
    const { limits } = this;
    let next: ReadFile | Promise<ReadFile>;
    if (this.waiting) {
      next = this.waiting;
      this.waiting = null;
    } else if (first) {
      next = this.start(first);
    } else {
      return;
    }
    let ready: ReadFile | null = await next;
    const deadline = limits.milliseconds === undefined ? Infinity : performance.now() + limits.milliseconds;
    const done: ImportOutcome[] = [];
    this.target.write(() => {
      let characters = 0;
      while (ready) {
        const outcome = importRead(ready, this.target, this.options.title);
        done.push(outcome);
        if (outcome.status === 'imported') characters += ready.text!.text.length;
        ready = null;
        const file = done.length < limits.files && characters < limits.characters && performance.now() < deadline ? more() : undefined;
        if (!file) break;
        const read = this.start(file);
        if (read instanceof Promise) {
          this.waiting = read;
          // Should this commit fail, the import ends with its failure, and this file's own is not left unheard.
          read.catch(() => undefined);
        } else {
          ready = read;
        }
      }
    });
    for (const outcome of done) {
      this.report.outcomes.push(outcome);
      if (outcome.status === 'imported') this.report.imported += 1;
      else if (outcome.status === 'duplicate') this.report.duplicates += 1;
      else this.report.refused += 1;
      this.options.onFileDone?.(outcome, this.report.outcomes.length, this.total);
    }
  }

  private start(file: ImportFile): ReadFile | Promise<ReadFile> {
    this.options.onFileStarted?.(file.path, this.started, this.total);
    this.started += 1;
    return readFile(file);
  }
}

/** A file read, or the reason it could not be. */
interface ReadFile {
  file: ImportFile;
  text?: TextFile;
  refusal?: NotebookError;
}

/**
 * Reads one file: at once when its reader reads in one go (text, Markdown, a
 * web page), a promise when it waits (a PDF, a Word file). What reading
 * refuses is about the file, and leaves the notebook untouched.
 */
function readFile(file: ImportFile): ReadFile | Promise<ReadFile> {
  if (file.refusal) return { file, refusal: file.refusal };
  const refused = (error: unknown): ReadFile => {
    if (isNotebookError(error)) return { file, refusal: error };
    throw error;
  };
  try {
    const text = file.read ? file.read() : readArticle(file.path);
    return text instanceof Promise ? text.then((read) => ({ file, text: read }), refused) : { file, text };
  } catch (error) {
    return refused(error);
  }
}

/** One file read, written inside the commit's transaction. */
function importRead(read: ReadFile, target: ImportTarget, title: string | undefined): ImportOutcome {
  const { file, text } = read;
  if (!text) return { file: file.path, status: 'refused', reason: read.refusal! };
  const { same, key } = target.known.lookup(text.text);
  if (same && !file.evenIfDuplicate) return { file: file.path, status: 'duplicate', sameAs: same };
  // A file the read accepted has text and a title: any failure from here on is the notebook's, and ends the commit.
  const document = target.add({
    title: title ?? text.suggestedTitle,
    text: text.text,
    sourceName: text.sourceName,
    ...(text.details ? { details: text.details } : {}),
  });
  target.known.remember(document.id, key);
  return { file: file.path, status: 'imported', document };
}
