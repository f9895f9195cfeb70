import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  backupFolder,
  backupName,
  backupsToKeep,
  checkBackup,
  listBackups,
  parseBackupName,
  type BackupName,
} from './backups';
import { latestVersion, shipMigrationForTest, schemaVersion } from './migrations';
import { Notebook, seedSampleStudy, type NotebookOptions } from './notebook';
import { useTemporaryFolder } from './test-support/temporary-notebook';

/** Today's format, read before a test ships a later one (latestVersion follows it). */
const TODAY = latestVersion;

const HOUR = 60 * 60 * 1000;

/** A clock the test moves by hand. */
function handClock(start = Date.UTC(2026, 11, 1, 10, 0, 0)) {
  let time = start;
  return {
    now: () => new Date(time).toISOString(),
    advance: (ms: number) => {
      time += ms;
    },
  };
}

/** Every row of every table Themata reads (the search indexes are rebuilt from them), for comparing two files. */
function rowsOf(file: string): Record<string, string[]> {
  const db = new Database(file, { readonly: true });
  try {
    const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    return Object.fromEntries(tables.map((table) => [table, (db.prepare(`SELECT * FROM "${table}"`).all() as object[]).map((row) => JSON.stringify(row)).sort()]));
  } finally {
    db.close();
  }
}

function headerJournalBytes(file: string): number[] {
  const bytes = fs.readFileSync(file);
  return [bytes[18]!, bytes[19]!];
}

describe('notebook backups', () => {
  const folder = useTemporaryFolder();
  const open: Notebook[] = [];
  afterEach(() => {
    for (const notebook of open.splice(0)) notebook.close();
  });

  function study(options: NotebookOptions = {}) {
    const home = folder();
    const root = path.join(home, 'Backups');
    const clock = handClock();
    const notebookPath = path.join(home, 'Study.themata');
    const notebook = Notebook.open(notebookPath, { create: true, seed: seedSampleStudy, coder: 'ana', now: clock.now, backupRoot: root, ...options });
    open.push(notebook);
    const theme = notebook.listThemes()[0]!;
    const documentId = notebook.listDocuments()[0]!.id;
    const tag = (number: number) => notebook.tag([notebook.sentenceId(documentId, number)], theme.id);
    return { home, root, clock, notebookPath, notebook, tag };
  }

  it('backs up the open notebook as one checked file named by time and reason, holding its rows', async () => {
    const { notebook, notebookPath, root, tag } = study();
    tag(1);
    const backup = await notebook.backup('hourly');
    expect(path.dirname(backup.path)).toBe(backupFolder(notebookPath, root));
    expect(path.basename(path.dirname(backup.path))).toMatch(/^Study [0-9a-f]{8}$/);
    expect(path.basename(backup.path)).toBe('2026-12-01T10-00-00Z hourly.themata');
    expect(backup).toMatchObject({ reason: 'hourly', createdAt: '2026-12-01T10:00:00.000Z', sentenceCount: 13, tagCount: 1 });
    expect(backup.sizeBytes).toBe(fs.statSync(backup.path).size);
    // At rest as one file: a rollback journal, nothing beside it, and no half-made copy left.
    expect(headerJournalBytes(backup.path)).toEqual([1, 1]);
    expect(fs.readdirSync(path.dirname(backup.path))).toEqual([path.basename(backup.path)]);
    notebook.close();
    expect(rowsOf(backup.path)).toEqual(rowsOf(notebookPath));
  });

  it('keeps the backups of two notebooks with one name apart', () => {
    const root = path.join(folder(), 'Backups');
    expect(backupFolder('/a/Study.themata', root)).not.toBe(backupFolder('/b/Study.themata', root));
    expect(path.basename(backupFolder('/b/Study.themata', root))).toMatch(/^Study [0-9a-f]{8}$/);
  });

  it('makes a rolling backup at most once an hour, and only after a change', async () => {
    const { notebook, clock, tag } = study();
    expect(await notebook.backupIfDue()).toMatchObject({ createdAt: '2026-12-01T10:00:00.000Z' });
    clock.advance(10 * 60_000);
    tag(1);
    clock.advance(49 * 60_000);
    expect(await notebook.backupIfDue()).toBeNull(); // changed, but the newest backup is 59 minutes old
    clock.advance(60_000);
    expect(await notebook.backupIfDue()).toMatchObject({ reason: 'hourly', createdAt: '2026-12-01T11:00:00.000Z', tagCount: 1 });
    clock.advance(5 * HOUR);
    expect(await notebook.backupIfDue()).toBeNull(); // nothing changed since
    expect(notebook.listBackups()).toHaveLength(2);
  });

  it('counts an undo as a change', async () => {
    const { notebook, clock, tag } = study();
    tag(1);
    await notebook.backup('hourly');
    notebook.undo();
    clock.advance(HOUR);
    expect(await notebook.backupIfDue()).toMatchObject({ tagCount: 0 });
  });

  it('lists when, why, size, sentences and tags, newest first; an unreadable backup is listed without counts', async () => {
    const { notebook, notebookPath, root, clock, tag } = study();
    await notebook.backup('hourly');
    clock.advance(HOUR);
    tag(1);
    tag(2);
    await notebook.backup('before-restore');
    const listed = listBackups(notebookPath, { root });
    expect(listed.map((b) => [b.reason, b.createdAt, b.sentenceCount, b.tagCount])).toEqual([
      ['before-restore', '2026-12-01T11:00:00.000Z', 13, 2],
      ['hourly', '2026-12-01T10:00:00.000Z', 13, 0],
    ]);
    fs.writeFileSync(listed[1]!.path, 'no longer a notebook');
    expect(listBackups(notebookPath, { root })[1]).toMatchObject({ reason: 'hourly', sentenceCount: null, tagCount: null, sizeBytes: 20 });
  });

  it('keeps two backups made in the same second', async () => {
    const { notebook } = study();
    const first = await notebook.backup('hourly');
    const second = await notebook.backup('hourly');
    expect(path.basename(second.path)).toBe('2026-12-01T10-00-00Z hourly 2.themata');
    expect(notebook.listBackups().map((b) => b.path)).toEqual([second.path, first.path]);
  });

  it('prunes to the last 10 hourly backups after each one', async () => {
    const { notebook, clock, tag } = study();
    for (let hour = 0; hour < 12; hour++) {
      tag(1 + (hour % 13));
      expect(await notebook.backupIfDue()).not.toBeNull();
      clock.advance(HOUR);
    }
    const kept = notebook.listBackups();
    expect(kept).toHaveLength(10);
    expect(kept.at(-1)!.createdAt).toBe('2026-12-01T12:00:00.000Z');
  });

  it('reports a backup that cannot be made in one sentence and leaves the notebook unchanged', async () => {
    const { notebook, root, notebookPath, tag } = study();
    tag(1);
    fs.writeFileSync(root, 'a file where the Backups folder should be');
    const before = notebook.stats();
    await expect(notebook.backup('hourly')).rejects.toMatchObject({
      code: 'backup-failed',
      message: expect.stringMatching(/^Themata could not back up Study\.themata \(.*\); the copy was deleted and the notebook itself is unchanged\.$/),
    });
    expect(notebook.stats()).toEqual(before);
    expect(listBackups(notebookPath, { root })).toEqual([]);
  });
});

describe('which backups are kept', () => {
  const at = (day: number, hour: number) => new Date(Date.UTC(2026, 10, day, hour)).toISOString();
  const backup = (createdAt: string, reason: BackupName['reason']): BackupName => ({ createdAt, reason, sequence: 1 });

  it('keeps the last 10 hourly, the newest of each of the last 7 days, every pre-upgrade one and the last 10 pre-restore ones', () => {
    const backups: BackupName[] = [];
    // Twelve days with three hourly backups each (09:00, 13:00, 17:00), newest first.
    for (let day = 12; day >= 1; day--) for (const hour of [17, 13, 9]) backups.push(backup(at(day, hour), 'hourly'));
    backups.push(backup(at(1, 8), 'before-upgrade'));
    for (let n = 0; n < 12; n++) backups.push(backup(at(1, 7 - n / 2), 'before-restore'));
    backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt));

    const kept = [...backupsToKeep(backups)].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const hourly = kept.filter((b) => b.reason === 'hourly').map((b) => b.createdAt);
    expect(hourly).toEqual([
      // the last 10: days 12 to 9, and 17:00 of day 8
      ...[12, 11, 10].flatMap((day) => [at(day, 17), at(day, 13), at(day, 9)]),
      at(9, 17),
      // then the newest of each day, seven days in all (12 down to 6)
      at(8, 17),
      at(7, 17),
      at(6, 17),
    ]);
    expect(kept.filter((b) => b.reason === 'before-upgrade')).toHaveLength(1);
    expect(kept.filter((b) => b.reason === 'before-restore')).toHaveLength(10);
  });

  it('reads back the names it writes, and nothing else', () => {
    const name = backupName(new Date(Date.UTC(2026, 11, 1, 10, 15, 0)), 'before-upgrade', 2);
    expect(name).toBe('2026-12-01T10-15-00Z before-upgrade 2.themata');
    expect(parseBackupName(name)).toEqual({ createdAt: '2026-12-01T10:15:00.000Z', reason: 'before-upgrade', sequence: 2 });
    for (const other of ['Study.themata', '2026-12-01T10-15-00Z weekly.themata', '.a1b2.partial', '2026-13-01T10-15-00Z hourly.themata']) {
      expect(parseBackupName(other)).toBeNull();
    }
  });
});

describe('upgrading an older notebook', () => {
  const folder = useTemporaryFolder();
  let unship: (() => void) | null = null;
  afterEach(() => {
    unship?.();
    unship = null;
  });

  /** A notebook of today's format, closed, with one tag and one note. */
  function olderNotebook() {
    const home = folder();
    const notebookPath = path.join(home, 'Study.themata');
    const root = path.join(home, 'Backups');
    const notebook = Notebook.open(notebookPath, { create: true, seed: seedSampleStudy, coder: 'ana', backupRoot: root });
    const documentId = notebook.listDocuments()[0]!.id;
    notebook.tag([notebook.sentenceId(documentId, 2)], notebook.listThemes()[1]!.id);
    notebook.setNote(notebook.sentenceId(documentId, 2), 'Worth a second look.');
    notebook.close();
    return { notebookPath, root };
  }

  const bookmarks = { version: TODAY + 1, name: 'bookmarks', up: (db: Database.Database) => db.exec('CREATE TABLE bookmarks (sentence_id INTEGER PRIMARY KEY) STRICT') };

  it('backs the notebook up, checked, before the migration runs', async () => {
    const { notebookPath, root } = olderNotebook();
    const before = rowsOf(notebookPath);
    unship = shipMigrationForTest(bookmarks);

    const notebook = await Notebook.openForWork(notebookPath, { backupRoot: root });
    expect(notebook.info().schemaVersion).toBe(TODAY + 1);
    const [backup, ...others] = notebook.listBackups();
    notebook.close();

    expect(others).toEqual([]);
    expect(backup).toMatchObject({ reason: 'before-upgrade', tagCount: 1, sentenceCount: 13 });
    expect(rowsOf(backup!.path)).toEqual(before);
    const copy = new Database(backup!.path, { readonly: true });
    expect(schemaVersion(copy)).toBe(TODAY);
    expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
    copy.close();
    expect(rowsOf(notebookPath)).toEqual({ ...before, bookmarks: [] });
  });

  it('leaves the notebook as it was when the migration fails, with the backup kept', async () => {
    const { notebookPath, root } = olderNotebook();
    const before = rowsOf(notebookPath);
    unship = shipMigrationForTest({ ...bookmarks, up: (db) => {
      db.exec('CREATE TABLE bookmarks (sentence_id INTEGER PRIMARY KEY) STRICT');
      throw new Error('the migration failed halfway');
    } });

    await expect(Notebook.openForWork(notebookPath, { backupRoot: root })).rejects.toThrow('the migration failed halfway');
    const raw = new Database(notebookPath, { readonly: true });
    expect(schemaVersion(raw)).toBe(TODAY);
    raw.close();
    expect(rowsOf(notebookPath)).toEqual(before);
    expect(fs.existsSync(`${notebookPath}-wal`)).toBe(false);
    expect(listBackups(notebookPath, { root }).map((b) => b.reason)).toEqual(['before-upgrade']);
  });

  it('backs it up the same way when the app opens it, checking it on a worker thread first', async () => {
    const { notebookPath, root } = olderNotebook();
    unship = shipMigrationForTest(bookmarks);
    const notebook = await Notebook.openWithoutBlocking(notebookPath, { backupRoot: root, access: 'prefer-write' });
    expect(notebook.info()).toMatchObject({ schemaVersion: TODAY + 1, readOnly: false });
    notebook.close();
    expect(listBackups(notebookPath, { root }).map((b) => b.reason)).toEqual(['before-upgrade']);
  });

  it('opens a notebook of the current format without a backup', async () => {
    const { notebookPath, root } = olderNotebook();
    const notebook = await Notebook.openForWork(notebookPath, { backupRoot: root });
    notebook.close();
    expect(listBackups(notebookPath, { root })).toEqual([]);
  });
});

describe('restoring a backup', () => {
  const folder = useTemporaryFolder();

  function studyWithBackup() {
    const home = folder();
    const root = path.join(home, 'Backups');
    const notebookPath = path.join(home, 'Study.themata');
    const clock = handClock();
    const options = { coder: 'ana', now: clock.now, backupRoot: root };
    const notebook = Notebook.open(notebookPath, { ...options, create: true, seed: seedSampleStudy });
    const documentId = notebook.listDocuments()[0]!.id;
    const themeId = notebook.listThemes()[0]!.id;
    notebook.tag([notebook.sentenceId(documentId, 1)], themeId);
    return { home, root, notebookPath, notebook, options, clock, documentId, themeId };
  }

  it('puts the backup in place after backing up the current state', async () => {
    const { notebook, notebookPath, root, options, clock, documentId, themeId } = studyWithBackup();
    const backup = await notebook.backup('hourly');
    const atBackup = notebook.stats();
    clock.advance(HOUR);
    notebook.tag([notebook.sentenceId(documentId, 5), notebook.sentenceId(documentId, 6)], themeId);
    notebook.importDocument({ title: 'Later', text: 'A later article. It came after the backup.', sourceName: null });

    const { restored, previous } = await notebook.restoreFrom(backup.path);
    expect(restored).toMatchObject({ path: backup.path, tagCount: 1 });
    expect(previous).toMatchObject({ reason: 'before-restore', tagCount: 3, sentenceCount: 15 });

    const reopened = Notebook.open(notebookPath, options);
    expect(reopened.stats()).toEqual(atBackup);
    reopened.close();
    expect(fs.readdirSync(path.dirname(notebookPath)).filter((n) => n.startsWith('.') || n.includes('-wal'))).toEqual([]);
    expect(listBackups(notebookPath, { root }).map((b) => b.reason)).toEqual(['before-restore', 'hourly']);
  });

  it('refuses what is not a sound backup in one sentence, changing nothing', async () => {
    const { home, notebook, notebookPath, root } = studyWithBackup();
    const before = notebook.stats();
    const text = path.join(home, 'notes.themata');
    fs.writeFileSync(text, 'these are my notes, not a notebook\n'.repeat(100));

    const damaged = (await notebook.backup('hourly')).path;
    const raw = new Database(damaged, { readonly: true });
    const page = (raw.prepare("SELECT pageno FROM dbstat WHERE name = 'sentences' ORDER BY pageno DESC LIMIT 1").get() as { pageno: number }).pageno;
    const pageSize = raw.pragma('page_size', { simple: true }) as number;
    raw.close();
    const fd = fs.openSync(damaged, 'r+');
    fs.writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (page - 1) * pageSize);
    fs.closeSync(fd);

    const cases: [string, RegExp][] = [
      [path.join(home, 'missing.themata'), /^There is no backup at .*missing\.themata; "themata backups" lists them\.$/],
      [text, /^.*notes\.themata is not a Themata notebook or backup, so it was not restored; nothing was changed\.$/],
      [damaged, /^The backup .* is damaged \(.*\), so it was not restored; nothing was changed\. Choose another one\.$/],
      [notebookPath, /is this notebook itself; choose one of its backups\.$/],
    ];
    for (const [file, message] of cases) {
      await expect(notebook.restoreFrom(file)).rejects.toMatchObject({ message: expect.stringMatching(message) });
    }
    expect(notebook.stats()).toEqual(before);
    expect(listBackups(notebookPath, { root }).map((b) => b.reason)).toEqual(['hourly']);
    expect(() => checkBackup(damaged)).toThrow(/damaged/);
  });
});
