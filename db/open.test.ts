import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { caught } from './test-support/caught';
import { latestVersion } from './migrations';
import { openDatabase, THEMATA_APPLICATION_ID } from './open';
import { useTemporaryFolder } from './test-support/temporary-notebook';


describe('opening a notebook', () => {
  const folder = useTemporaryFolder();

  it('sets every pragma explicitly', () => {
    const db = openDatabase(path.join(folder(), 'n.themata'), { create: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('busy_timeout', { simple: true })).toBe(2000);
    expect(db.pragma('locking_mode', { simple: true })).toBe('exclusive');
    expect(db.pragma('application_id', { simple: true })).toBe(THEMATA_APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
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
    openDatabase(file, { create: true }).close();
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
    openDatabase(file, { create: true }).close();
    const holder = openDatabase(file);
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
    openDatabase(file, { create: true }).close();
    const holder = openDatabase(file);
    try {
      const error = caught(() => openDatabase(file, { busyTimeoutMs: 50 }));
      expect(error.code).toBe('notebook-busy');
      expect(error.message).toMatch(/open in another Themata window or process/);
    } finally {
      holder.close();
    }
  });
});
