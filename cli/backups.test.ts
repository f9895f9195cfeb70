import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { latestVersion, shipMigrationForTest } from '../db/migrations';
import { expectOneClearLine, useCliNotebook, type CliNotebook } from './test-support/cli-run';

const WHEN = '\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}';

async function studyWithTwoDocuments(nb: CliNotebook): Promise<void> {
  const first = nb.write('first.txt', 'The first article. It was there before the backup.');
  expect((await nb.run('import', first)).code).toBe(0);
  const second = nb.write('second.txt', 'The second article. It came after the backup.');
  expect((await nb.run('import', second)).code).toBe(0);
}

/** Overwrites the last page of a table with noise, as a failing disk might. */
function damage(file: string, table: string): void {
  const db = new Database(file, { readonly: true });
  const page = (db.prepare('SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno DESC LIMIT 1').get(table) as { pageno: number }).pageno;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (page - 1) * pageSize);
  fs.closeSync(fd);
}

describe('themata backups', () => {
  const notebook = useCliNotebook();

  it('lists the backup the first change made, and no second one within the hour', async () => {
    const nb = notebook();
    await studyWithTwoDocuments(nb);
    const listed = await nb.run('backups');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(new RegExp(`^1 backup of .*study\\.themata, newest first, in .*Backups.study [0-9a-f]{8}:\\n\\n`));
    expect(listed.stdout).toMatch(/#\s+When\s+Why\s+Size\s+Sentences\s+Tags\s+File\n/);
    // Made after the first import: 2 sentences, no tags.
    expect(listed.stdout).toMatch(new RegExp(`\\n1\\s+${WHEN}\\s+hourly\\s+\\d+ KB\\s+2\\s+0\\s+\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}Z hourly\\.themata\\n`));
    expect(listed.stdout).toContain('themata restore #');
  });

  it('prints JSON for scripts', async () => {
    const nb = notebook();
    await studyWithTwoDocuments(nb);
    const backups = JSON.parse((await nb.run('backups', '--json')).stdout) as Record<string, unknown>[];
    expect(backups).toEqual([
      {
        path: expect.stringMatching(/Backups.study [0-9a-f]{8}.*hourly\.themata$/),
        createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/),
        reason: 'hourly',
        sizeBytes: fs.statSync(backups[0]!.path as string).size,
        sentenceCount: 2,
        tagCount: 0,
      },
    ]);
  });

  it('says so when there are none yet, and never creates the notebook', async () => {
    const nb = notebook();
    const listed = await nb.run('backups');
    expect(listed.stdout).toMatch(/study\.themata has no backups yet; Themata makes one within an hour of a change, in .*Backups/);
    expect(JSON.parse((await nb.run('backups', '--json')).stdout)).toEqual([]);
    expect(fs.existsSync(nb.notebook)).toBe(false);
  });

  it('does not back up after a command that only reads', async () => {
    const nb = notebook();
    expect((await nb.run('import', nb.write('a.txt', 'One sentence.'))).code).toBe(0);
    const backups = JSON.parse((await nb.run('backups', '--json')).stdout) as { path: string }[];
    fs.rmSync(backups[0]!.path);
    await nb.run('stats');
    await nb.run('documents');
    expect(JSON.parse((await nb.run('backups', '--json')).stdout)).toEqual([]);
  });
});

describe('themata restore', () => {
  const notebook = useCliNotebook();

  it('brings a backup back after backing up the current state, and that state can be restored in turn', async () => {
    const nb = notebook();
    await studyWithTwoDocuments(nb);
    const restored = await nb.run('restore', '1');
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(new RegExp(`^Restored .*study\\.themata from the backup of ${WHEN} \\(hourly\\): 2 sentences, 0 tags\\.\\nIts state before the restore was backed up to .*before-restore\\.themata\\.\\n$`));
    expect((await nb.run('documents')).stdout).toMatch(/^1\t2 sentences\t0 tagged\tFirst\n$/);

    const listed = await nb.run('backups');
    expect(listed.stdout).toMatch(/\n1\s+\S+ \S+\s+before restore\s+.*before-restore\.themata\n2\s+\S+ \S+\s+hourly\s+/);
    expect((await nb.run('restore', '1')).code).toBe(0);
    expect((await nb.run('documents')).stdout).toContain('Second');
  });

  it('takes a backup by its file name or its path', async () => {
    const nb = notebook();
    await studyWithTwoDocuments(nb);
    const [backup] = JSON.parse((await nb.run('backups', '--json')).stdout) as { path: string }[];
    expect((await nb.run('restore', path.basename(backup!.path, '.themata'))).code).toBe(0);
    expect((await nb.run('documents')).stdout).not.toContain('Second');
    await nb.run('import', nb.write('third.txt', 'A third article.'));
    expect((await nb.run('restore', backup!.path)).code).toBe(0);
    expect((await nb.run('documents')).stdout).not.toContain('Third');
  });

  it('refuses what is not a sound backup in one line, changing nothing', async () => {
    const nb = notebook();
    await studyWithTwoDocuments(nb);
    const [backup] = JSON.parse((await nb.run('backups', '--json')).stdout) as { path: string }[];
    const damagedBackup = path.join(nb.home, 'damaged-backup.themata');
    fs.copyFileSync(backup!.path, damagedBackup);
    damage(damagedBackup, 'sentences');
    const before = await nb.snapshot();
    const listedBefore = (await nb.run('backups', '--json')).stdout;

    expectOneClearLine(await nb.run('restore', '7'), /^themata: There is no backup 7; "themata backups" lists 1 backup, numbered from 1\.\n$/);
    expectOneClearLine(await nb.run('restore', 'yesterday'), /^themata: There is no backup called yesterday; "themata backups" lists them\.\n$/);
    expectOneClearLine(await nb.run('restore', nb.write('notes.txt', 'not a notebook '.repeat(300))), /notes\.txt is not a Themata notebook or backup, so it was not restored; nothing was changed\.\n$/);
    expectOneClearLine(await nb.run('restore', damagedBackup), /^themata: The backup .*damaged-backup\.themata is damaged \(.+\), so it was not restored; nothing was changed\. Choose another one\.\n$/);
    expectOneClearLine(await nb.run('restore', nb.notebook), /study\.themata is this notebook itself; choose one of its backups\.\n$/);
    expectOneClearLine(await nb.run('restore'), /^themata: expected the BACKUP to restore.*; see "themata restore --help"\.\n$/);

    expect(await nb.snapshot()).toBe(before);
    expect((await nb.run('backups', '--json')).stdout).toBe(listedBefore);
  });

  it('moves a notebook too damaged to open aside, then restores over it', async () => {
    const nb = notebook();
    await studyWithTwoDocuments(nb);
    damage(nb.notebook, 'sentences');
    expect((await nb.run('documents')).code).not.toBe(0);

    const restored = await nb.run('restore', '1');
    expect(restored.code).toBe(0);
    const aside = /moved to (.*study \(before restore \S+\)\.themata); "themata salvage" can copy what it still holds\.\n$/.exec(restored.stdout)?.[1];
    expect(aside).toBeDefined();
    expect(fs.existsSync(aside!)).toBe(true);
    expect((await nb.run('documents')).stdout).toMatch(/^1\t2 sentences\t0 tagged\tFirst\n$/);
  });

  it('brings back a notebook that was deleted', async () => {
    const nb = notebook();
    await studyWithTwoDocuments(nb);
    fs.rmSync(nb.notebook);
    const restored = await nb.run('restore', '1');
    expect(restored.code).toBe(0);
    expect(restored.stdout).not.toContain('backed up to');
    expect((await nb.run('documents')).stdout).toContain('First');
  });
});

describe('a newer Themata meeting an older notebook', () => {
  const notebook = useCliNotebook();
  let unship: (() => void) | null = null;
  afterEach(() => {
    unship?.();
    unship = null;
  });

  it('backs it up before upgrading it, on the first command that writes', async () => {
    const nb = notebook();
    expect((await nb.run('import', nb.write('a.txt', 'One sentence. And two.'))).code).toBe(0);
    const before = JSON.parse((await nb.run('backups', '--json')).stdout) as unknown[];
    unship = shipMigrationForTest({ version: latestVersion + 1, name: 'bookmarks', up: (db) => db.exec('CREATE TABLE bookmarks (sentence_id INTEGER PRIMARY KEY) STRICT') });

    expect((await nb.run('themes', 'add', 'Later')).code).toBe(0);
    const after = JSON.parse((await nb.run('backups', '--json')).stdout) as { reason: string; sentenceCount: number }[];
    expect(after).toHaveLength(before.length + 1);
    expect(after[0]).toMatchObject({ reason: 'before-upgrade', sentenceCount: 2 });
  });
});
