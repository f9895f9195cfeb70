/**
 * What was dropped on the window, as files to send: a dropped file as it is,
 * a dropped folder walked through the browser's entries API (Chromium and
 * Electron alike) and standing for the articles in it, in the desktop import's order.
 */
import { folderFiles, type PickedFile } from './dropped-files';

export async function droppedFiles(transfer: DataTransfer): Promise<PickedFile[]> {
  // Entries must be taken while the drop event runs: the list is emptied once it returns.
  const items = [...transfer.items].filter((item) => item.kind === 'file');
  const entries = items.map((item) => ({ entry: item.webkitGetAsEntry(), file: item.getAsFile() }));
  const picked: PickedFile[] = [];
  for (const { entry, file } of entries) {
    if (entry?.isDirectory) {
      const inside: PickedFile[] = [];
      await walk(entry as FileSystemDirectoryEntry, entry.name, inside);
      picked.push(...folderFiles(inside));
    } else if (file) {
      picked.push({ name: file.name, file });
    }
  }
  return picked;
}

async function walk(folder: FileSystemDirectoryEntry, prefix: string, into: PickedFile[]): Promise<void> {
  for (const entry of await allEntries(folder)) {
    const name = `${prefix}/${entry.name}`;
    // Hidden folders are never read (the order and the .txt rule are folderFiles' to apply).
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory) await walk(entry as FileSystemDirectoryEntry, name, into);
    else if (/\.txt$/i.test(entry.name)) into.push({ name, file: await fileOf(entry as FileSystemFileEntry) });
  }
}

/** A folder's reader gives its entries a hundred or so at a time, until it gives none. */
async function allEntries(folder: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = folder.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}
