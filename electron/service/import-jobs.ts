/**
 * The import the page follows: one at a time, run in short commits in this
 * process (Notebook.importGradually), with each file's state kept here for
 * the page to ask about. Files come from the system's dialog (paths) or from
 * the page itself (the browser, files dropped on the window), whose bytes are
 * read here exactly as a file on disk is: text decoded, a web page, PDF or
 * Word file taken apart by its reader.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import {
  MAX_IMPORT_BYTES,
  NotebookError,
  findTextFiles,
  isNotebookError,
  type ImportFile,
  type ImportOutcome,
  type ImportSource,
  type Notebook,
} from '../../db';
import { articleFromBytes, readerFor, unknownKind } from '../../db/import/article-file';
import { describeTooLarge } from '../../db/text-file';
import type { ImportFileProgress, ImportProgress, ImportStatus } from '../contract/imports';

export interface ImportJobsOptions {
  /** The notebook open now: an import stops if another one is opened. */
  notebook: () => Notebook;
  /** How long imports:progress waits for a change (default 1 s). */
  progressWait?: number;
  /** Bytes sent and not yet imported, past which imports:send-files waits (default 32 MB). */
  maxQueuedBytes?: number;
  /** How long an import waits for the page's next file before giving up (default 60 s). */
  sendTimeout?: number;
  /** A failure that is not the notebook's refusal: the message the page sees is INTERNAL. */
  logFailure?: (error: unknown) => void;
}

type FileState =
  | { state: 'waiting' }
  | { state: 'importing' }
  | { state: 'imported'; document: { id: number; title: string; sentenceCount: number } }
  | { state: 'duplicate'; sameAs: { id: number; title: string } }
  | { state: 'refused'; reason: string }
  | { state: 'skipped' };

interface JobFile {
  name: string;
  /** Where the file is read from, for a path from the dialog. */
  path: string | null;
  /** A sent file's bytes: from their arrival until imported, and kept while it is an offered duplicate. */
  bytes: Uint8Array | null;
  /** A sent file the page has yet to send. */
  awaited: boolean;
  /** Its bytes count towards those waiting to be imported. */
  queued: boolean;
  status: FileState;
  /** The job's version when this file last changed. */
  changed: number;
}

/** Commits (of about 40 ms each) between two foldings of the log into the notebook file during an import. */
const FOLD_EVERY_COMMITS = 4;

const INTERNAL = 'Something went wrong inside Themata while importing; the files marked imported are kept, so import the others again.';

export class ImportJobs {
  private job: ImportJob | null = null;

  constructor(private readonly options: ImportJobsOptions) {}

  /** Paths chosen in the dialog: files, and folders standing for the files in them Themata reads. */
  startPaths(paths: readonly string[]): ImportProgress {
    const found = findTextFiles(paths);
    const files = found.map<JobFile>((file) => ({
      name: displayName(file.path, paths),
      path: file.path,
      bytes: null,
      awaited: false,
      queued: false,
      status: file.refusal ? { state: 'refused', reason: file.refusal.message } : { state: 'waiting' },
      changed: 0,
    }));
    return this.start(files);
  }

  /** Files the page will send: those that cannot be imported are refused now, by name and size. */
  startSending(files: readonly { name: string; size: number }[]): ImportProgress {
    return this.start(
      files.map<JobFile>(({ name, size }) => {
        const reason = sentFileRefusal(name, size);
        return { name, path: null, bytes: null, awaited: reason === null, queued: false, status: reason ? { state: 'refused', reason } : { state: 'waiting' }, changed: 0 };
      }),
    );
  }

  /** Sent files' bytes (base64); resolves once the import has room for them. */
  async receive(jobId: string, files: readonly { index: number; content: string }[]): Promise<{ more: boolean }> {
    const job = this.find(jobId);
    return job.receive(files.map(({ index, content }) => ({ index, bytes: Buffer.from(content, 'base64') })));
  }

  /** Every file of the import under way, or of the last one; null before any. */
  current(): ImportProgress | null {
    return this.job?.snapshot(0) ?? null;
  }

  progress(jobId: string, since: number): Promise<ImportProgress> {
    return this.find(jobId).progressSince(since, this.options.progressWait ?? 1000);
  }

  cancel(jobId: string): void {
    this.find(jobId).cancel();
  }

  importAnyway(jobId: string, indexes: readonly number[]): ImportProgress {
    return this.find(jobId).importAnyway(indexes);
  }

  private start(files: JobFile[]): ImportProgress {
    if (this.job?.status === 'running') {
      throw new NotebookError('conflict', 'An import is under way; wait for it to finish, or cancel it, before starting another.');
    }
    const job = new ImportJob(files, this.options.notebook(), this.options);
    // A read-only notebook refuses here, before the import is kept.
    job.run(files.map((_, index) => index));
    this.job = job;
    return job.snapshot(0);
  }

  private find(jobId: string): ImportJob {
    if (this.job?.id !== jobId) throw new NotebookError('not-found', 'This import is over and its report is no longer kept.');
    return this.job;
  }
}

class ImportJob {
  readonly id = randomUUID();
  status: ImportStatus = 'running';
  private version = 0;
  private stopping = false;
  private failure: string | null = null;
  private watchers: (() => void)[] = [];
  /** Bytes received and not yet read by the import. */
  private queuedBytes = 0;
  private roomWaiters: (() => void)[] = [];
  private arrivalWaiters: (() => void)[] = [];

  constructor(
    private readonly files: JobFile[],
    private readonly notebook: Notebook,
    private readonly options: ImportJobsOptions,
  ) {}

  /** Imports the files at `indexes`, in order, as one run; refused ones are reported as they come. */
  run(indexes: readonly number[], evenIfDuplicate = false): void {
    this.status = 'running';
    this.stopping = false;
    this.failure = null;
    const order = indexes.filter((index) => this.files[index]!.status.state === 'waiting' || this.files[index]!.status.state === 'refused');
    let next = 0;
    let gaveUp = false;
    const source: ImportSource = {
      total: order.length,
      take: () => {
        if (next >= order.length) return undefined;
        const file = this.files[order[next]!]!;
        if (file.awaited) return null;
        next += 1;
        return this.importFileOf(file, evenIfDuplicate);
      },
      arrival: () =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            gaveUp = true;
            resolve();
          }, this.options.sendTimeout ?? 60_000);
          this.arrivalWaiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        }),
    };
    const current = this.options.notebook;
    const replaced = () => current() !== this.notebook || !this.notebook.isOpen;
    let commits = 0;
    void this.notebook
      .importGradually(source, {
        stop: () => this.stopping || gaveUp || replaced(),
        onFileStarted: (_file, started) => this.set(order[started]!, { state: 'importing' }),
        onFileDone: (outcome, done) => this.done(order[done - 1]!, outcome),
        pause: () => {
          // The next file is read as soon as the pause ends: show it as under way meanwhile.
          const upcoming = order.find((index) => this.files[index]!.status.state === 'waiting' && !this.files[index]!.awaited);
          if (upcoming !== undefined && !this.stopping) this.set(upcoming, { state: 'importing' });
          this.notify();
          commits += 1;
          // The log folded in small steps, each in a turn of its own, so SQLite never folds 64 MB inside one commit.
          if (commits % FOLD_EVERY_COMMITS !== 0) return new Promise<void>((resolve) => setImmediate(resolve));
          return new Promise<void>((resolve) =>
            setImmediate(() => {
              if (!replaced()) this.notebook.checkpoint();
              setImmediate(resolve);
            }),
          );
        },
      })
      .then(
        () => {
          if (gaveUp) this.failure = 'The files stopped arriving, so the import ended; import the rest of them again.';
          else if (replaced()) this.failure = 'Another notebook was opened, so the import stopped there.';
          this.finish(order, this.failure ? 'failed' : this.stopping ? 'cancelled' : 'finished');
        },
        (error: unknown) => {
          if (!isNotebookError(error)) this.options.logFailure?.(error);
          this.failure = isNotebookError(error) ? error.message : INTERNAL;
          this.finish(order, 'failed');
        },
      );
  }

  async receive(sent: readonly { index: number; bytes: Uint8Array }[]): Promise<{ more: boolean }> {
    const indexes = new Set<number>();
    for (const { index } of sent) {
      // All checked before any is kept: a call is taken whole or refused.
      if (!this.files[index]?.awaited || indexes.has(index)) {
        throw new NotebookError('invalid-input', `This import is not waiting for a file numbered ${index + 1}.`);
      }
      indexes.add(index);
    }
    if (this.status !== 'running' || this.stopping) return { more: false };
    const size = sent.reduce((sum, { bytes }) => sum + bytes.length, 0);
    const limit = this.options.maxQueuedBytes ?? 32 * 1024 * 1024;
    // Each call waits its turn, so the bytes held here stay bounded however large the import.
    while (this.queuedBytes > 0 && this.queuedBytes + size > limit && this.status === 'running' && !this.stopping) {
      await new Promise<void>((resolve) => this.roomWaiters.push(resolve));
    }
    if (this.status !== 'running' || this.stopping) return { more: false };
    for (const { index, bytes } of sent) {
      const file = this.files[index]!;
      // Sent twice while the first call waited for room: the first one's bytes stand.
      if (!file.awaited) continue;
      file.bytes = bytes;
      file.awaited = false;
      file.queued = true;
      this.queuedBytes += bytes.length;
    }
    for (const wake of this.arrivalWaiters.splice(0)) wake();
    return { more: true };
  }

  cancel(): void {
    if (this.status !== 'running' || this.stopping) return;
    this.stopping = true;
    this.bump();
    // A file still to be sent will never come: the import stops at it instead of waiting.
    for (const wake of this.arrivalWaiters.splice(0)) wake();
    for (const wake of this.roomWaiters.splice(0)) wake();
    this.notify();
  }

  importAnyway(indexes: readonly number[]): ImportProgress {
    if (this.status === 'running') throw new NotebookError('conflict', 'An import is under way; wait for it to finish.');
    const chosen = [...new Set(indexes)];
    for (const index of chosen) {
      const file = this.files[index];
      if (file?.status.state !== 'duplicate') {
        throw new NotebookError('invalid-input', `File ${index + 1} of this import is not a duplicate to import anyway.`);
      }
    }
    const since = this.version;
    chosen.sort((a, b) => a - b);
    for (const index of chosen) this.set(index, { state: 'waiting' });
    this.run(chosen, true);
    return this.snapshot(since);
  }

  async progressSince(since: number, wait: number): Promise<ImportProgress> {
    if (this.version <= since && this.status === 'running') {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, wait);
        this.watchers.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.snapshot(since);
  }

  snapshot(since: number): ImportProgress {
    const files: ImportFileProgress[] = [];
    this.files.forEach((file, index) => {
      if (since === 0 || file.changed > since) files.push({ index, name: file.name, ...file.status } as ImportFileProgress);
    });
    return {
      jobId: this.id,
      version: this.version,
      status: this.status,
      stopping: this.stopping && this.status === 'running',
      failure: this.failure,
      total: this.files.length,
      files,
    };
  }

  private importFileOf(file: JobFile, evenIfDuplicate: boolean): ImportFile {
    const read =
      file.path === null
        ? () => {
            const bytes = file.bytes ?? new Uint8Array();
            if (file.queued) {
              file.queued = false;
              this.queuedBytes -= bytes.length;
              for (const wake of this.roomWaiters.splice(0)) wake();
            }
            return articleFromBytes(file.name, bytes);
          }
        : undefined;
    const refusal = file.status.state === 'refused' ? new NotebookError('invalid-input', file.status.reason) : undefined;
    return {
      path: file.path ?? file.name,
      ...(refusal ? { refusal } : {}),
      ...(read ? { read } : {}),
      ...(evenIfDuplicate ? { evenIfDuplicate } : {}),
    };
  }

  private done(index: number, outcome: ImportOutcome): void {
    const file = this.files[index]!;
    if (outcome.status === 'imported') {
      const { id, title, sentenceCount } = outcome.document;
      this.set(index, { state: 'imported', document: { id, title, sentenceCount } });
    } else if (outcome.status === 'duplicate') {
      this.set(index, { state: 'duplicate', sameAs: outcome.sameAs });
    } else {
      this.set(index, { state: 'refused', reason: outcome.reason.message });
    }
    // Only an offered duplicate's bytes are kept, for Import anyway.
    if (outcome.status !== 'duplicate') file.bytes = null;
  }

  private finish(order: readonly number[], status: ImportStatus): void {
    for (const index of order) {
      const file = this.files[index]!;
      if (file.status.state === 'waiting' || file.status.state === 'importing') {
        file.bytes = null;
        file.awaited = false;
        file.queued = false;
        this.set(index, { state: 'skipped' });
      }
    }
    this.queuedBytes = 0;
    this.status = status;
    this.bump();
    for (const wake of this.roomWaiters.splice(0)) wake();
    this.notify();
  }

  private set(index: number, status: FileState): void {
    const file = this.files[index]!;
    file.status = status;
    file.changed = this.bump();
  }

  private bump(): number {
    this.version += 1;
    return this.version;
  }

  private notify(): void {
    for (const wake of this.watchers.splice(0)) wake();
  }
}

/** Why a file the page offers to send cannot be imported, judged by its name and size; null when it can be. */
export function sentFileRefusal(name: string, size: number): string | null {
  if (!readerFor(name)) return unknownKind(name).message;
  if (size === 0) return `${name} is empty.`;
  if (size > MAX_IMPORT_BYTES) return describeTooLarge(name, size);
  return null;
}

/** A file as the researcher chose it: its name, or its path inside a chosen folder. */
export function displayName(file: string, given: readonly string[]): string {
  for (const root of given) {
    const relative = path.relative(root, file);
    if (relative && !relative.startsWith('..') && !path.isAbsolute(relative)) return relative;
  }
  return path.basename(file);
}
