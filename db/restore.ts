/**
 * Restoring a backup over a notebook that no program has open (the command
 * line). A notebook that opens is backed up first ('before-restore'). One
 * that is damaged, or holds SQL Themata did not create, cannot be backed up
 * that way, so it is moved aside, next to itself, where "themata salvage"
 * can still read it; a missing notebook is simply brought back.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkBackup, stageRestore, putInPlace, type Backup } from './backups';
import { NOTEBOOK_EXTENSION } from './default-notebook';
import { isNotebookError, NotebookError } from './notebook-error';
import { backupSettingsOf, Notebook, type NotebookOptions } from './notebook';
import { translateStorageError } from './storage-errors';

export interface RestoreOutcome {
  restored: Backup;
  /** The notebook's state just before, as a backup; null when it could not be opened to make one. */
  previous: Backup | null;
  /** Where a notebook that could not be opened was moved to; null when none was. */
  setAside: string | null;
}

const SET_ASIDE = new Set(['notebook-damaged', 'untrusted-notebook']);

export async function restoreNotebook(notebookPath: string, backupPath: string, options: NotebookOptions = {}): Promise<RestoreOutcome> {
  const target = path.resolve(notebookPath);
  if (path.resolve(backupPath) === target) {
    throw new NotebookError('invalid-input', `${target} is this notebook itself; choose one of its backups.`);
  }
  let notebook: Notebook;
  try {
    // An older format is restored over as it is: upgrading it first would only be undone.
    notebook = Notebook.open(target, { ...options, access: 'write', create: false, upgrade: 'keep-format' });
  } catch (error) {
    if (isNotebookError(error) && (error.code === 'file-missing' || SET_ASIDE.has(error.code))) {
      return replaceUnopened(target, backupPath, error.code === 'file-missing', options);
    }
    throw error;
  }
  try {
    return { ...(await notebook.restoreFrom(backupPath)), setAside: null };
  } finally {
    notebook.close();
  }
}

async function replaceUnopened(target: string, backupPath: string, missing: boolean, options: NotebookOptions): Promise<RestoreOutcome> {
  const settings = backupSettingsOf(options);
  const restored = checkBackup(backupPath, settings);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const staged = await stageRestore(restored.path, target, settings);
  let setAside: string | null = null;
  if (!missing) {
    setAside = setAsidePath(target, new Date(options.now?.() ?? Date.now()));
    try {
      // Its write-ahead log may hold the newest changes: it goes with it.
      if (fs.existsSync(`${target}-wal`)) fs.renameSync(`${target}-wal`, `${setAside}-wal`);
      fs.renameSync(target, setAside);
    } catch (error) {
      fs.rmSync(staged, { force: true });
      throw translateStorageError(error, target);
    }
  }
  putInPlace(staged, target);
  return { restored, previous: null, setAside };
}

/** "Study (before restore 2026-12-01T10-15-00Z).themata", beside the notebook. */
function setAsidePath(target: string, at: Date): string {
  const stamp = `${at.toISOString().slice(0, 19).replace(/:/g, '-')}Z`;
  const stem = path.basename(target, NOTEBOOK_EXTENSION);
  for (let n = 1; ; n++) {
    const candidate = path.join(path.dirname(target), `${stem} (before restore ${stamp}${n > 1 ? ` ${n}` : ''})${NOTEBOOK_EXTENSION}`);
    if (!fs.existsSync(candidate)) return candidate;
  }
}
