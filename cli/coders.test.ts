import { describe, expect, it } from 'vitest';
import { coderPreferenceFile, rememberCoder } from '../db/coder-preference';
import { runCli } from './run';
import { expectRefusedUnchanged, useCliNotebook } from './test-support/cli-run';

describe('several coders on the command line', () => {
  const setup = useCliNotebook();

  /** Two coders, ana (THEMATA_CODER) and ben (--coder), on one article. */
  async function study() {
    const cli = setup();
    await cli.run('themes', 'add', 'Denials');
    await cli.run('themes', 'add', 'Missile claims');
    await cli.run('import', cli.write('syria.txt', 'Moscow denied the strike. The Pentagon said 59 missiles hit. Talks were planned.\n'));
    await cli.run('tag', '1:1', 'Denials');
    await cli.run('tag', '1:2', 'Missile claims');
    await cli.run('note', '1:2', 'A figure to check.');
    await cli.run('tag', '1:1', 'Denials', '--coder', 'ben');
    await cli.run('tag', '1:3', 'Denials', '--coder', 'ben');
    return cli;
  }

  it('marks a document as coded by the coder, lists who marked it, takes the mark back, and undoes', async () => {
    const cli = await study();
    expect(await cli.run('documents', 'done', '1')).toEqual({ code: 0, stdout: 'Marked document 1, "Syria", as coded by ana\n', stderr: '' });
    expect((await cli.run('documents', 'done', '1')).stdout).toBe('Document 1 was already marked as coded by ana\n');
    expect((await cli.run('documents', 'done', '1', '--coder', 'ben')).stdout).toBe('Marked document 1, "Syria", as coded by ben\n');
    expect((await cli.run('documents')).stdout).toBe('1\t3 sentences\t3 tagged\tSyria\tcoded by ana, ben\n');
    expect(JSON.parse((await cli.run('documents', '--json')).stdout)).toMatchObject([{ id: 1, codedBy: ['ana', 'ben'] }]);
    expect((await cli.run('documents', 'done', '1', '--not')).stdout).toBe('Document 1, "Syria", is no longer marked as coded by ana\n');
    expect((await cli.run('documents', 'done', '1', '--not')).stdout).toBe('Document 1 was not marked as coded by ana\n');
    expect((await cli.run('documents')).stdout).toBe('1\t3 sentences\t3 tagged\tSyria\tcoded by ben\n');
    expect((await cli.run('undo')).stdout).toContain('Mark “Syria” as not yet coded by ana');
    expect((await cli.run('documents')).stdout).toBe('1\t3 sentences\t3 tagged\tSyria\tcoded by ana, ben\n');
  });

  it('refuses a document that is not there, a number that is not one, and a blank coder, changing nothing', async () => {
    const cli = await study();
    await expectRefusedUnchanged(cli, ['documents', 'done', '7'], /^themata: There is no document 7 in this notebook\.\n$/);
    await expectRefusedUnchanged(cli, ['documents', 'done', 'Syria'], /"Syria" is not a document number/);
    await expectRefusedUnchanged(cli, ['documents', 'done', '1', '--coder', '  '], /A coder needs a name/);
    const stray = await cli.run('documents', '--not');
    expect(stray.code).toBe(2);
    expect(stray.stderr).toMatch(/--not goes with "documents done DOC"/);
  });

  it('lists the coders with their tags, notes and documents coded, marking who codes now', async () => {
    const cli = await study();
    await cli.run('documents', 'done', '1', '--coder', 'ben');
    expect(await cli.run('coders')).toEqual({
      code: 0,
      stdout: 'ana\t2 tags\t1 note\t0 documents coded\t(you)\nben\t2 tags\t0 notes\t1 document coded\n',
      stderr: '',
    });
    expect(JSON.parse((await cli.run('coders', '--json', '--coder', 'ben')).stdout)).toEqual({
      current: 'ben',
      coders: [
        { name: 'ana', tags: 2, notes: 1, codedDocuments: 0 },
        { name: 'ben', tags: 2, notes: 0, codedDocuments: 1 },
      ],
    });
  });

  it('exports one coder’s tags alone with --tags-by, and refuses a coder the notebook does not know', async () => {
    const cli = await study();
    const ben = await cli.run('export', '--format', 'csv', '--tags-by', 'ben');
    expect(ben.code).toBe(0);
    const rows = ben.stdout.trim().split('\n').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.includes(',ben,') || row.endsWith(',ben'))).toBe(true);
    const everyone = await cli.run('export', '--format', 'csv');
    expect(everyone.stdout.trim().split('\n').slice(1)).toHaveLength(4);
    await expectRefusedUnchanged(cli, ['export', '--tags-by', 'Cleo'], /No coder named “Cleo”/);
    const project = await cli.run('export', '--format', 'qdpx', '-o', cli.write('x.txt', ''), '--tags-by', 'ben');
    expect(project.code).toBe(2);
  });
});

describe('who codes on the command line', () => {
  const setup = useCliNotebook();

  it('codes under the name chosen in the app on this machine, unless THEMATA_CODER or --coder says otherwise', async () => {
    const cli = setup();
    await cli.run('import', cli.write('a.txt', 'One sentence. Another one.\n'));
    rememberCoder(coderPreferenceFile({ THEMATA_HOME: cli.home }), 'Ana Lima');
    const coders = async (env: NodeJS.ProcessEnv, ...extra: string[]) => {
      let stdout = '';
      await runCli(['coders', '--json', '--notebook', cli.notebook, ...extra], { stdout: (t) => (stdout += t), stderr: () => {}, stdin: () => Buffer.from(''), env });
      return (JSON.parse(stdout) as { current: string }).current;
    };
    expect(await coders({ THEMATA_HOME: cli.home })).toBe('Ana Lima');
    expect(await coders({ THEMATA_HOME: cli.home, THEMATA_CODER: 'ben' })).toBe('ben');
    expect(await coders({ THEMATA_HOME: cli.home }, '--coder', 'Cleo')).toBe('Cleo');
  });
});
