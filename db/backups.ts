/**
 * Backups of a notebook, kept in the user data folder. Each one is made with
 * SQLite's online backup API through the notebook's own connection (a file
 * copy could catch a page half-written), checked before it is kept, and
 * pruned by one fixed plan: the last 10 hourly ones, the newest of each of
 * the last 7 days that have one, every one made before an upgrade, and the
 * last 10 made before a restore.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Database as SqliteDatabase } from 'better-sqlite3';
import { isBackupReason, type Backup, type BackupReason } from './domain';
import { NOTEBOOK_EXTENSION, userDataFolder } from './default-notebook';
import { quickCheckInBackground } from './integrity-check';
import { NotebookError } from './notebook-error';
import { closeDatabase, openDatabase } from './open';
import { translateStorageError } from './storage-errors';
import { syncFolder } from './sync-folder';

export type { Backup, BackupReason } from './domain';

export interface BackupSettings {
  /** The folder holding every notebook's backups (default: Backups in the user data folder). */
  root?: string;
  /** better-sqlite3 build for Electron's ABI; absent under plain Node. */
  nativeBinding?: string;
}

/** A rolling backup is made at most this often, and only after a change. */
export const BACKUP_INTERVAL_MS = 60 * 60 * 1000;

export const RETENTION = { hourly: 10, daily: 7, beforeRestore: 10 } as const;

/** Backups/ in the user data folder: where the app and the CLI both look. */
export function backupsRoot(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(userDataFolder(env), 'Backups');
}

/**
 * One folder per notebook, "<name> <8 hex digits>": the name for the
 * researcher, a hash of the notebook's full path so two notebooks called
 * Study in different folders keep their backups apart.
 */
export function backupFolder(notebookPath: string, root: string = backupsRoot()): string {
  const resolved = path.resolve(notebookPath);
  const stem = path.basename(resolved, NOTEBOOK_EXTENSION).slice(0, 60);
  const hash = createHash('sha256').update(resolved).digest('hex').slice(0, 8);
  return path.join(root, `${stem} ${hash}`);
}

// ——— Names ———

/** "2026-12-01T10-15-00Z hourly.themata"; a second backup with the same time and reason gets " 2". */
const NAME = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z ([a-z-]+)(?: (\d+))?\.themata$/;

export interface BackupName {
  createdAt: string;
  reason: BackupReason;
  /** 1 for the first backup with this time and reason. */
  sequence: number;
}

export function parseBackupName(name: string): BackupName | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [, day, hours, minutes, seconds, reason, sequence] = match;
  const at = new Date(`${day}T${hours}:${minutes}:${seconds}Z`);
  if (reason === undefined || !isBackupReason(reason) || Number.isNaN(at.getTime())) return null;
  return { createdAt: at.toISOString(), reason, sequence: sequence ? Number(sequence) : 1 };
}

export function backupName(at: Date, reason: BackupReason, sequence = 1): string {
  const stamp = at.toISOString().slice(0, 19).replace(/:/g, '-');
  return `${stamp}Z ${reason}${sequence > 1 ? ` ${sequence}` : ''}${NOTEBOOK_EXTENSION}`;
}

// ——— Making one ———

/**
 * Backs up the open notebook through its own connection: the notebook is
 * opened in exclusive locking mode, so no second connection could read it.
 * The copy is put at rest as one file, checked with quick_check, opened
 * read-only as a notebook (a Themata file with exactly Themata's schema), and
 * only then named as a backup; a copy that fails is deleted and reported.
 */
export async function takeBackup(
  db: SqliteDatabase,
  notebookPath: string,
  reason: BackupReason,
  at: Date,
  settings: BackupSettings = {},
): Promise<Backup> {
  // Named to the second, and listed as named.
  const createdAt = new Date(Math.floor(at.getTime() / 1000) * 1000);
  const folder = backupFolder(notebookPath, settings.root);
  const partial = path.join(folder, `.${randomBytes(6).toString('hex')}.partial`);
  try {
    fs.mkdirSync(folder, { recursive: true });
    await db.backup(partial);
    restAsOneFile(partial, settings);
    // SQLite's quick check reads every page (about 200 ms at 50 MB): on a worker thread, so the app's window never waits on it.
    const verdict = await quickCheckInBackground(partial, settings.nativeBinding);
    if (verdict !== 'ok') throw new Error(`SQLite's check of the copy says: ${verdict.replace(/\s+/g, ' ').trim()}`);
    const counts = inspect(partial, settings, { check: false });
    const target = freeName(folder, createdAt, reason);
    fs.renameSync(partial, target);
    syncFolder(folder);
    prune(folder);
    return { path: target, createdAt: createdAt.toISOString(), reason, sizeBytes: fs.statSync(target).size, ...counts };
  } catch (error) {
    removeWithCompanions(partial);
    throw backupFailed(notebookPath, error);
  }
}

/**
 * After the backup API the copy still carries the notebook's write-ahead-log
 * flag; switched to a rollback journal it rests as one self-contained file.
 */
function restAsOneFile(file: string, settings: BackupSettings): void {
  const db = new Database(file, settings.nativeBinding ? { nativeBinding: settings.nativeBinding } : {});
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/** What the researcher sees of a backup; with `check`, SQLite's quick_check must also find it sound. */
function inspect(file: string, settings: BackupSettings, options: { check: boolean }): { sentenceCount: number; tagCount: number } {
  const { db } = openDatabase(file, {
    access: 'read',
    upgrade: 'keep-format',
    // Opening would run the quick check in line, on the app's thread: it runs below only when asked, and the copies just made were checked on a worker.
    integrityChecked: true,
    ...(settings.nativeBinding ? { nativeBinding: settings.nativeBinding } : {}),
  });
  try {
    if (options.check) {
      const verdict = (db.pragma('quick_check(1)') as { quick_check: string }[])[0]?.quick_check ?? 'ok';
      if (verdict !== 'ok') throw new NotebookError('notebook-damaged', `SQLite's check says: ${verdict.replace(/\s+/g, ' ').trim()}`);
    }
    const visible = 'JOIN documents d ON d.id = s.document_id AND d.removed_at IS NULL';
    return db
      .prepare(
        `SELECT (SELECT count(*) FROM sentences s ${visible}) AS sentenceCount,
                (SELECT count(*) FROM tags t JOIN sentences s ON s.id = t.sentence_id ${visible}) AS tagCount`,
      )
      .get() as { sentenceCount: number; tagCount: number };
  } finally {
    closeDatabase(db, true);
  }
}

function freeName(folder: string, at: Date, reason: BackupReason): string {
  for (let sequence = 1; ; sequence++) {
    const candidate = path.join(folder, backupName(at, reason, sequence));
    if (!fs.existsSync(candidate)) return candidate;
  }
}

function backupFailed(notebookPath: string, error: unknown): NotebookError {
  const name = path.basename(notebookPath);
  const translated = translateStorageError(error, notebookPath);
  const code = translated instanceof NotebookError ? translated.code : null;
  if (code === 'disk-full') {
    return new NotebookError('disk-full', `There is not enough space on the disk to back up ${name}; the notebook itself is unchanged.`);
  }
  if (code === 'disk-error') {
    return new NotebookError('disk-error', `The disk reported an error while Themata was backing up ${name}; the notebook itself is unchanged.`);
  }
  const detail = error instanceof Error ? error.message.replace(/\.$/, '') : String(error);
  return new NotebookError('backup-failed', `Themata could not back up ${name} (${detail}); the copy was deleted and the notebook itself is unchanged.`);
}

// ——— Keeping and listing ———

/** Which backups the plan keeps; `backups` newest first. */
export function backupsToKeep<T extends BackupName>(backups: readonly T[]): Set<T> {
  const keep = new Set<T>();
  const hourly = backups.filter((b) => b.reason === 'hourly');
  for (const backup of hourly.slice(0, RETENTION.hourly)) keep.add(backup);
  // Days in UTC, as the names are written.
  const days = new Set<string>();
  for (const backup of hourly) {
    const day = backup.createdAt.slice(0, 10);
    if (days.has(day)) continue;
    if (days.size === RETENTION.daily) break;
    days.add(day);
    keep.add(backup);
  }
  for (const backup of backups.filter((b) => b.reason === 'before-restore').slice(0, RETENTION.beforeRestore)) keep.add(backup);
  for (const backup of backups.filter((b) => b.reason === 'before-upgrade')) keep.add(backup);
  return keep;
}

interface NamedBackup extends BackupName {
  file: string;
}

/** The backups in a folder by name, newest first; other files are not ours and are left alone. */
function namedBackups(folder: string): NamedBackup[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw error;
  }
  const backups: NamedBackup[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (parsed) backups.push({ ...parsed, file: path.join(folder, name) });
  }
  return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.sequence - a.sequence);
}

/** Deletes what the plan no longer keeps, and copies a crash left half-made. */
function prune(folder: string): void {
  const backups = namedBackups(folder);
  const keep = backupsToKeep(backups);
  for (const backup of backups) if (!keep.has(backup)) removeWithCompanions(backup.file);
  const stale = Date.now() - BACKUP_INTERVAL_MS;
  for (const name of fs.readdirSync(folder)) {
    if (!name.endsWith('.partial')) continue;
    const file = path.join(folder, name);
    if (fs.statSync(file).mtimeMs < stale) removeWithCompanions(file);
  }
}

/** A notebook's backup files, newest first, by name alone (none is opened). */
export function backupFiles(notebookPath: string, settings: BackupSettings = {}): string[] {
  return namedBackups(backupFolder(notebookPath, settings.root)).map((backup) => backup.file);
}

/** Every backup of a notebook, newest first, with what each holds (read without writing). */
export function listBackups(notebookPath: string, settings: BackupSettings = {}): Backup[] {
  return namedBackups(backupFolder(notebookPath, settings.root)).map((backup) => {
    let counts: { sentenceCount: number | null; tagCount: number | null };
    try {
      counts = inspect(backup.file, settings, { check: false });
    } catch {
      counts = { sentenceCount: null, tagCount: null };
    }
    return { path: backup.file, createdAt: backup.createdAt, reason: backup.reason, sizeBytes: fs.statSync(backup.file).size, ...counts };
  });
}

/**
 * Whether a rolling backup is due: 'due' when the notebook changed since its
 * newest backup (`changeMark` names its latest history entry) and that backup
 * is at least an hour old; 'recent' when the newest is younger; 'unchanged'
 * when the newest already holds this state.
 */
export function backupDue(notebookPath: string, changeMark: string, now: Date, settings: BackupSettings = {}): 'due' | 'recent' | 'unchanged' {
  const newest = namedBackups(backupFolder(notebookPath, settings.root))[0];
  if (!newest) return changeMark === '' ? 'unchanged' : 'due';
  if (now.getTime() - Date.parse(newest.createdAt) < BACKUP_INTERVAL_MS) return 'recent';
  try {
    return changeMarkOf(newest.file, settings) === changeMark ? 'unchanged' : 'due';
  } catch {
    // The newest backup can no longer be read: all the more reason for a new one.
    return 'due';
  }
}

/** The latest history entry, "id at": every change, undo and redo adds one. */
export function changeMarkOf(file: string | SqliteDatabase, settings: BackupSettings = {}): string {
  const read = (db: SqliteDatabase) => {
    const row = db.prepare('SELECT id, at FROM history ORDER BY id DESC LIMIT 1').get() as { id: number; at: string } | undefined;
    return row ? `${row.id} ${row.at}` : '';
  };
  if (typeof file !== 'string') return read(file);
  const { db } = openDatabase(file, { access: 'read', upgrade: 'keep-format', ...(settings.nativeBinding ? { nativeBinding: settings.nativeBinding } : {}) });
  try {
    return read(db);
  } finally {
    closeDatabase(db, true);
  }
}

// ——— Restoring ———

/**
 * Checks a file before it replaces a notebook: a Themata notebook, with
 * exactly Themata's schema, that SQLite's quick_check finds sound. Any
 * refusal is one sentence naming the file.
 */
export function checkBackup(backupPath: string, settings: BackupSettings = {}): Backup {
  const file = path.resolve(backupPath);
  let counts: { sentenceCount: number; tagCount: number };
  try {
    counts = inspect(file, settings, { check: true });
  } catch (error) {
    throw notRestorable(file, error);
  }
  const named = parseBackupName(path.basename(file));
  const stat = fs.statSync(file);
  return {
    path: file,
    createdAt: named?.createdAt ?? stat.mtime.toISOString(),
    reason: named?.reason ?? 'hourly',
    sizeBytes: stat.size,
    ...counts,
  };
}

function notRestorable(file: string, error: unknown): unknown {
  if (!(error instanceof NotebookError)) return error;
  const unchanged = 'nothing was changed';
  switch (error.code) {
    case 'file-missing':
      return new NotebookError('file-missing', `There is no backup at ${file}; "themata backups" lists them.`);
    case 'notebook-damaged':
      return new NotebookError('notebook-damaged', `The backup ${file} is damaged (${damageDetail(error.message)}), so it was not restored; ${unchanged}. Choose another one.`);
    case 'untrusted-notebook':
      return new NotebookError('untrusted-notebook', `${file} holds SQL that Themata did not create, so it was not restored; ${unchanged}.`);
    case 'newer-notebook':
    case 'notebook-busy':
    case 'disk-error':
      return error;
    default:
      return new NotebookError('not-a-notebook', `${file} is not a Themata notebook or backup, so it was not restored; ${unchanged}.`);
  }
}

/** "SQLite's check says: …" from either the store's message or ours. */
function damageDetail(message: string): string {
  return / is damaged \((.*)\); /.exec(message)?.[1] ?? message.replace(/\.$/, '');
}

/**
 * Makes the notebook-to-be beside the notebook, from the backup through the
 * backup API again, at rest as one file and checked; the caller renames it
 * over the notebook (the same folder, so the rename is atomic).
 */
export async function stageRestore(backupPath: string, notebookPath: string, settings: BackupSettings = {}): Promise<string> {
  const staged = path.join(path.dirname(notebookPath), `.${path.basename(notebookPath)}.${randomBytes(6).toString('hex')}.restoring`);
  try {
    const { db } = openDatabase(backupPath, {
      access: 'read',
      upgrade: 'keep-format',
      ...(settings.nativeBinding ? { nativeBinding: settings.nativeBinding } : {}),
    });
    try {
      await db.backup(staged);
    } finally {
      closeDatabase(db, true);
    }
    restAsOneFile(staged, settings);
    const verdict = await quickCheckInBackground(staged, settings.nativeBinding);
    if (verdict !== 'ok') throw new NotebookError('backup-failed', `The copy of ${backupPath} made to restore it fails SQLite's check (${verdict}); nothing was changed.`);
    inspect(staged, settings, { check: false });
    return staged;
  } catch (error) {
    removeWithCompanions(staged);
    throw translateStorageError(error, notebookPath);
  }
}

/**
 * Renames the staged file over the notebook, which must be closed. A journal
 * or write-ahead log left beside the notebook belongs to the old file and
 * would be replayed into the new one, so it goes first.
 */
export function putInPlace(staged: string, notebookPath: string): void {
  try {
    for (const companion of ['-wal', '-shm', '-journal']) fs.rmSync(`${notebookPath}${companion}`, { force: true });
    fs.renameSync(staged, notebookPath);
    syncFolder(path.dirname(notebookPath));
  } catch (error) {
    removeWithCompanions(staged);
    throw translateStorageError(error, notebookPath);
  }
}

// ——— Files ———

function removeWithCompanions(file: string): void {
  for (const each of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) {
    try {
      fs.rmSync(each, { force: true });
    } catch {
      // Left for the next prune.
    }
  }
}
