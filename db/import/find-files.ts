/**
 * Which files an import of some paths reads, in which order. A folder stands
 * for the files in it and in its subfolders that Themata reads (.txt, .md,
 * .html, .pdf, .docx: db/import/article-file.ts), as a corpus is often kept
 * by source or by year; hidden files and folders (a name starting with ".")
 * are left out, and a link to a folder is not followed, so a folder that
 * links back to itself is read once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { NotebookError } from '../notebook-error';
import type { TextFile } from '../text-file';
import { readerFor } from './article-file';

/** One path an import reads: a file, or what it found in place of one. */
export interface ImportFile {
  /** The file's path as given, or joined to the folder as given. */
  path: string;
  /** Set when there is nothing to read here: a folder without files to import, or one that could not be listed. */
  refusal?: NotebookError;
  /** Reads the text some other way than from `path` (a file a page sent); the same refusals apply. */
  read?: () => TextFile | Promise<TextFile>;
  /** Imported even when the same text is in the notebook already: the researcher asked for it. */
  evenIfDuplicate?: boolean;
}

// In the order a file manager shows names: "article-2" before "article-10", "b" with "B".
const byName = new Intl.Collator('en', { numeric: true });

function compareNames(a: string, b: string): number {
  return byName.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * The files to import for `paths`, in order: each path as given, a folder
 * replaced by the files in it that Themata reads, each folder's entries sorted by name (files and
 * subfolders together, a subfolder read where its name falls). A path that is
 * not a folder is kept as it is, even if it does not exist, so reading it
 * says what is wrong with it.
 */
export function findTextFiles(paths: readonly string[]): ImportFile[] {
  const files: ImportFile[] = [];
  for (const given of paths) {
    if (!isFolder(given)) {
      files.push({ path: given });
      continue;
    }
    const before = files.length;
    walk(given, files);
    if (files.length === before) {
      files.push({ path: given, refusal: new NotebookError('file-missing', `${given} holds no files to import (.txt, .md, .html, .pdf or .docx).`) });
    }
  }
  return files;
}

function walk(folder: string, into: ImportFile[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    into.push({ path: folder, refusal: new NotebookError('file-unreadable', `Themata could not list the folder ${folder} (${code}).`) });
    return;
  }
  entries.sort((a, b) => compareNames(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) walk(full, into);
    else if (readerFor(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && isFile(full)))) into.push({ path: full });
  }
}

function isFolder(target: string): boolean {
  try {
    return fs.statSync(target).isDirectory();
  } catch {
    return false;
  }
}

function isFile(target: string): boolean {
  try {
    return fs.statSync(target).isFile();
  } catch {
    return false;
  }
}
