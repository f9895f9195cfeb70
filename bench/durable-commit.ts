/**
 * The floor every durable figure is compared with: one row committed on its
 * own, with the settings a notebook uses while open (WAL, synchronous=FULL,
 * exclusive locking), on the same disk and in the same run.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { type Distribution, distribution, sample } from './table';

export function measureDurableCommit(folder: string, runs = 1000): Distribution {
  const file = path.join(folder, 'durable-commit.db');
  const db = new Database(file);
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    // No checkpoint during the run: the floor is the commit alone.
    db.pragma('wal_autocheckpoint = 0');
    db.exec('CREATE TABLE rows (id INTEGER PRIMARY KEY, at TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO rows (at) VALUES (?)');
    return distribution(sample(runs, () => insert.run('2026-12-01T00:00:00Z'), 20));
  } finally {
    db.close();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  }
}

/** "2.1×": a durable figure over the bare commit's, so figures from different disks compare. */
export function ratio(value: number, floor: number): string {
  return `${(value / floor).toFixed(1)}×`;
}
