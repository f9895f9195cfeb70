/** `themata backups` and `themata restore`: a notebook's backups, and bringing one back. */
import fs from 'node:fs';
import path from 'node:path';
import { defaultNotebookPath, NotebookError } from '../../db';
import { backupFiles, backupFolder, backupsRoot, listBackups, type BackupReason } from '../../db/backups';
import { restoreNotebook } from '../../db/restore';
import { type CliIo, type Command, expectPositionals, help, parse, plural, str, type Parsed } from '../command';
import { printable, printableJson } from '../terminal-text';

export const REASON_IN_WORDS: Record<BackupReason, string> = {
  hourly: 'hourly',
  'before-upgrade': 'before upgrade',
  'before-restore': 'before restore',
};

export const backupsCommand: Command = (args, io) => {
  const parsed = parse(args, { json: { type: 'boolean' } });
  if (!parsed) return help('backups', io);
  expectPositionals(parsed, 0, 0, 'no arguments');
  // The notebook is not opened: its backups are listed even when it is damaged, busy or gone.
  const notebookPath = notebookPathOf(parsed, io);
  const backups = listBackups(notebookPath, { root: backupsRoot(io.env) });
  if (parsed.values.json) {
    io.stdout(printableJson(backups, 2) + '\n');
    return 0;
  }
  const folder = backupFolder(notebookPath, backupsRoot(io.env));
  if (backups.length === 0) {
    io.stdout(printable(`${notebookPath} has no backups yet; Themata makes one within an hour of a change, in ${folder}.`) + '\n');
    return 0;
  }
  io.stdout(printable(`${plural(backups.length, 'backup')} of ${notebookPath}, newest first, in ${folder}:`) + '\n\n');
  const rows = backups.map((backup, index) => [
    String(index + 1),
    localTime(backup.createdAt),
    REASON_IN_WORDS[backup.reason],
    size(backup.sizeBytes),
    count(backup.sentenceCount),
    count(backup.tagCount),
    path.basename(backup.path),
  ]);
  for (const line of table([['#', 'When', 'Why', 'Size', 'Sentences', 'Tags', 'File'], ...rows], [false, false, false, true, true, true, false])) {
    io.stdout(printable(line) + '\n');
  }
  io.stdout('\nRestore one with "themata restore #", using the number in the first column.\n');
  return 0;
};

export const restoreCommand: Command = async (args, io) => {
  const parsed = parse(args, {});
  if (!parsed) return help('restore', io);
  const [reference] = expectPositionals(parsed, 1, 1, 'the BACKUP to restore: its number or file name in "themata backups", or its path');
  const notebookPath = notebookPathOf(parsed, io);
  const backupRoot = backupsRoot(io.env);
  const backupPath = findBackup(reference!, notebookPath, backupRoot);
  const coder = str(parsed.values.coder);
  const outcome = await restoreNotebook(notebookPath, backupPath, { backupRoot, ...(coder ? { coder } : {}) });
  const { restored } = outcome;
  io.stdout(
    printable(
      `Restored ${notebookPath} from the backup of ${localTime(restored.createdAt)} (${REASON_IN_WORDS[restored.reason]}): ` +
        `${plural(restored.sentenceCount ?? 0, 'sentence')}, ${plural(restored.tagCount ?? 0, 'tag')}.`,
    ) + '\n',
  );
  if (outcome.previous) io.stdout(printable(`Its state before the restore was backed up to ${outcome.previous.path}.`) + '\n');
  if (outcome.setAside) {
    io.stdout(printable(`The notebook it replaced could not be opened, so it was moved to ${outcome.setAside}; "themata salvage" can copy what it still holds.`) + '\n');
  }
  return 0;
};

function notebookPathOf(parsed: Parsed, io: CliIo): string {
  return path.resolve(str(parsed.values.notebook) ?? defaultNotebookPath(io.env));
}

/** A number from "themata backups", a backup's file name, or a path to a backup file. */
function findBackup(reference: string, notebookPath: string, root: string): string {
  if (/^[0-9]+$/.test(reference) && !fs.existsSync(reference)) {
    const files = backupFiles(notebookPath, { root });
    const file = files[Number(reference) - 1];
    if (file) return file;
    throw new NotebookError(
      'not-found',
      files.length === 0
        ? `${notebookPath} has no backups yet, so there is no backup ${reference}.`
        : `There is no backup ${reference}; "themata backups" lists ${plural(files.length, 'backup')}, numbered from 1.`,
    );
  }
  if (fs.existsSync(reference)) return path.resolve(reference);
  const folder = backupFolder(notebookPath, root);
  for (const name of [reference, `${reference}.themata`]) {
    if (path.basename(name) === name && fs.existsSync(path.join(folder, name))) return path.join(folder, name);
  }
  throw new NotebookError('file-missing', `There is no backup called ${reference}; "themata backups" lists them.`);
}

/** "2026-12-01 10:15", in the researcher's own time zone. */
export function localTime(iso: string): string {
  const at = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}:${two(at.getMinutes())}`;
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function count(value: number | null): string {
  return value === null ? 'unreadable' : value.toLocaleString('en');
}

/** Columns padded to their widest cell; numbers to the right. */
function table(rows: string[][], right: boolean[]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : right[column] ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  '),
  );
}
