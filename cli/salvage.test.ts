import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTemporaryFolder } from '../db/test-support/temporary-notebook';
import { cli } from './test-support/cli-run';

/** The CLI against a user data folder of the test's own. */
function themata(home: string, ...argv: string[]) {
  return cli(argv, { home });
}

describe('themata salvage', () => {
  const folder = useTemporaryFolder();

  it('rescues a notebook that was refused for its own SQL, which then works as usual', async () => {
    const home = folder();
    const received = path.join(home, 'Received.themata');
    await themata(home, 'documents');
    fs.copyFileSync(path.join(home, 'Notebook.themata'), received);
    expect((await themata(home, 'note', '1:2', 'Keep this note', '--notebook', received)).code).toBe(0);
    const raw = new Database(received);
    raw.exec('CREATE TRIGGER t AFTER INSERT ON tags BEGIN DELETE FROM notes; END;');
    raw.pragma('journal_mode = DELETE');
    raw.close();

    const refused = await themata(home, 'tag', '1:1', '1', '--notebook', received);
    expect(refused.code).toBe(4);
    expect(refused.stderr).toMatch(/^themata: .*holds a trigger "t" that Themata did not create.*"themata salvage"/);
    expect(refused.stderr.trimEnd().split('\n')).toHaveLength(1);

    const rescued = path.join(home, 'Rescued.themata');
    const salvage = await themata(home, 'salvage', received, '-o', rescued);
    expect(salvage.code).toBe(0);
    expect(salvage.stdout).toMatch(/^Salvaged into .*Rescued\.themata: 1 document, 13 sentences, 4 themes, 0 tags, 1 note, \d+ history entries\nLeft out:\n {2}trigger "t", which Themata does not create/);

    expect((await themata(home, 'tag', '1:1', '1', '--notebook', rescued)).code).toBe(0);
    expect((await themata(home, 'search', 'Keep this note', '--notebook', rescued)).stdout).toContain('note: Keep this note');
  });

  it('refuses to salvage into an existing file, and needs -o', async () => {
    const home = folder();
    await themata(home, 'documents');
    const notebook = path.join(home, 'Notebook.themata');
    const taken = await themata(home, 'salvage', notebook, '-o', notebook);
    expect(taken.code).toBe(1);
    expect((await themata(home, 'salvage', notebook)).stderr).toMatch(/-o NEW\.themata/);
  });
});
