/**
 * A full disk must cost the researcher the change they were making, never the
 * notebook: the import is refused with one line (exit 1), nothing is left
 * half-written beside the file, and the notebook still opens. The disk is a
 * 2 MB tmpfs filled to the last byte, which needs root and mount rights.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStudy, generatedArticle, sidecarsOf } from './support/notebook-files';
import { bundles, describeRun, oneFailureLine, themata } from './support/processes';

/** Why a small tmpfs cannot be mounted here, or null when it can. Decided while the tests are collected. */
function tmpfsUnavailable(): string | null {
  const probe = fs.mkdtempSync(path.join(os.tmpdir(), 'themata-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'pipe' });
    execFileSync('umount', [probe], { stdio: 'pipe' });
    return null;
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    return stderr || (error as Error).message.split('\n')[0]!;
  } finally {
    fs.rmdirSync(probe);
  }
}

const unavailable = tmpfsUnavailable();
if (unavailable) console.log(`[reliability] full disk: skipped, a 2 MB tmpfs cannot be mounted here (${unavailable})`);

/** Writes until the file system refuses even one more byte. */
function fillUp(file: string): void {
  const fd = fs.openSync(file, 'w');
  try {
    for (const size of [65536, 4096, 512, 1]) {
      const chunk = Buffer.alloc(size, 0x2e);
      for (;;) {
        try {
          fs.writeSync(fd, chunk);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOSPC') break;
          throw error;
        }
      }
    }
  } finally {
    fs.closeSync(fd);
  }
}

describe.skipIf(unavailable !== null)('a notebook on a full disk', () => {
  let work = '';
  let disk = '';
  let mounted = false;
  let refusals = 0;

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'themata-full-disk-'));
    disk = path.join(work, 'disk');
    fs.mkdirSync(disk);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', disk]);
    mounted = true;
    await bundles();
  });

  afterAll(() => {
    if (mounted) {
      try {
        execFileSync('umount', [disk], { stdio: 'pipe' });
      } catch {
        execFileSync('umount', ['-l', disk], { stdio: 'pipe' }); // still busy: detach it, the kernel frees it when idle
      }
    }
    fs.rmSync(work, { recursive: true, force: true });
    console.log(`[reliability] full disk: ${refusals} writes refused on a full 2 MB disk, notebook unchanged and still readable`);
  });

  it(
    'refuses an import and a tag with one line each, changes nothing, leaves no journal, and still reads the notebook',
    async () => {
      const notebook = path.join(disk, 'Study.themata');
      const outside = path.join(work, 'built.themata');
      createStudy(outside, { sentences: 20, tags: 10, notes: 5 });
      fs.copyFileSync(outside, notebook);
      const big = path.join(work, 'BIG.txt');
      fs.writeFileSync(big, generatedArticle(13_000));
      expect(fs.statSync(big).size).toBeGreaterThan(1_400_000);

      const documentsBefore = await themata(['documents', '--notebook', notebook]);
      expect(documentsBefore.code, describeRun(documentsBefore)).toBe(0);
      const filler = path.join(disk, 'filler');
      fillUp(filler);

      const imported = await themata(['import', big, '--notebook', notebook]);
      expect(imported.code, describeRun(imported)).toBe(1);
      const line = oneFailureLine(imported);
      expect(line, describeRun(imported)).toMatch(/not enough space on the disk/i);
      expect(line).toMatch(/nothing was changed/i);
      expect(sidecarsOf(notebook)).toEqual([]);
      refusals += 1;

      // Even a single tag needs a page of journal: refused the same way.
      const tagOnFullDisk = await themata(['tag', '1:1', '1', '--notebook', notebook]);
      expect(tagOnFullDisk.code, describeRun(tagOnFullDisk)).toBe(1);
      expect(oneFailureLine(tagOnFullDisk), describeRun(tagOnFullDisk)).toMatch(/not enough space on the disk.*nothing was changed/i);
      expect(sidecarsOf(notebook)).toEqual([]);
      refusals += 1;

      const documentsAfter = await themata(['documents', '--notebook', notebook]);
      expect(documentsAfter.code, describeRun(documentsAfter)).toBe(0);
      expect(documentsAfter.stdout).toBe(documentsBefore.stdout);
      const stats = await themata(['stats', '--notebook', notebook]);
      expect(stats.code, describeRun(stats)).toBe(0);
      expect(stats.stdout).toContain('10 tags, 5 notes');
      expect(sidecarsOf(notebook)).toEqual([]);

      // Once the researcher frees some space, the same notebook takes writes again.
      fs.rmSync(filler);
      const tagged = await themata(['tag', '1:1', '1', '--notebook', notebook]);
      expect(tagged.code, describeRun(tagged)).toBe(0);
    },
    60_000,
  );
});
