/**
 * Creating a notebook never replaces a file. The new notebook is built in a
 * private temporary file and then linked to its name, which fails if the name
 * exists: when several processes start at once, exactly one creates the
 * notebook and the others open the winner's file, with whatever it already
 * holds.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { syncFolder } from './sync-folder';

/**
 * Builds the file with `build(temporaryPath)` and puts it at `filePath` unless
 * something is already there. Returns whether this call created it.
 */
export function createExclusively(filePath: string, build: (temporaryPath: string) => void): boolean {
  const folder = path.dirname(filePath);
  fs.mkdirSync(folder, { recursive: true });
  const temporary = path.join(folder, `.${path.basename(filePath)}.${process.pid}-${randomBytes(4).toString('hex')}.creating`);
  try {
    build(temporary);
    const created = placeWithoutReplacing(temporary, filePath);
    if (created) syncFolder(folder);
    return created;
  } finally {
    for (const leftover of [temporary, `${temporary}-wal`, `${temporary}-shm`, `${temporary}-journal`]) fs.rmSync(leftover, { force: true });
  }
}

function placeWithoutReplacing(from: string, to: string): boolean {
  try {
    fs.linkSync(from, to);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // File systems without hard links (FAT, some network shares): an exclusive copy still never replaces.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
  }
  try {
    fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}
