/**
 * A notebook on a read-only share, in a locked-down folder, or shipped to a
 * student as a read-only file must still be read, searched and exported, and
 * must not be touched: no journal, no rewritten header. A write is refused
 * with one line (exit 1). The tests run as root, for whom file modes mean
 * nothing, so the CLI runs here as user `nobody`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStudy, fileState, unchanged } from './support/notebook-files';
import { bundles, describeRun, oneFailureLine, REPO, SETPRIV, themata } from './support/processes';

const NOBODY = 65534;
/** Whether every folder above the checkout lets other users through, so `nobody` can run its CLI bundle and better-sqlite3. */
function othersCanReach(folder: string): boolean {
  for (let at = folder; ; at = path.dirname(at)) {
    if ((fs.statSync(at).mode & 0o001) === 0) return false;
    if (path.dirname(at) === at) return true;
  }
}

const canSwitchUser = fs.existsSync(SETPRIV) && process.getuid?.() === 0;
const reachable = othersCanReach(REPO);
if (!canSwitchUser) console.log(`[reliability] read-only: skipped, running as another user needs root and ${SETPRIV}`);
else if (!reachable) console.log(`[reliability] read-only: skipped, user nobody cannot enter a folder above ${REPO} to run the CLI`);

interface Place {
  what: string;
  /** Makes the folder and the notebook in it; returns the notebook's path. */
  make: (root: string, base: string) => string;
}

const PLACES: Place[] = [
  {
    what: 'a notebook of mode 0444 in a folder nobody may write to',
    make: (root, base) => {
      const folder = path.join(root, 'writable-folder');
      fs.mkdirSync(folder, { mode: 0o755 });
      fs.chownSync(folder, NOBODY, NOBODY);
      const file = path.join(folder, 'Study.themata');
      fs.copyFileSync(base, file);
      fs.chmodSync(file, 0o444);
      return file;
    },
  },
  {
    what: 'a notebook in a folder of mode 0555',
    make: (root, base) => {
      const folder = path.join(root, 'locked-folder');
      fs.mkdirSync(folder, { mode: 0o755 });
      const file = path.join(folder, 'Study.themata');
      fs.copyFileSync(base, file);
      fs.chmodSync(file, 0o644);
      fs.chmodSync(folder, 0o555);
      return file;
    },
  },
  {
    what: 'a notebook nobody owns, in a folder of mode 0555 (the file is writable, its journal could not be created)',
    make: (root, base) => {
      const folder = path.join(root, 'locked-folder-own-file');
      fs.mkdirSync(folder, { mode: 0o755 });
      const file = path.join(folder, 'Study.themata');
      fs.copyFileSync(base, file);
      fs.chownSync(file, NOBODY, NOBODY);
      fs.chmodSync(file, 0o644);
      fs.chmodSync(folder, 0o555);
      return file;
    },
  },
];

describe.skipIf(!canSwitchUser || !reachable)('a notebook user nobody can only read', () => {
  let root = '';
  let base = '';
  let exports = '';
  const totals = { reads: 0, refusals: 0 };

  beforeAll(async () => {
    // Under /tmp and traversable by everyone, so nobody reaches the notebooks.
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'themata-read-only-'));
    fs.chmodSync(root, 0o755);
    base = path.join(root, 'base.themata');
    createStudy(base, { sentences: 60, tags: 40, notes: 10 });
    exports = path.join(root, 'exports');
    fs.mkdirSync(exports, { mode: 0o755 });
    fs.chownSync(exports, NOBODY, NOBODY);
    await bundles();
  });

  afterAll(() => {
    if (root) {
      for (const folder of fs.readdirSync(root)) fs.chmodSync(path.join(root, folder), 0o755);
      fs.rmSync(root, { recursive: true, force: true });
    }
    console.log(`[reliability] read-only (as user nobody): ${totals.reads} reads and exports succeeded, ${totals.refusals} writes refused, notebooks byte-identical`);
  });

  it('runs the CLI as nobody, who can read the bundle and better-sqlite3', async () => {
    const run = await themata(['--help'], { asNobody: true });
    expect(run.code, describeRun(run)).toBe(0);
  });

  PLACES.forEach((place, index) => {
    it(`reads, searches and exports ${place.what}, and refuses a tag, touching nothing`, async () => {
      const file = place.make(root, base);
      const before = fileState(file);
      const reads: string[][] = [['documents'], ['themes'], ['stats'], ['search', 'delegation'], ['export', '-o', path.join(exports, `out-${index}.md`)]];
      for (const args of reads) {
        const run = await themata([...args, '--notebook', file], { asNobody: true });
        expect(run.code, `${args.join(' ')}: ${describeRun(run)}`).toBe(0);
        expect(unchanged(file, before), `${args.join(' ')} changed the notebook or left a -wal/-shm/-journal`).toBe(true);
        totals.reads += 1;
      }
      expect(fs.readFileSync(path.join(exports, `out-${index}.md`), 'utf8')).toContain('delegation');

      const tag = await themata(['tag', '1:1', '1', '--notebook', file], { asNobody: true });
      expect(tag.code, describeRun(tag)).toBe(1);
      const line = oneFailureLine(tag);
      expect(line, describeRun(tag)).toMatch(/can only be read/i);
      expect(line).toMatch(/nothing was changed/i);
      expect(unchanged(file, before), 'the refused tag changed the notebook or left a -wal/-shm/-journal').toBe(true);
      totals.refusals += 1;
    });
  });
});
