import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CHECKPOINT_BOUND_PAGES, IdleCheckpoints, JOURNAL_SIZE_LIMIT_BYTES } from './idle-checkpoints';

const open: { db: Database.Database; folder: string }[] = [];
afterEach(() => {
  for (const { db, folder } of open.splice(0)) {
    if (db.open) db.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

/** A database set up as an open notebook is: exclusive, write-ahead log, every commit synced. */
function notebookLikeDatabase() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'themata-checkpoints-'));
  const file = path.join(folder, 'study.themata');
  const db = new Database(file);
  db.pragma('locking_mode = EXCLUSIVE');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE tags (id INTEGER PRIMARY KEY, theme TEXT)');
  open.push({ db, folder });
  const walBytes = () => fs.statSync(`${file}-wal`).size;
  // A large row: the notebook file itself grows only once the log is folded into it.
  const commit = () => db.prepare('INSERT INTO tags (theme) VALUES (?)').run('Missile claims '.repeat(2000));
  const fileBytes = () => fs.statSync(file).size;
  return { db, walBytes, commit, fileBytes };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('IdleCheckpoints', () => {
  it('keeps commits off SQLite\'s own checkpoint, bounded by a large log instead', () => {
    const { db } = notebookLikeDatabase();
    new IdleCheckpoints(db, 50);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(CHECKPOINT_BOUND_PAGES);
    expect(db.pragma('journal_size_limit', { simple: true })).toBe(JOURNAL_SIZE_LIMIT_BYTES);
  });

  it('folds the log into the file once the work pauses, and not before', async () => {
    const { db, walBytes, commit, fileBytes } = notebookLikeDatabase();
    const checkpoints = new IdleCheckpoints(db, 200);
    const before = fileBytes();
    commit();
    checkpoints.changed();
    expect(walBytes()).toBeGreaterThan(0);
    // Still working: each change starts the pause again.
    for (let i = 0; i < 5; i += 1) {
      await pause(60);
      commit();
      checkpoints.changed();
      expect(fileBytes()).toBe(before);
    }
    await pause(400);
    expect(fileBytes()).toBeGreaterThan(before + 5 * 20_000);
    expect(db.prepare('SELECT count(*) FROM tags').pluck().get()).toBe(6);
  });

  it('does nothing once the notebook is closed, even with a pause pending', async () => {
    const { db, commit } = notebookLikeDatabase();
    const checkpoints = new IdleCheckpoints(db, 30);
    commit();
    checkpoints.changed();
    db.close();
    expect(checkpoints.checkpoint()).toBe(false);
    await pause(80);
    expect(db.open).toBe(false);
  });

  it('checkpoints on demand, and the next change writes the log over from its start', () => {
    const { db, walBytes, commit, fileBytes } = notebookLikeDatabase();
    const checkpoints = new IdleCheckpoints(db, 10_000);
    const before = fileBytes();
    commit();
    checkpoints.changed();
    const logged = walBytes();
    expect(checkpoints.checkpoint()).toBe(true);
    expect(fileBytes()).toBeGreaterThan(before);
    commit();
    expect(walBytes()).toBe(logged);
  });
});
