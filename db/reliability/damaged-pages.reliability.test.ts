/**
 * A disk, a sync tool or a bad copy can damage a page in the middle of a
 * notebook. Writing to such a file can spread the damage, so Themata must
 * refuse it untouched (exit 3) and tell the researcher to restore a backup;
 * reading it must never surface as an internal error (exit 70).
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTemporaryFolder } from '../test-support/temporary-notebook';
import { createStudy, fileState, unchanged } from './support/notebook-files';
import { bundles, describeRun, oneFailureLine, themata } from './support/processes';

const PAGE_SIZE = 4096;

interface Damage {
  what: string;
  /** The page to overwrite, chosen in the intact notebook. */
  page: (db: Database.Database) => number;
}

/** The n-th leaf page (in file order) of a table's b-tree, from SQLite's own page map. */
function leafOf(table: string, nth: number) {
  return (db: Database.Database) => {
    const leaves = db.prepare("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno").all(table) as { pageno: number }[];
    if (leaves.length <= nth) throw new Error(`the test notebook has only ${leaves.length} leaf pages in ${table}`);
    return leaves[nth]!.pageno;
  };
}

const DAMAGES: Damage[] = [
  { what: 'page 3', page: () => 3 },
  { what: 'a leaf page of the sentences table', page: leafOf('sentences', 5) },
  { what: 'a leaf page of the tags table', page: leafOf('tags', 1) },
];

describe('a notebook with a damaged page', () => {
  const folder = useTemporaryFolder();
  let base = '';
  let refusals = 0;

  beforeAll(async () => {
    base = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'themata-damaged-')), 'base.themata');
    createStudy(base, { sentences: 1500, tags: 1200, notes: 300 });
    await bundles();
  });

  afterAll(() => {
    fs.rmSync(path.dirname(base), { recursive: true, force: true });
    console.log(`[reliability] damaged pages: ${refusals} commands on damaged notebooks refused as damaged (tag exit 3, stats exit 3 or 1), none written to, none reported as an internal error`);
  });

  it('is large enough that the damaged pages are not page 1', () => {
    const db = new Database(base, { readonly: true });
    try {
      expect(db.pragma('page_size', { simple: true })).toBe(PAGE_SIZE);
      expect(db.pragma('page_count', { simple: true })).toBeGreaterThan(60);
      for (const damage of DAMAGES) expect(damage.page(db)).toBeGreaterThan(1);
    } finally {
      db.close();
    }
  });

  function damagedCopy(damage: Damage): string {
    const db = new Database(base, { readonly: true });
    const page = damage.page(db);
    db.close();
    const file = path.join(folder(), 'damaged.themata');
    fs.copyFileSync(base, file);
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(16, 0xff), 0, 16, (page - 1) * PAGE_SIZE);
    fs.closeSync(fd);
    return file;
  }

  for (const damage of DAMAGES) {
    it(`refuses to tag when ${damage.what} is overwritten: exit 3, says to restore a backup, writes nothing`, async () => {
      const file = damagedCopy(damage);
      const before = fileState(file);
      const run = await themata(['tag', '1:1', '1', '--notebook', file]);
      expect(run.code, describeRun(run)).toBe(3);
      const line = oneFailureLine(run);
      expect(line, describeRun(run)).not.toBeNull();
      expect(line).toMatch(/damaged/i);
      expect(line).toMatch(/backup/i);
      expect(unchanged(file, before), 'the damaged notebook changed, or a -wal/-shm/-journal was left beside it').toBe(true);
      refusals += 1;
    });

    it(`reports ${damage.what} overwritten as damage when reading stats, never as an internal error`, async () => {
      const file = damagedCopy(damage);
      const before = fileState(file);
      const stats = await themata(['stats', '--notebook', file]);
      expect([3, 1], describeRun(stats)).toContain(stats.code);
      expect(oneFailureLine(stats), describeRun(stats)).toMatch(/damaged/i);
      expect(unchanged(file, before), 'reading the damaged notebook changed it').toBe(true);
      refusals += 1;
    });
  }
});
