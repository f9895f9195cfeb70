/**
 * A notebook is a file researchers receive from others. One that carries a
 * trigger, view, table or index Themata did not create could rewrite or wipe
 * tags, notes and history the moment Themata writes to it, so Themata must
 * refuse it before writing anything (exit 4), and say which object it found.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTemporaryFolder } from '../test-support/temporary-notebook';
import { createStudy, fileState, plant, unchanged } from './support/notebook-files';
import { bundles, describeRun, oneFailureLine, themata } from './support/processes';

const PLANTED: { kind: string; name: string; sql: string }[] = [
  { kind: 'a trigger on tags that empties the notes', name: 't', sql: 'CREATE TRIGGER t AFTER INSERT ON tags BEGIN DELETE FROM notes; END;' },
  { kind: 'a trigger on notes', name: 'notes_spy', sql: 'CREATE TRIGGER notes_spy AFTER INSERT ON notes BEGIN DELETE FROM tags; END;' },
  {
    kind: 'a trigger on history that would wipe it',
    name: 'history_wipe',
    sql: 'CREATE TRIGGER history_wipe AFTER INSERT ON history BEGIN DELETE FROM history WHERE id < new.id; END;',
  },
  { kind: 'a view', name: 'every_tag', sql: 'CREATE VIEW every_tag AS SELECT * FROM tags;' },
  { kind: 'a trigger loading a native extension', name: 'loader', sql: "CREATE TRIGGER loader AFTER INSERT ON tags BEGIN SELECT load_extension('x'); END;" },
  { kind: 'a table', name: 'exfiltrate', sql: 'CREATE TABLE exfiltrate (body TEXT);' },
  { kind: 'an index', name: 'tags_by_coder', sql: 'CREATE INDEX tags_by_coder ON tags(coder);' },
  {
    kind: "Themata's own append-only trigger with its body changed",
    name: 'history_is_append_only_delete',
    sql: 'DROP TRIGGER history_is_append_only_delete; CREATE TRIGGER history_is_append_only_delete BEFORE DELETE ON history BEGIN SELECT 1; END;',
  },
];

describe('a notebook holding schema objects Themata did not create', () => {
  const folder = useTemporaryFolder();
  let base = '';
  let refused = 0;

  beforeAll(async () => {
    base = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'themata-hostile-')), 'base.themata');
    createStudy(base, { sentences: 40, tags: 30, notes: 10 });
    await bundles();
  });

  afterAll(() => {
    fs.rmSync(path.dirname(base), { recursive: true, force: true });
    console.log(`[reliability] hostile schema: ${refused} of ${PLANTED.length} planted or altered objects refused, notebook byte-identical each time`);
  });

  /** A copy of the study, touched by another program (which leaves it in rollback-journal mode). */
  function copyWith(sql: string): string {
    const file = path.join(folder(), 'received.themata');
    fs.copyFileSync(base, file);
    plant(file, sql);
    return file;
  }

  it('still opens a notebook that another program only read', async () => {
    // The control: the round trip through plain SQLite alone is no reason to refuse.
    const file = copyWith('SELECT count(*) FROM tags;');
    const run = await themata(['tag', '1:1', '1', '--notebook', file]);
    expect(run.code, describeRun(run)).toBe(0);
    expect(run.stdout).toMatch(/^Tagged 1:1/);
  });

  for (const planted of PLANTED) {
    it(`refuses ${planted.kind} with exit 4, naming it, and writes nothing`, async () => {
      const file = copyWith(planted.sql);
      const before = fileState(file);
      const run = await themata(['tag', '1:1', '1', '--notebook', file]);
      expect(run.code, describeRun(run)).toBe(4);
      const line = oneFailureLine(run);
      expect(line, describeRun(run)).not.toBeNull();
      expect(line).toContain(`"${planted.name}"`);
      expect(run.stdout).toBe('');
      expect(unchanged(file, before), 'the notebook file changed, or a -wal/-shm/-journal was left beside it').toBe(true);
      refused += 1;
    });
  }
});
