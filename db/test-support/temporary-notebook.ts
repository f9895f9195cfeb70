import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { Notebook, type NotebookOptions } from '../notebook';

/** A fresh folder per test, removed afterwards. */
export function useTemporaryFolder(): () => string {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
  });
  return () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'themata-test-'));
    folders.push(folder);
    return folder;
  };
}

/** A clock that advances one second per reading, so timestamps are distinct and reproducible. */
export function steppingClock(start = Date.UTC(2026, 0, 5, 9, 0, 0)): () => string {
  let tick = 0;
  return () => new Date(start + 1000 * tick++).toISOString();
}

export function useTemporaryNotebook(options: NotebookOptions = {}): () => Notebook {
  const folder = useTemporaryFolder();
  const open: Notebook[] = [];
  afterEach(() => {
    for (const notebook of open.splice(0)) notebook.close();
  });
  return () => {
    const notebook = Notebook.open(path.join(folder(), 'Study.themata'), { create: true, coder: 'ana', now: steppingClock(), ...options });
    open.push(notebook);
    return notebook;
  };
}
