/**
 * A process killed while writing can leave a hot rollback journal beside the
 * notebook (Themata switches journal modes as it opens and closes a file). The
 * first command a researcher runs afterwards may well be one that only reads;
 * in a folder they can write, it must read the notebook as last committed,
 * not call it read-only.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStudy, inspect, integrity } from './support/notebook-files';
import { bundles, describeRun, REPO, themata } from './support/processes';

/**
 * Writes part of a transaction to the file in rollback-journal mode, spilling
 * pages past a tiny cache, and dies before committing: a hot journal.
 */
const KILLED_MID_WRITE = `
  const Database = require(${JSON.stringify(path.join(REPO, 'node_modules', 'better-sqlite3'))});
  const db = new Database(process.argv[1]);
  db.pragma('journal_mode = DELETE');
  db.pragma('cache_size = 2');
  db.exec('BEGIN');
  const insert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
  for (let i = 0; i < 200; i += 1) insert.run('padding ' + i, 'x'.repeat(3000));
  process.kill(process.pid, 'SIGKILL');
`;

describe('a read command right after a writer was killed', () => {
  let work = '';
  let checked = 0;

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'themata-read-after-crash-'));
    await bundles();
  });

  afterAll(() => {
    fs.rmSync(work, { recursive: true, force: true });
    console.log(`[reliability] read after a crash: ${checked} read commands answered from a notebook left with a hot journal`);
  });

  it('reads the notebook as last committed when the kill left a hot journal', async () => {
    const file = path.join(work, 'Study.themata');
    createStudy(file, { sentences: 30, tags: 12, notes: 4 });
    const killed = spawnSync(process.execPath, ['-e', KILLED_MID_WRITE, file]);
    expect(killed.signal, killed.stderr.toString()).toBe('SIGKILL');
    expect(fs.statSync(`${file}-journal`).size, 'the kill should have left a hot journal').toBeGreaterThan(512);

    for (const command of ['stats', 'documents']) {
      const run = await themata([command, '--notebook', file]);
      expect(run.code, `${command}: ${describeRun(run)}`).toBe(0);
      if (command === 'stats') expect(run.stdout).toContain('12 tags, 4 notes');
      checked += 1;
    }
    inspect(file, (db) => {
      expect(integrity(db)).toBe('ok');
      expect((db.prepare("SELECT count(*) AS n FROM settings WHERE key LIKE 'padding %'").get() as { n: number }).n).toBe(0);
    });
  });
});
