/**
 * What SQLite says when the disk, the file system or the file itself fails,
 * turned into one sentence a researcher can act on. These are not bugs in
 * Themata, and must not read as "something went wrong inside Themata".
 */
import path from 'node:path';
import { NotebookError } from './notebook-error';

/** The extended result code better-sqlite3 puts on a SqliteError, e.g. SQLITE_IOERR_WRITE. */
export function sqliteCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : '';
}

export function isDamage(code: string): boolean {
  return code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB';
}

export function damagedNotebook(filePath: string, detail: string): NotebookError {
  return new NotebookError(
    'notebook-damaged',
    `${filePath} is damaged (${detail.replace(/\s+/g, ' ').trim()}); Themata wrote nothing to it. Restore a backup: "themata backups" lists them and "themata restore BACKUP" brings one back (in the app: File > Restore from a Backup…).`,
  );
}

/**
 * Maps a storage failure to a NotebookError naming the notebook; returns the
 * error unchanged when it is not one (a bug stays a bug).
 */
export function translateStorageError(error: unknown, filePath: string): unknown {
  if (error instanceof NotebookError) return error;
  const code = sqliteCode(error);
  if (!code) return fsError(error, filePath) ?? error;
  const name = path.basename(filePath);
  if (code.startsWith('SQLITE_FULL')) {
    return new NotebookError('disk-full', `There is not enough space on the disk to save ${name}; nothing was changed.`);
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new NotebookError(
      'disk-error',
      `The disk reported an error while Themata was using ${name} (${code.replace('SQLITE_', '').toLowerCase()}); nothing was changed. Check the drive, then try again.`,
    );
  }
  if (code.startsWith('SQLITE_READONLY')) return readOnlyNotebook(filePath);
  if (code.startsWith('SQLITE_CANTOPEN')) {
    return new NotebookError(
      'file-unreadable',
      `Themata cannot open ${filePath}: its folder may be missing, or not readable or writable by you; nothing was changed.`,
    );
  }
  if (isDamage(code)) return damagedNotebook(filePath, 'SQLite reports its structure as malformed');
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new NotebookError('notebook-busy', `${filePath} is open in another Themata window or process; close it there and try again.`);
  }
  return error;
}

export function readOnlyNotebook(filePath: string): NotebookError {
  return new NotebookError(
    'read-only',
    `${filePath} can only be read (the file or its folder is read-only, or it was opened for reading); nothing was changed.`,
  );
}

/** The same plain sentences for what Node's fs reports while Themata manages a notebook's files. */
function fsError(error: unknown, filePath: string): NotebookError | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const name = path.basename(filePath);
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new NotebookError('disk-full', `There is not enough space on the disk to save ${name}; nothing was changed.`);
  }
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return readOnlyNotebook(filePath);
  if (code === 'EIO') return new NotebookError('disk-error', `The disk reported an error while Themata was using ${name}; nothing was changed.`);
  return null;
}
