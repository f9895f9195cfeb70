/**
 * The one notebook the app (or the bridge) has open, and the only way to swap it.
 * A new notebook is opened before the old one is closed, so a failed open
 * (busy, newer, not a notebook) leaves the researcher where they were.
 *
 * "Busy" is decided by the store: it opens SQLite in exclusive locking mode
 * and takes the lock at once, so a second Themata process (another window,
 * the CLI) gets the NotebookError 'notebook-busy' instead of interleaving
 * writes and undo histories with ours.
 */
import fs from 'node:fs';
import path from 'node:path';
import { NOTEBOOK_EXTENSION, Notebook, NotebookError, defaultNotebookPath, seedSampleStudy, type NotebookOptions } from '../../db';
import type { Backup } from '../../db/backups';

export interface NotebookSession {
  /** The open notebook. */
  readonly notebook: Notebook;
  /** Opens an existing notebook in place of the current one. */
  open(filePath: string): Promise<Notebook>;
  /** Creates an empty notebook (adding the extension when missing) in place of the current one. */
  create(filePath: string): Notebook;
  close(): void;
  /** The rolling backup, when one is due. Backups run one at a time. */
  backupIfDue(): Promise<Backup | null>;
  /** Puts one of the notebook's backups in its place, once its current state is backed up, and reopens it. */
  restore(backupPath: string): Promise<{ restored: Backup; previous: Backup }>;
  /** Who is coding from now on, in this notebook and every one opened after it; remembered for the next session. */
  setCoder(name: string): void;
}

export interface SessionOptions {
  /** better-sqlite3 build for Electron's ABI; absent under plain Node. */
  nativeBinding?: string;
  coder?: string;
  /** Told the checked name when the researcher changes who is coding: remember it for the next session. */
  onCoderChanged?: (name: string) => void;
  /** Told after every swap: remember it in the recent list, retitle the window. */
  onOpened?: (notebook: Notebook) => void;
  /** Where notebooks' backups are kept (default: Backups in the user data folder). */
  backupRoot?: string;
  /**
   * 'prefer-write' (the default): a notebook whose file or folder cannot be
   * written opens read-only. Tests pass 'read' to get that without file modes.
   */
  access?: NotebookOptions['access'];
}

export function storeOptions(options: SessionOptions): NotebookOptions {
  const result: NotebookOptions = { access: options.access ?? 'prefer-write' };
  if (options.nativeBinding) result.nativeBinding = options.nativeBinding;
  if (options.coder) result.coder = options.coder;
  if (options.backupRoot) result.backupRoot = options.backupRoot;
  return result;
}

/**
 * Opens a notebook as the app does: SQLite's quick check on a worker thread
 * (the window never waits on it), and an older format backed up before it is
 * upgraded. null: the default notebook, created with the sample study.
 */
export function openForApp(filePath: string | null, options: NotebookOptions): Promise<Notebook> {
  return filePath === null
    ? Notebook.openWithoutBlocking(defaultNotebookPath(), { ...options, create: true, seed: seedSampleStudy })
    : Notebook.openWithoutBlocking(filePath, options);
}

/** Starts a session on a notebook: the given one, or the default one (created with the sample study). */
export async function startNotebookSession(initialPath: string | null, options: SessionOptions = {}): Promise<NotebookSession> {
  return new OpenNotebookSession(await openForApp(initialPath, storeOptions(options)), options);
}

export class OpenNotebookSession implements NotebookSession {
  #notebook: Notebook;
  #options: SessionOptions;

  constructor(notebook: Notebook, options: SessionOptions = {}) {
    this.#notebook = notebook;
    this.#options = options;
    options.onOpened?.(notebook);
  }

  private get options(): SessionOptions {
    return this.#options;
  }

  setCoder(name: string): void {
    this.#notebook.setCoder(name);
    // Every notebook opened from now on is coded under the same name.
    this.#options = { ...this.#options, coder: this.#notebook.coder };
    this.#options.onCoderChanged?.(this.#notebook.coder);
  }

  get notebook(): Notebook {
    return this.#notebook;
  }

  async open(filePath: string): Promise<Notebook> {
    const resolved = path.resolve(filePath);
    if (resolved === this.#notebook.path) return this.#notebook;
    return this.swap(await openForApp(resolved, storeOptions(this.options)));
  }

  create(filePath: string): Notebook {
    const target = withNotebookExtension(path.resolve(filePath));
    if (fs.existsSync(target)) {
      throw new NotebookError('file-exists', `${target} already exists; open it, or choose another name for the new notebook.`);
    }
    return this.swap(Notebook.open(target, { ...storeOptions(this.options), create: true }));
  }

  close(): void {
    this.#notebook.close();
  }

  backupIfDue(): Promise<Backup | null> {
    return this.oneAtATime(() => this.#notebook.backupIfDue());
  }

  restore(backupPath: string): Promise<{ restored: Backup; previous: Backup }> {
    return this.oneAtATime(async () => {
      const current = this.#notebook;
      try {
        return await current.restoreFrom(backupPath);
      } finally {
        // restoreFrom closes the notebook to replace its file: the session goes on with the file as it now is.
        if (!current.isOpen) {
          this.#notebook = await openForApp(current.path, storeOptions(this.options));
          this.options.onOpened?.(this.#notebook);
        }
      }
    });
  }

  /** A rolling backup never runs while a restore replaces the file, nor two backups at once. */
  #backups: Promise<unknown> = Promise.resolve();

  private oneAtATime<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#backups.then(task, task);
    this.#backups = run.catch(() => undefined);
    return run;
  }

  private swap(next: Notebook): Notebook {
    const previous = this.#notebook;
    this.#notebook = next;
    previous.close();
    this.options.onOpened?.(next);
    return next;
  }
}

export function withNotebookExtension(filePath: string): string {
  return filePath.toLowerCase().endsWith(NOTEBOOK_EXTENSION) ? filePath : `${filePath}${NOTEBOOK_EXTENSION}`;
}
