import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ensureDefaultNotebook, openNotebook, type NotebookError } from '../../db';
import { OpenNotebookSession, startNotebookSession, withNotebookExtension } from './notebook-session';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

function folder(): string {
  const created = fs.mkdtempSync(path.join(os.tmpdir(), 'themata-session-'));
  cleanups.push(() => fs.rmSync(created, { recursive: true, force: true }));
  return created;
}

function sampleNotebook(name: string): string {
  const file = path.join(folder(), name);
  ensureDefaultNotebook(file).close();
  return file;
}

function session(file: string, onOpened = vi.fn()) {
  const opened = new OpenNotebookSession(openNotebook(file), { onOpened });
  cleanups.push(() => opened.close());
  return { session: opened, onOpened };
}

function errorOf(action: () => unknown): NotebookError {
  try {
    action();
  } catch (error) {
    return error as NotebookError;
  }
  throw new Error('expected a NotebookError');
}

/** Another process holding the notebook, as a second Themata or the CLI would. */
async function holdInAnotherProcess(file: string): Promise<ChildProcess> {
  const betterSqlite = createRequire(import.meta.url).resolve('better-sqlite3');
  const script = `
    const Database = require(${JSON.stringify(betterSqlite)});
    const db = new Database(${JSON.stringify(file)});
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; COMMIT;');
    console.log('held');
    process.stdin.on('data', () => {});`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  cleanups.push(() => child.kill());
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`holder exited with ${code}`)));
  });
  return child;
}

describe('a notebook session', () => {
  it('starts on the default notebook, created with the sample study', async () => {
    const home = folder();
    vi.stubEnv('THEMATA_HOME', home);
    cleanups.push(() => vi.unstubAllEnvs());
    const started = await startNotebookSession(null);
    cleanups.push(() => started.close());
    expect(started.notebook.path).toBe(path.join(home, 'Notebook.themata'));
    expect(started.notebook.listDocuments()).toHaveLength(1);
  });

  it('swaps to another notebook and closes the first', async () => {
    const first = sampleNotebook('First.themata');
    const second = sampleNotebook('Second.themata');
    const { session: current, onOpened } = session(first);
    const old = current.notebook;
    await current.open(second);
    expect(current.notebook.path).toBe(second);
    expect(onOpened).toHaveBeenLastCalledWith(current.notebook);
    // The first file is free again: another session can open it.
    expect(() => openNotebook(first).close()).not.toThrow();
    expect(() => old.info()).toThrow();
  });

  it('keeps the open notebook when the other one cannot be opened', async () => {
    const first = sampleNotebook('First.themata');
    const { session: current } = session(first);
    await expect(current.open(path.join(folder(), 'missing.themata'))).rejects.toMatchObject({ code: 'file-missing' });
    expect(current.notebook.path).toBe(first);
    expect(current.notebook.info().documentCount).toBe(1);
  });

  it('reopening the open notebook changes nothing', async () => {
    const first = sampleNotebook('First.themata');
    const { session: current, onOpened } = session(first);
    const notebook = current.notebook;
    expect(await current.open(first)).toBe(notebook);
    expect(onOpened).toHaveBeenCalledTimes(1);
  });

  it('reports a notebook another process has open as busy, and stays where it was', async () => {
    const first = sampleNotebook('First.themata');
    const held = sampleNotebook('Held.themata');
    const { session: current } = session(first);
    await holdInAnotherProcess(held);
    await expect(current.open(held)).rejects.toMatchObject({ code: 'notebook-busy', message: expect.stringMatching(/open in another Themata/) });
    expect(current.notebook.path).toBe(first);
  });

  it('creates a new empty notebook, refusing to replace a file', () => {
    const { session: current } = session(sampleNotebook('First.themata'));
    const target = path.join(folder(), 'Fieldwork');
    current.create(target);
    expect(current.notebook.path).toBe(`${target}.themata`);
    expect(current.notebook.info().documentCount).toBe(0);
    expect(errorOf(() => current.create(target)).code).toBe('file-exists');
  });
});

describe('read-only notebooks in a session', () => {
  // As root every file is writable, so only the forced 'read' access can be proved there.
  const isRoot = process.getuid?.() === 0;

  it('prefers writing: a notebook that can be written opens for writing', async () => {
    const started = await startNotebookSession(sampleNotebook('Study.themata'));
    cleanups.push(() => started.close());
    expect(started.notebook.info().readOnly).toBe(false);
  });

  it.skipIf(isRoot)('opens a notebook whose file cannot be written read-only, instead of refusing it', async () => {
    const file = sampleNotebook('Study.themata');
    fs.chmodSync(file, 0o444);
    const started = await startNotebookSession(file);
    cleanups.push(() => started.close());
    expect(started.notebook.info().readOnly).toBe(true);
  });

  it('opens every notebook for reading when asked, and leaves the files untouched', async () => {
    const first = sampleNotebook('First.themata');
    const second = sampleNotebook('Second.themata');
    const before = fs.readFileSync(second);
    const started = await startNotebookSession(first, { access: 'read' });
    cleanups.push(() => started.close());
    expect(started.notebook.info().readOnly).toBe(true);
    await started.open(second);
    expect(started.notebook.info().readOnly).toBe(true);
    expect(errorOf(() => started.notebook.addTheme({ name: 'Sources cited' })).code).toBe('read-only');
    started.close();
    expect(fs.readFileSync(second).equals(before)).toBe(true);
  });
});

describe('withNotebookExtension', () => {
  it.each([
    ['/d/Study', '/d/Study.themata'],
    ['/d/Study.themata', '/d/Study.themata'],
    ['/d/Study.THEMATA', '/d/Study.THEMATA'],
    ['/d/Study.txt', '/d/Study.txt.themata'],
  ])('%s -> %s', (given, expected) => {
    expect(withNotebookExtension(given)).toBe(expected);
  });
});
