import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Database as SqliteDatabase } from 'better-sqlite3';
import { NotebookError } from './notebook-error';
import { latestVersion, migrate, schemaVersion } from './migrations';
import { verifySchema } from './schema-check';
import { damagedNotebook, isDamage, readOnlyNotebook, sqliteCode, translateStorageError } from './storage-errors';

/** Marks a SQLite file as a Themata notebook ("THMA"), so we never adopt someone else's database. */
export const THEMATA_APPLICATION_ID = 0x54484d41;

/**
 * 'write': the notebook will be changed (and is checked for damage first).
 * 'read': never written, not even its journal mode; works on read-only files and folders.
 * 'prefer-write': write when the file and its folder allow it, else read (the desktop app).
 */
export type NotebookAccess = 'write' | 'read' | 'prefer-write';

export interface OpenOptions {
  /** Initialise the file in place when it does not exist or is empty (a 0-byte file is adopted). */
  create?: boolean;
  /** Path to a better-sqlite3 build for another ABI (the desktop app's Electron build). */
  nativeBinding?: string;
  /** How long to wait for another process to release the notebook, in ms. */
  busyTimeoutMs?: number;
  access?: NotebookAccess;
  /**
   * An older notebook format: true (the default) migrates it; false refuses
   * it ('needs-upgrade'), so the caller can back it up first; 'keep-format'
   * opens it as it is, unmigrated (to take that backup, or to read a backup
   * made before an upgrade).
   */
  upgrade?: boolean | 'keep-format';
  /** SQLite's quick check already ran on this file just before (on a worker thread); do not repeat it. */
  integrityChecked?: boolean;
}

export interface OpenedDatabase {
  db: SqliteDatabase;
  readOnly: boolean;
}

/**
 * Opens a notebook file and sets every pragma explicitly. Nothing is written
 * until the file is known to be a Themata notebook (or new), its schema is
 * exactly Themata's, and, for writing, SQLite's quick check finds it sound.
 */
export function openDatabase(filePath: string, options: OpenOptions = {}): OpenedDatabase {
  const existing = statOrNull(filePath);
  if (existing?.isDirectory()) {
    throw new NotebookError('file-is-directory', `${filePath} is a folder, not a Themata notebook.`);
  }
  const fresh = !existing || existing.size === 0;
  if (fresh && !options.create) {
    throw existing
      ? new NotebookError('not-a-notebook', `${filePath} is empty, not a Themata notebook.`)
      : new NotebookError('file-missing', `There is no notebook at ${filePath}.`);
  }
  const access = options.access ?? 'write';
  if (fresh && access === 'read') throw new NotebookError('file-missing', `There is no notebook at ${filePath}.`);
  const readOnly = access === 'read' || (access === 'prefer-write' && !canWrite(filePath));

  let db = connect(filePath, readOnly, options);
  try {
    prepareConnection(db, readOnly, options);
    if (readOnly) {
      const state = readState(db);
      if (state === 'needs-recovery' && canWrite(filePath)) {
        closeQuietly(db);
        recover(filePath, options);
        db = connect(filePath, readOnly, options);
        prepareConnection(db, readOnly, options);
      } else if (state !== 'readable') {
        closeQuietly(db);
        db = connectToCopy(filePath, options);
        prepareConnection(db, readOnly, options);
      }
    }
    checkIdentity(db, filePath, fresh);
    const version = schemaVersion(db);
    if (version > 0) verifySchema(db, version, filePath);
    const older = version > 0 && version < latestVersion;
    const keepFormat = older && options.upgrade === 'keep-format';
    if (older && !keepFormat && (readOnly || options.upgrade === false)) {
      throw new NotebookError(
        'needs-upgrade',
        `${filePath} was written by an earlier version of Themata (format ${version}); it is backed up and upgraded when it is opened for writing.`,
      );
    }
    // Readers check too: a damaged notebook is reported as damaged, not read as if whole.
    if (version > 0 && !options.integrityChecked) quickCheck(db, filePath);
    if (!readOnly) {
      startWriting(db);
      if (version === 0) db.pragma(`application_id = ${THEMATA_APPLICATION_ID}`);
      if (!keepFormat) migrate(db);
    }
    return { db, readOnly };
  } catch (error) {
    closeQuietly(db);
    throw translateOpenError(error, filePath);
  }
}

function connect(filePath: string, readOnly: boolean, options: OpenOptions): SqliteDatabase {
  const settings: Database.Options = { readonly: readOnly, fileMustExist: readOnly, timeout: options.busyTimeoutMs ?? 2000 };
  if (options.nativeBinding) settings.nativeBinding = options.nativeBinding;
  try {
    return new Database(filePath, settings);
  } catch (error) {
    throw translateOpenError(error, filePath);
  }
}

/**
 * A process killed while writing leaves a hot journal (or a WAL) that only a
 * writer can roll back or recover; and a notebook left in WAL mode cannot be
 * read from a read-only folder, where SQLite cannot create its -shm file.
 */
function readState(db: SqliteDatabase): 'readable' | 'needs-recovery' | 'needs-copy' {
  try {
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    return 'readable';
  } catch (error) {
    const code = sqliteCode(error);
    if (code === 'SQLITE_READONLY_ROLLBACK' || code === 'SQLITE_READONLY_RECOVERY') return 'needs-recovery';
    if (code.startsWith('SQLITE_CANTOPEN')) return 'needs-copy';
    throw error;
  }
}

/**
 * Brings the file back to its last committed state, as SQLite does on any
 * ordinary open: the only write a reading command ever makes, and only after a crash.
 */
function recover(filePath: string, options: OpenOptions): void {
  const db = connect(filePath, false, options);
  try {
    db.unsafeMode(false);
    db.pragma('trusted_schema = OFF');
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    db.pragma('journal_mode = DELETE');
  } finally {
    closeQuietly(db);
  }
}

/**
 * Reads such a notebook from an in-memory copy, marked as rollback-journal so
 * SQLite needs no files beside it. Only when no -wal file holds changes the
 * copy would miss.
 */
function connectToCopy(filePath: string, options: OpenOptions): SqliteDatabase {
  if (fs.existsSync(`${filePath}-wal`)) throw readOnlyNotebook(filePath);
  const bytes = fs.readFileSync(filePath);
  // Bytes 18 and 19 of the header are the file format's write and read versions: 2 for WAL, 1 for rollback.
  if (bytes.length >= 20 && bytes[18] === 2 && bytes[19] === 2) bytes.fill(1, 18, 20);
  const settings: Database.Options = { readonly: true };
  if (options.nativeBinding) settings.nativeBinding = options.nativeBinding;
  return new Database(bytes, settings);
}

function prepareConnection(db: SqliteDatabase, readOnly: boolean, options: OpenOptions): void {
  // Defensive mode (better-sqlite3's default, stated here): no writable_schema, no shadow-table edits.
  db.unsafeMode(false);
  // Functions with side effects never run from a notebook's own schema.
  db.pragma('trusted_schema = OFF');
  db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 2000}`);
  db.pragma('foreign_keys = ON');
  db.pragma('temp_store = MEMORY');
  if (readOnly) {
    db.pragma('query_only = ON');
    return;
  }
  // One Themata process owns a notebook at a time: a second one is told it is
  // in use instead of interleaving writes and undo histories. Set before the
  // first read, so a notebook left in WAL mode keeps its index in memory, not in a -shm file.
  db.pragma('locking_mode = EXCLUSIVE');
  // Take the lock now rather than at the first write.
  db.exec('BEGIN EXCLUSIVE; COMMIT;');
}

/** The notebook is ours from here on: write-ahead logging while open, every commit on disk before it returns. */
function startWriting(db: SqliteDatabase): void {
  db.pragma('journal_mode = WAL');
  // FULL: each commit is on disk before the call returns, so a researcher's
  // tag or note survives a power cut, not just an application crash.
  db.pragma('synchronous = FULL');
}

/**
 * Leaves the file as one self-contained file at rest (rollback journal, no
 * -wal or -shm beside it), so it can be read from a read-only folder or sent.
 */
export function closeDatabase(db: SqliteDatabase, readOnly: boolean): void {
  if (!db.open) return;
  if (!readOnly) {
    try {
      db.pragma('journal_mode = DELETE');
    } catch {
      // A full or failing disk: SQLite keeps the WAL, and the next open recovers it.
    }
  }
  db.close();
}

function closeQuietly(db: SqliteDatabase): void {
  try {
    if (db.open) db.close();
  } catch {
    // Already failing; the original error is the one to report.
  }
}

function checkIdentity(db: SqliteDatabase, filePath: string, fresh: boolean): void {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  const version = schemaVersion(db);
  if (applicationId === THEMATA_APPLICATION_ID) {
    if (version > latestVersion) {
      throw new NotebookError(
        'newer-notebook',
        `${filePath} was written by a newer version of Themata (format ${version}; this version reads up to ${latestVersion}). Update Themata to open it.`,
      );
    }
    return;
  }
  // Only a file that was empty is adopted: an empty database of another program stays theirs.
  if (!fresh) throw new NotebookError('not-a-notebook', `${filePath} is a database, but not a Themata notebook.`);
}

function quickCheck(db: SqliteDatabase, filePath: string): void {
  const rows = db.pragma('quick_check(1)') as { quick_check: string }[];
  const verdict = rows[0]?.quick_check ?? 'ok';
  if (verdict !== 'ok') throw damagedNotebook(filePath, `SQLite's check says: ${verdict}`);
}

function translateOpenError(error: unknown, filePath: string): unknown {
  if (error instanceof NotebookError) return error;
  const code = sqliteCode(error);
  if (code === 'SQLITE_NOTADB') return new NotebookError('not-a-notebook', `${filePath} is not a Themata notebook.`);
  if (isDamage(code)) return damagedNotebook(filePath, 'SQLite reports its structure as malformed');
  if (code.startsWith('SQLITE_READONLY')) return readOnlyNotebook(filePath);
  const translated = translateStorageError(error, filePath);
  if (translated !== error) return translated;
  return new NotebookError('file-unreadable', `Themata could not open ${filePath}: ${describe(error)}.`);
}

/** Whether this process may write the file and create its journal beside it. */
function canWrite(filePath: string): boolean {
  try {
    fs.accessSync(filePath, fs.constants.W_OK);
    fs.accessSync(path.dirname(filePath), fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function statOrNull(filePath: string): fs.Stats | null {
  try {
    return fs.statSync(filePath);
  } catch {
    return null;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.replace(/\.$/, '') : String(error);
}
