import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openAs, STUDY_TEXTS } from '../db/exchange/refi-test-study';
import { latestVersion } from '../db/migrations';
import { Notebook } from '../db/notebook';
import { expectRefusedUnchanged, useCliNotebook, type CliNotebook } from './test-support/cli-run';

/** This notebook holds the report, coded by ana; ben's notebook the report and a second article, coded by him. */
async function twoCoders(cli: CliNotebook): Promise<string> {
  expect((await cli.run('import', cli.write('report.txt', STUDY_TEXTS.report), '--title', 'Syria report')).code).toBe(0);
  expect((await cli.run('themes', 'add', 'Claims')).code).toBe(0);
  expect((await cli.run('tag', '1:1', 'Claims')).code).toBe(0);
  const bens = path.join(cli.home, 'Ben.themata');
  const ben = openAs(bens, 'ben');
  const report = ben.importDocument({ title: 'Report', text: STUDY_TEXTS.report, sourceName: null }).id;
  const astral = ben.importDocument({ title: 'Astral', text: STUDY_TEXTS.astral, sourceName: null }).id;
  const claims = ben.addTheme({ name: 'Claims' }).id;
  const trade = ben.addTheme({ name: 'Trade', parentId: claims }).id;
  // Sentence 1 carries Claims by ana already: ben's Claims there is his own.
  ben.tag([ben.sentenceId(report, 1), ben.sentenceId(report, 2), ben.sentenceId(astral, 1)], claims);
  ben.tag([ben.sentenceId(report, 3)], trade);
  ben.setNote(ben.sentenceId(report, 2), 'Ben on the denial.');
  ben.markDocumentCoded(report, true);
  ben.close();
  return bens;
}

describe('themata merge', () => {
  const setup = useCliNotebook();

  it('brings another coder’s notebook in and says what was matched, added per coder, and already present', async () => {
    const cli = setup();
    const bens = await twoCoders(cli);
    const run = await cli.run('merge', bens);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe([
      'Merged Ben.themata.',
      'Matched: 1 document and 1 theme already in this notebook.',
      'Added: 1 document (“Astral”), 1 theme (“Trade”), 4 tags, 1 note, 1 done mark.',
      '  ben: 4 tags, 1 note, 1 done mark',
      'Already present: 0 tags, 0 notes, 0 done marks.',
      '',
    ].join('\n'));
    expect((await cli.run('undo')).stdout).toBe('Undid: Merge work from Ben.themata\n');
    expect((await cli.run('documents')).stdout).not.toContain('Astral');
  });

  it('says nothing is left to merge the second time, and changes nothing', async () => {
    const cli = setup();
    const bens = await twoCoders(cli);
    expect((await cli.run('merge', bens)).code).toBe(0);
    const before = await cli.snapshot();
    const again = await cli.run('merge', bens, '--json');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({
      file: 'Ben.themata', changed: false, matched: { documents: 2, themes: 2 },
      added: { documents: [], themes: [], tags: 0, notes: 0, doneMarks: 0, coders: [] },
      alreadyPresent: { tags: 4, notes: 1, doneMarks: 1 }, leftOut: [],
    });
    expect((await cli.run('merge', bens)).stdout).toBe('Nothing to merge from Ben.themata: everything it holds is already in this notebook (4 tags, 1 note, 1 done mark).\n');
    expect(await cli.snapshot()).toBe(before);
  });

  it('brings the same work in from the other coder’s .qdpx project', async () => {
    const cli = setup();
    const bens = await twoCoders(cli);
    const ben = Notebook.open(bens, { access: 'read' });
    const qdpx = cli.write('Ben.qdpx', Buffer.from(ben.exportQdpx()));
    ben.close();
    const run = await cli.run('merge', qdpx, '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ file: 'Ben.qdpx', added: { documents: ['Astral'], themes: ['Trade'], tags: 4, notes: 1, doneMarks: 0 } });
  });

  it('refuses a missing file, a file that is not a notebook, a damaged project and a newer notebook in one line, changing nothing', async () => {
    const cli = setup();
    const bens = await twoCoders(cli);
    await expectRefusedUnchanged(cli, ['merge', path.join(cli.home, 'Nobody.themata')], /^themata: There is no file at .*Nobody\.themata\.\n$/);
    await expectRefusedUnchanged(cli, ['merge', cli.write('Notes.themata', 'Just some notes, typed in a text editor and saved with the wrong name.')], /Notes\.themata is not a Themata notebook\./);
    await expectRefusedUnchanged(cli, ['merge', cli.write('Broken.qdpx', Buffer.from('PK\u0003\u0004 a torn download'))], /Broken\.qdpx is not a REFI-QDA project: it is not a zip archive, or the archive is damaged\./);
    await expectRefusedUnchanged(cli, ['merge', cli.write('notes.txt', 'A plain text.')], /notes\.txt is neither a Themata notebook \(\.themata\) nor a REFI-QDA project \(\.qdpx\)\./);
    const newer = path.join(cli.home, 'Newer.themata');
    fs.copyFileSync(bens, newer);
    const raw = new Database(newer);
    raw.pragma(`user_version = ${latestVersion + 1}`);
    raw.close();
    await expectRefusedUnchanged(cli, ['merge', newer], /Newer\.themata was written by a newer version of Themata/);
    await expectRefusedUnchanged(cli, ['merge', cli.notebook], /is this notebook itself/);
  });
});
