import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { caught } from './test-support/caught';
import { latestVersion } from './migrations';
import { closeDatabase, openDatabase, THEMATA_APPLICATION_ID } from './open';
import { useTemporaryFolder } from './test-support/temporary-notebook';


describe('opening a notebook', () => {
  const folder = useTemporaryFolder();

  it('sets every pragma explicitly', () => {
    const { db } = openDatabase(path.join(folder(), 'n.themata'), { create: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('busy_timeout', { simple: true })).toBe(2000);
    expect(db.pragma('locking_mode', { simple: true })).toBe('exclusive');
    expect(db.pragma('application_id', { simple: true })).toBe(THEMATA_APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
    expect(db.pragma('trusted_schema', { simple: true })).toBe(0);
    db.close();
  });

  it('refuses a missing file unless asked to create it', () => {
    const file = path.join(folder(), 'missing.themata');
    expect(caught(() => openDatabase(file)).code).toBe('file-missing');
    expect(fs.existsSync(file)).toBe(false);
  });

  it('refuses a text file and leaves it byte for byte as it was', () => {
    const file = path.join(folder(), 'notes.themata');
    fs.writeFileSync(file, 'these are my notes, not a database\n'.repeat(200));
    const before = fs.readFileSync(file);
    const error = caught(() => openDatabase(file, { create: true }));
    expect(error.code).toBe('not-a-notebook');
    expect(error.message).toContain('not a Themata notebook');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses another program\'s SQLite database untouched', () => {
    const file = path.join(folder(), 'other.db');
    const other = new Database(file);
    other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)');
    other.close();
    const before = fs.readFileSync(file);
    expect(caught(() => openDatabase(file, { create: true })).code).toBe('not-a-notebook');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a notebook from a newer version untouched, with a message saying so', () => {
    const file = path.join(folder(), 'future.themata');
    openDatabase(file, { create: true }).db.close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${latestVersion + 1}`);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const before = fs.readFileSync(file);
    const error = caught(() => openDatabase(file));
    expect(error.code).toBe('newer-notebook');
    expect(error.message).toMatch(/newer version of Themata/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('reports a notebook held by another process as busy', () => {
    const file = path.join(folder(), 'shared.themata');
    openDatabase(file, { create: true }).db.close();
    const holder = openDatabase(file).db;
    try {
      // A second process, as a second Themata window or the CLI would be.
      const script = `
        const Database = require(${JSON.stringify(createRequire(import.meta.url).resolve('better-sqlite3'))});
        const db = new Database(${JSON.stringify(file)});
        db.pragma('busy_timeout = 100');
        try { db.prepare('SELECT count(*) FROM themes').get(); console.log('opened'); }
        catch (e) { console.log(e.code); }`;
      const output = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim();
      expect(output).toMatch(/^SQLITE_BUSY/);
    } finally {
      holder.close();
    }
  });

  it('turns a busy notebook into one clear sentence', () => {
    const file = path.join(folder(), 'busy.themata');
    openDatabase(file, { create: true }).db.close();
    const holder = openDatabase(file).db;
    try {
      const error = caught(() => openDatabase(file, { busyTimeoutMs: 50 }));
      expect(error.code).toBe('notebook-busy');
      expect(error.message).toMatch(/open in another Themata window or process/);
    } finally {
      holder.close();
    }
  });

  it('leaves a closed notebook as one file in rollback-journal mode, with nothing beside it', () => {
    const file = path.join(folder(), 'rest.themata');
    const opened = openDatabase(file, { create: true });
    closeDatabase(opened.db, opened.readOnly);
    const header = fs.readFileSync(file).subarray(18, 20);
    expect([...header]).toEqual([1, 1]);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['rest.themata']);
  });

  it('adopts an empty file as a new notebook, but not an empty database of another program', () => {
    const empty = path.join(folder(), 'empty.themata');
    fs.writeFileSync(empty, '');
    const adopted = openDatabase(empty, { create: true });
    expect(adopted.db.pragma('application_id', { simple: true })).toBe(THEMATA_APPLICATION_ID);
    closeDatabase(adopted.db, false);

    const foreign = path.join(folder(), 'foreign.db');
    const other = new Database(foreign);
    other.pragma('user_version = 0');
    other.exec('CREATE TABLE t (x); DROP TABLE t;');
    other.close();
    expect(fs.statSync(foreign).size).toBeGreaterThan(0);
    const before = fs.readFileSync(foreign);
    expect(caught(() => openDatabase(foreign, { create: true })).code).toBe('not-a-notebook');
    expect(fs.readFileSync(foreign).equals(before)).toBe(true);
  });

  it('opens for reading without writing a byte, and refuses writes on that connection', () => {
    const file = path.join(folder(), 'read.themata');
    const created = openDatabase(file, { create: true });
    closeDatabase(created.db, false);
    const before = fs.readFileSync(file);
    const reader = openDatabase(file, { access: 'read' });
    expect(reader.readOnly).toBe(true);
    expect(reader.db.prepare('SELECT count(*) AS n FROM themes').get()).toEqual({ n: 0 });
    expect(() => reader.db.exec("INSERT INTO settings (key, value) VALUES ('k', 'v')")).toThrow();
    closeDatabase(reader.db, reader.readOnly);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['read.themata']);
  });

  it('runs with defensive mode on: the schema cannot be rewritten through SQL', () => {
    const { db } = openDatabase(path.join(folder(), 'd.themata'), { create: true });
    db.pragma('writable_schema = ON');
    expect(() => db.exec("UPDATE sqlite_schema SET sql = 'CREATE TABLE x(y)' WHERE name = 'settings'")).toThrow();
    db.close();
  });
});

describe('a notebook carrying SQL of its own', () => {
  const folder = useTemporaryFolder();

  function notebookWith(sql: string): string {
    const file = path.join(folder(), 'received.themata');
    const opened = openDatabase(file, { create: true });
    closeDatabase(opened.db, false);
    const raw = new Database(file);
    raw.exec(sql);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    return file;
  }

  it.each([
    ['a trigger on tags', 'CREATE TRIGGER t AFTER INSERT ON tags BEGIN DELETE FROM notes; END;', 'trigger "t"'],
    ['a trigger on notes', 'CREATE TRIGGER wipe_notes AFTER UPDATE ON notes BEGIN DELETE FROM tags; END;', 'trigger "wipe_notes"'],
    ['a view', 'CREATE VIEW v AS SELECT * FROM notes;', 'view "v"'],
    ['a trigger loading an extension', "CREATE TRIGGER ext AFTER INSERT ON themes BEGIN SELECT load_extension('evil'); END;", 'trigger "ext"'],
    ['an extra table', 'CREATE TABLE payload (x);', 'table "payload"'],
    ['an extra index', 'CREATE INDEX notes_by_body ON notes(body);', 'index "notes_by_body"'],
    [
      "Themata's own trigger with another body",
      "DROP TRIGGER history_is_append_only_delete; CREATE TRIGGER history_is_append_only_delete BEFORE DELETE ON history BEGIN SELECT 1; END;",
      'trigger "history_is_append_only_delete"',
    ],
    ['a missing trigger', 'DROP TRIGGER history_is_append_only_update;', 'missing the trigger "history_is_append_only_update"'],
  ])('refuses %s, naming it, and leaves the file byte for byte as it was', (_name, sql, named) => {
    const file = notebookWith(sql);
    const before = fs.readFileSync(file);
    for (const access of ['write', 'read', 'prefer-write'] as const) {
      const error = caught(() => openDatabase(file, { access }));
      expect(error.code).toBe('untrusted-notebook');
      expect(error.message).toContain(named);
      expect(error.message.split('\n')).toHaveLength(1);
    }
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['received.themata']);
  });

  it('accepts statistics SQLite itself keeps', () => {
    const file = notebookWith('ANALYZE;');
    const opened = openDatabase(file);
    expect(opened.readOnly).toBe(false);
    closeDatabase(opened.db, false);
  });
});

describe('a damaged notebook', () => {
  const folder = useTemporaryFolder();

  it('is refused for writing with one sentence saying so and how to restore, and is not written', () => {
    const file = path.join(folder(), 'damaged.themata');
    const opened = openDatabase(file, { create: true });
    const insert = opened.db.prepare("INSERT INTO settings (key, value) VALUES (?, ?)");
    for (let i = 0; i < 400; i += 1) insert.run(`key-${i}`, 'x'.repeat(200));
    closeDatabase(opened.db, false);
    const pages = fs.statSync(file).size / 4096;
    expect(pages).toBeGreaterThan(10);
    const bytes = fs.readFileSync(file);
    // A leaf page of the settings table, well past the schema page.
    bytes.fill(0xff, 8 * 4096, 8 * 4096 + 16);
    fs.writeFileSync(file, bytes);
    const error = caught(() => openDatabase(file));
    expect(error.code).toBe('notebook-damaged');
    expect(error.message).toMatch(/is damaged .*Restore a backup/);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });
});
