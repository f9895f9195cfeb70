/**
 * Writes a whole file or nothing: a crash, a full disk or a refusal leaves the
 * target as it was, and a reader never sees half an export.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { NotebookError } from '../notebook-error';
import { syncFolder } from '../sync-folder';

export interface WriteOptions {
  /** Replace an existing file; when false, an existing target is refused untouched. */
  overwrite: boolean;
}

/**
 * Writes `data` (text as UTF-8, or bytes chunk by chunk) to a temporary file beside `target` (a rename is only
 * atomic within one file system), flushes it to disk, then moves it into place.
 */
export function writeFileAtomic(target: string, data: string | readonly Uint8Array[], options: WriteOptions): void {
  const existing = statOrNull(target);
  if (existing?.isDirectory()) throw new NotebookError('file-is-directory', `${target} is a folder; choose a file name to export to.`);
  if (existing && !options.overwrite) throw new NotebookError('file-exists', `${target} already exists; choose another name or allow overwriting it.`);

  const folder = path.dirname(target);
  const temp = path.join(folder, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | null = null;
  try {
    // 'wx': never follow or reuse a file someone else put at the temporary name.
    fd = fs.openSync(temp, 'wx', 0o666);
    // Overwriting keeps the file's permissions, as an editor saving it would.
    if (existing) fs.fchmodSync(fd, existing.mode & 0o777);
    if (typeof data === 'string') fs.writeFileSync(fd, data, 'utf8');
    else for (const chunk of data) fs.writeFileSync(fd, chunk);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    if (options.overwrite) fs.renameSync(temp, target);
    else moveIntoPlaceExclusively(temp, target);
  } catch (error) {
    if (fd !== null) closeQuietly(fd);
    removeQuietly(temp);
    throw describeFailure(error, target);
  }
  syncFolder(folder);
}

/**
 * A link fails if the target appeared since we looked, so a file created in the
 * meantime is not clobbered. File systems without hard links (FAT, some network
 * shares) fall back to a second look and a rename.
 */
function moveIntoPlaceExclusively(temp: string, target: string): void {
  try {
    fs.linkSync(temp, target);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST') throw error;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS' && code !== 'EXDEV') throw error;
    if (statOrNull(target)) throw Object.assign(new Error('target appeared'), { code: 'EEXIST' });
    fs.renameSync(temp, target);
    return;
  }
  removeQuietly(temp);
}

function describeFailure(error: unknown, target: string): unknown {
  if (error instanceof NotebookError) return error;
  switch (errorCode(error)) {
    case 'EEXIST':
      return new NotebookError('file-exists', `${target} already exists; choose another name or allow overwriting it.`);
    case 'EISDIR':
      return new NotebookError('file-is-directory', `${target} is a folder; choose a file name to export to.`);
    case 'ENOENT':
    case 'ENOTDIR':
      return new NotebookError('file-missing', `The folder ${path.dirname(target)} does not exist; choose an existing folder.`);
    case undefined:
      return error;
    default:
      // The contract has no "unwritable" code yet; the message says what happened.
      return new NotebookError('file-unreadable', `Themata could not write ${target} (${errorCode(error)}).`);
  }
}

function statOrNull(target: string): fs.Stats | null {
  try {
    return fs.statSync(target);
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return null;
    throw describeFailure(error, target);
  }
}

function closeQuietly(fd: number): void {
  try {
    fs.closeSync(fd);
  } catch {
    // Already closed or never usable; nothing left to release.
  }
}

function removeQuietly(file: string): void {
  try {
    fs.unlinkSync(file);
  } catch {
    // Never created, or already moved into place.
  }
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}
