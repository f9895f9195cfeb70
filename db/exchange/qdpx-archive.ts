/**
 * The .qdpx archive: a zip holding project.qde and the sources under
 * sources/. Read defensively: sizes are checked from the zip's own directory
 * before anything is inflated, so a small file cannot unpack into gigabytes.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { NotebookError } from '../notebook-error';

export const ARCHIVE_LIMITS = {
  /** All the entries Themata reads, unpacked. */
  totalBytes: 512 * 1024 * 1024,
  /** One entry, unpacked. */
  entryBytes: 128 * 1024 * 1024,
  /** Unpacked to packed: text rarely packs better than 20 to 1; a bomb packs a thousand to 1. */
  ratio: 200,
  /** Below this an entry's ratio is not judged (a few repeated lines pack very well). */
  ratioFloorBytes: 1024 * 1024,
};

/** Every archive written the same way, so the same notebook exports to the same bytes. */
const FIXED_TIME = new Date(Date.UTC(2000, 0, 1));

export function writeArchive(files: Record<string, Uint8Array>): Uint8Array {
  const entries: Zippable = {};
  for (const [name, data] of Object.entries(files)) entries[name] = [data, { mtime: FIXED_TIME, level: 6 }];
  return zipSync(entries);
}

export interface ArchiveEntry {
  name: string;
  size: number;
}

export interface Archive {
  names: string[];
  read(name: string): Uint8Array | undefined;
}

/**
 * Opens an archive and unpacks the entries `wanted` picks (the others are
 * only listed); refuses a file that is not a zip, is damaged, or would unpack
 * beyond the limits.
 */
export function readArchive(bytes: Uint8Array, fileName: string, wanted: (name: string) => boolean): Archive {
  const entries: { name: string; size: number; originalSize: number }[] = [];
  try {
    unzipSync(bytes, { filter: (file) => (entries.push({ name: file.name, size: file.size, originalSize: file.originalSize }), false) });
  } catch {
    throw new NotebookError('invalid-input', `${fileName} is not a REFI-QDA project: it is not a zip archive, or the archive is damaged.`);
  }
  let total = 0;
  for (const entry of entries.filter((e) => wanted(e.name))) {
    total += entry.originalSize;
    const ratio = entry.originalSize / Math.max(entry.size, 1);
    if (entry.originalSize > ARCHIVE_LIMITS.entryBytes || total > ARCHIVE_LIMITS.totalBytes
      || (entry.originalSize > ARCHIVE_LIMITS.ratioFloorBytes && ratio > ARCHIVE_LIMITS.ratio)) {
      throw new NotebookError('file-too-large', `${fileName} would unpack to far more than it holds (${entry.name}), so Themata does not open it.`);
    }
  }
  let files: Record<string, Uint8Array>;
  try {
    // Each entry inflates into a buffer of its declared size, which was checked above: it cannot grow beyond it.
    files = unzipSync(bytes, { filter: (file) => wanted(file.name) });
  } catch {
    throw new NotebookError('invalid-input', `${fileName} is damaged: an entry of the archive cannot be unpacked.`);
  }
  return { names: entries.map((e) => e.name), read: (name) => files[name] };
}
