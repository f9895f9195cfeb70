import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ensureDefaultNotebook, type Notebook } from '../../db';
import { OpenNotebookSession } from './notebook-session';
import { createHandlers, type Dialogs, type Shell } from './handlers';
import { callsFromPage, value } from './test-support/page-calls';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A session on a sample notebook whose backups go to the test's own folder, and the page's way to call it. */
function setUp() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'themata-backup-channels-'));
  const backupRoot = path.join(folder, 'Backups');
  const onOpened = vi.fn<(notebook: Notebook) => void>();
  const session = new OpenNotebookSession(ensureDefaultNotebook(path.join(folder, 'Study.themata'), { coder: 'ana', backupRoot }), { backupRoot, onOpened });
  cleanups.push(() => {
    session.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });
  const call = callsFromPage(createHandlers({ session, dialogs: {} as Dialogs, shell: {} as Shell }));
  const tag = (number: number) => {
    const notebook = session.notebook;
    const documentId = notebook.listDocuments()[0]!.id;
    notebook.tag([notebook.sentenceId(documentId, number)], notebook.listThemes()[0]!.id);
  };
  return { folder, session, call, tag, onOpened };
}

describe('backups:list and backups:restore', () => {
  it('lists the backups and restores one, reopening the notebook on it', async () => {
    const { session, call, tag, onOpened } = setUp();
    tag(1);
    await session.backupIfDue();
    tag(2);
    tag(3);

    const [backup, ...others] = value(await call('backups:list', {}));
    expect(others).toEqual([]);
    expect(backup).toMatchObject({ reason: 'hourly', sentenceCount: 13, tagCount: 1 });

    const outcome = value(await call('backups:restore', { path: backup!.path }));
    expect(outcome.restored).toMatchObject({ path: backup!.path, tagCount: 1 });
    expect(outcome.previous).toMatchObject({ reason: 'before-restore', tagCount: 3 });
    expect(outcome.notebook).toMatchObject({ name: 'Study', readOnly: false });
    expect(value(await call('stats', {}))).toMatchObject({ tagCount: 1 });
    expect(onOpened).toHaveBeenLastCalledWith(session.notebook);
    expect(value(await call('backups:list', {})).map((b) => b.reason)).toEqual(['before-restore', 'hourly']);
  });

  it('restores only a backup of the open notebook that it listed', async () => {
    const { folder, session, call, tag } = setUp();
    tag(1);
    const unlisted = (await session.backupIfDue())!.path;
    tag(2);
    const elsewhere = path.join(folder, 'Elsewhere.themata');
    ensureDefaultNotebook(elsewhere, { coder: 'ana' }).close();

    for (const chosen of [unlisted, elsewhere, session.notebook.path, '/etc/passwd']) {
      expect(await call('backups:restore', { path: chosen })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', message: expect.stringMatching(/only a backup of the open notebook/) },
      });
    }
    expect(value(await call('stats', {}))).toMatchObject({ tagCount: 2 });
    expect(value(await call('backups:list', {}))).toHaveLength(1);
  });

  it('goes on with the notebook as it was when the backup cannot be put in its place', async () => {
    const { session, call, tag } = setUp();
    tag(1);
    await session.backupIfDue();
    tag(2);
    const [backup] = value(await call('backups:list', {}));
    const rename = fs.renameSync.bind(fs);
    const failing = vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      if (String(to) === session.notebook.path) throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
      rename(from, to);
    });
    try {
      expect(await call('backups:restore', { path: backup!.path })).toMatchObject({ ok: false, error: { code: 'disk-error' } });
    } finally {
      failing.mockRestore();
    }
    expect(session.notebook.isOpen).toBe(true);
    expect(value(await call('stats', {}))).toMatchObject({ tagCount: 2 });
  });

  it('refuses a listed backup that has since been damaged, changing nothing', async () => {
    const { session, call, tag } = setUp();
    tag(1);
    await session.backupIfDue();
    const [backup] = value(await call('backups:list', {}));
    fs.writeFileSync(backup!.path, 'no longer a notebook');
    const refused = await call('backups:restore', { path: backup!.path });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-a-notebook', message: expect.stringMatching(/so it was not restored; nothing was changed\.$/) } });
    expect(value(await call('stats', {}))).toMatchObject({ tagCount: 1 });
    expect(value(await call('backups:list', {})).map((b) => b.reason)).toEqual(['hourly']);
  });
});
