/**
 * Whether a zip (a Word file is one) is safe to open: what it unpacks to is
 * measured before any reader unpacks it, first from the sizes its central
 * directory declares, then by unpacking it as a stream that is counted and
 * stopped past the limit, since declared sizes may lie. A few kilobytes can
 * unpack to gigabytes (a "zip bomb"); a reader that trusted them would fill
 * the memory of the app before it could refuse.
 */
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { NotebookError } from '../notebook-error';

/** Ten times what a file may weigh: room for a long report's XML, far from what a bomb unpacks to. */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;

/** Compressed bytes unpacked at a time while measuring. */
const PUSHED_BYTES = 16 * 1024;

export interface ZipEntry {
  name: string;
  /** The size its central directory declares once unpacked. */
  declaredSize: number;
}

/** The zip's entries, once it has proved to unpack to at most `limit` bytes; refused in one sentence otherwise. */
export function checkZipSizes(bytes: Uint8Array, label: string, kind: string, limit = MAX_UNZIPPED_BYTES): ZipEntry[] {
  const entries: ZipEntry[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.push({ name: file.name, declaredSize: file.originalSize });
        return false;
      },
    });
  } catch {
    throw damaged(label, kind);
  }
  const declared = entries.reduce((sum, entry) => sum + entry.declaredSize, 0);
  if (declared > limit) throw tooLarge(label, kind, limit);
  const declaredOf = new Map(entries.map((entry) => [entry.name, entry.declaredSize]));
  let unpacked = 0;
  let over = false;
  let lied = false;
  let broken = false;
  const stream = new Unzip((file) => {
    let own = 0;
    const allowed = declaredOf.get(file.name) ?? 0;
    file.ondata = (error, chunk) => {
      if (error) {
        broken = true;
        return;
      }
      own += chunk.length;
      unpacked += chunk.length;
      if (own > allowed) lied = true;
      if (unpacked > limit) over = true;
      if (lied || over) file.terminate();
    };
    if (!over && !lied) file.start();
  });
  stream.register(UnzipInflate);
  try {
    // A little at a time: a few kilobytes of a bomb unpack to megabytes, and it is stopped at the first that is too many.
    for (let at = 0; at < bytes.length && !over && !lied && !broken; at += PUSHED_BYTES) {
      stream.push(bytes.subarray(at, at + PUSHED_BYTES), at + PUSHED_BYTES >= bytes.length);
    }
  } catch {
    broken = true;
  }
  if (over) throw tooLarge(label, kind, limit);
  if (lied) throw new NotebookError('file-too-large', `${label} unpacks to more than it says it holds, as a file made to fill the memory does; Themata does not open it.`);
  if (broken) throw damaged(label, kind);
  return entries;
}

function damaged(label: string, kind: string): NotebookError {
  return new NotebookError('file-unreadable', `${label} is not a ${kind} Themata can open: it is damaged or incomplete.`);
}

function tooLarge(label: string, kind: string, limit: number): NotebookError {
  return new NotebookError('file-too-large', `${label} unpacks to more than ${limit / 1024 / 1024} MB, more than any ${kind} needs; Themata does not open it.`);
}
