import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { Database as SqliteDatabase } from 'better-sqlite3';
import { NotebookError } from './notebook-error';
import { latestVersion, migrate, schemaVersion } from './migrations';

/** Marks a SQLite file as a Themata notebook ("THMA"), so we never adopt someone else's database. */
export const THEMATA_APPLICATION_ID = 0x54484d41;

export interface OpenOptions {
  /** Create the notebook when the file does not exist. */
  create?: boolean;
  /** Path to a better-sqlite3 build for another ABI (the desktop app's Electron build). */
  nativeBinding?: string;
  /** How long to wait for another process to release the notebook, in ms. */
  busyTimeoutMs?: number;
}

/**
 * Opens a notebook file and sets every pragma explicitly. The file is only
 * written once we know it is ours (or new): a foreign SQLite file or a
 * notebook from a newer Themata is refused untouched.
 */
export function openDatabase(path: string, options: OpenOptions = {}): SqliteDatabase {
  const existing = statOrNull(path);
  if (existing?.isDirectory()) {
    throw new NotebookError('file-is-directory', `${path} is a folder, not a Themata notebook.`);
  }
  if (!existing && !options.create) {
    throw new NotebookError('file-missing', `There is no notebook at ${path}.`);
  }
  if (existing && existing.size === 0 && !options.create) {
    throw new NotebookError('not-a-notebook', `${path} is empty, not a Themata notebook.`);
  }

  let db: SqliteDatabase;
  try {
    db = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (error) {
    throw new NotebookError('file-unreadable', `Themata could not open ${path}: ${describe(error)}.`);
  }

  try {
    // Wait a little for a lock held by another process before calling the notebook busy.
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 2000}`);
    checkIdentity(db, path);
    // One Themata process owns a notebook at a time: a second one is told it is in use
    // instead of interleaving writes and undo histories.
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('journal_mode = WAL');
    // FULL: each commit is on disk before the call returns, so a researcher's
    // tag or note survives a power cut, not just an application crash.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('temp_store = MEMORY');
    // Take the exclusive lock now rather than at the first write.
    db.exec('BEGIN EXCLUSIVE; COMMIT;');
    if (schemaVersion(db) === 0) db.pragma(`application_id = ${THEMATA_APPLICATION_ID}`);
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw translateOpenError(error, path);
  }
}

function checkIdentity(db: SqliteDatabase, path: string): void {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  const version = schemaVersion(db);
  if (applicationId === THEMATA_APPLICATION_ID) {
    if (version > latestVersion) {
      throw new NotebookError(
        'newer-notebook',
        `${path} was written by a newer version of Themata (format ${version}; this version reads up to ${latestVersion}). Update Themata to open it.`,
      );
    }
    return;
  }
  const objects = db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number };
  if (objects.n > 0 || version !== 0) {
    throw new NotebookError('not-a-notebook', `${path} is a database, but not a Themata notebook.`);
  }
}

function translateOpenError(error: unknown, path: string): NotebookError {
  if (error instanceof NotebookError) return error;
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new NotebookError('not-a-notebook', `${path} is not a Themata notebook.`);
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new NotebookError(
      'notebook-busy',
      `${path} is open in another Themata window or process; close it there and try again.`,
    );
  }
  return new NotebookError('file-unreadable', `Themata could not open ${path}: ${describe(error)}.`);
}

function statOrNull(path: string): fs.Stats | null {
  try {
    return fs.statSync(path);
  } catch {
    return null;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.replace(/\.$/, '') : String(error);
}
