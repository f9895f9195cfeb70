/**
 * Reads the file a merge brings in, a Themata notebook or a REFI-QDA project,
 * told apart by its extension or, without one Themata knows, by its first
 * bytes. Nothing is written, to the file or to this notebook.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readProjectFile } from '../exchange/project-file';
import { readRefi } from '../exchange/refi-read';
import { NotebookError } from '../notebook-error';
import type { IncomingWork } from './incoming-work';
import { readNotebookWork } from './read-notebook-work';
import { projectWork } from './read-project-work';

const SQLITE_HEADER = 'SQLite format 3\0';

export async function readIncomingWork(file: string, options: { nativeBinding?: string } = {}): Promise<IncomingWork> {
  const kind = kindOf(file);
  if (kind === 'notebook') return readNotebookWork(file, options);
  const name = path.basename(file);
  return projectWork(await readRefi(readProjectFile(file), name), name);
}

function kindOf(file: string): 'notebook' | 'project' {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new NotebookError('file-missing', `There is no file at ${file}.`);
  }
  if (stat.isDirectory()) throw new NotebookError('file-is-directory', `${file} is a folder, not a Themata notebook or a REFI-QDA project.`);
  const extension = path.extname(file).toLowerCase();
  if (extension === '.themata') return 'notebook';
  if (extension === '.qdpx' || extension === '.qdc') return 'project';
  const head = Buffer.alloc(16);
  let read = 0;
  try {
    const fd = fs.openSync(file, 'r');
    try {
      read = fs.readSync(fd, head, 0, 16, 0);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    throw new NotebookError('file-unreadable', `${file} cannot be read.`);
  }
  if (read === 16 && head.toString('latin1') === SQLITE_HEADER) return 'notebook';
  if (read >= 2 && head[0] === 0x50 && head[1] === 0x4b) return 'project';
  throw new NotebookError('invalid-input', `${file} is neither a Themata notebook (.themata) nor a REFI-QDA project (.qdpx).`);
}
