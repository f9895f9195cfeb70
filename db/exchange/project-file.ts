/** Reading a REFI-QDA file from disk, for the command line and the desktop app alike. */
import fs from 'node:fs';
import { NotebookError } from '../notebook-error';

/** A packed project larger than this is refused before it is read (its entries are limited again when unpacked). */
const MAX_FILE_BYTES = 1024 * 1024 * 1024;

export function readProjectFile(file: string): Uint8Array {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new NotebookError('file-missing', `${file} does not exist.`);
  }
  if (stat.isDirectory()) throw new NotebookError('file-is-directory', `${file} is a folder, not a REFI-QDA file.`);
  if (stat.size > MAX_FILE_BYTES) throw new NotebookError('file-too-large', `${file} is larger than Themata reads (1 GB).`);
  try {
    return fs.readFileSync(file);
  } catch {
    throw new NotebookError('file-unreadable', `${file} cannot be read.`);
  }
}
