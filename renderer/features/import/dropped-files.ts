/**
 * Files dropped on the window or picked in the page (the browser has no
 * system dialog), before the notebook is sent them: which files a folder
 * stands for, and in which order, by the rules of the desktop import
 * (db/import/find-files.ts). The notebook reads and judges each file itself,
 * exactly as it does a file on disk.
 */
import { IMPORTED_EXTENSIONS } from '../../../electron/contract';

export interface FileLike {
  /** The file's own name. */
  name: string;
  size: number;
}

/** A file to send, named as the researcher sees it: its name, or its path inside the folder chosen. */
export interface PickedFile<F extends FileLike = File> {
  name: string;
  file: F;
}

/** A folder stands for the articles in it and its subfolders (the kinds Themata reads), but not hidden ones (a name starting with "."). */
export function isFolderArticle(relativePath: string): boolean {
  const parts = relativePath.split('/');
  const name = (parts[parts.length - 1] ?? '').toLowerCase();
  return IMPORTED_EXTENSIONS.some((extension) => name.endsWith(extension)) && parts.every((part) => part !== '' && !part.startsWith('.'));
}

// As a file manager orders names: "article-2" before "article-10", "b" with "B".
const byName = new Intl.Collator('en', { numeric: true });

function compareNames(a: string, b: string): number {
  return byName.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Paths inside a folder in the desktop import's order: each folder's entries by name, a subfolder where its name falls. */
export function compareFolderPaths(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  for (let i = 0; i < Math.min(left.length, right.length); i += 1) {
    const order = compareNames(left[i]!, right[i]!);
    if (order !== 0) return order;
  }
  return left.length - right.length;
}

/** The files a folder stands for, in order. */
export function folderFiles<F extends FileLike>(files: readonly PickedFile<F>[]): PickedFile<F>[] {
  return files.filter((file) => isFolderArticle(file.name)).sort((a, b) => compareFolderPaths(a.name, b.name));
}

/**
 * What a file input gave: files picked one by one are all sent (the notebook
 * refuses what is not text, saying why); a folder picked whole
 * (webkitdirectory names each file by its path in it) stands for the articles in it.
 */
export function pickedFiles<F extends FileLike & { webkitRelativePath?: string }>(files: readonly F[]): PickedFile<F>[] {
  const loose = files.filter((file) => !file.webkitRelativePath).map((file) => ({ name: file.name, file }));
  const inFolders = files.filter((file) => file.webkitRelativePath).map((file) => ({ name: file.webkitRelativePath!, file }));
  return [...loose, ...folderFiles(inFolders)];
}

/** A title for pasted text: its first line, if short enough to be one. */
export function titleFromText(text: string): string {
  const firstLine = text.split(/\r?\n/).map((line) => line.trim()).find((line) => line !== '') ?? '';
  if (firstLine.length === 0) return '';
  return firstLine.length <= 120 ? firstLine : `${firstLine.slice(0, 117).trimEnd()}…`;
}
