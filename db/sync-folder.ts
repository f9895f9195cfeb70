import fs from 'node:fs';

/**
 * Makes a new or renamed name in a folder durable, not only the file's
 * contents (POSIX). Windows cannot open a folder for syncing; its file system
 * journals names itself, so this is best effort there.
 */
export function syncFolder(folder: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(folder, 'r');
    fs.fsyncSync(fd);
  } catch {
    // The file is complete and in place either way.
  } finally {
    if (fd !== null) {
      try {
        fs.closeSync(fd);
      } catch {
        // Nothing was written through this descriptor.
      }
    }
  }
}
