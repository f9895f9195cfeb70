import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { twoCoderStudy } from '../db/agreement/test-study';
import { expectOneClearLine, expectRefusedUnchanged, useCliNotebook } from './test-support/cli-run';

describe('themata agreement, disagreements and consensus', () => {
  const setup = useCliNotebook();

  /** The study two coders coded (db/agreement/test-study.ts has the answers worked by hand). */
  function study() {
    const cli = setup();
    fs.copyFileSync(twoCoderStudy(fs.mkdtempSync(path.join(cli.home, 'src-'))), cli.notebook);
    return cli;
  }

  it('prints a table per theme with each figure read, then the overall figures', async () => {
    const cli = study();
    const run = await cli.run('agreement');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Agreement between ana and ben over 7 sentences of 2 documents marked as coded by both');
    expect(lines.find((l) => l.startsWith('Claims '))).toMatch(/^Claims\s+7\s+71\.4%\s+0\.300 fair\s+0\.350 not reliable\s+2$/);
    expect(lines.find((l) => l.startsWith('  Missiles'))).toMatch(/^ {2}Missiles\s+7\s+100\.0%\s+1\.000 almost perfect\s+1\.000 reliable\s+0$/);
    expect(lines.find((l) => l.startsWith('Overall (pooled)'))).toMatch(/^Overall \(pooled\)\s+21\s+85\.7%/);
    expect(run.stdout).toContain('themata agreement disagreements --theme THEME');
  });

  it('prints the report as JSON for scripts, for the themes and coders asked', async () => {
    const cli = study();
    const json = JSON.parse((await cli.run('agreement', '--json', '--theme', 'Trade', '--theme', 'Claims', '--coders', 'ana,ben', '--all')).stdout);
    expect(json).toMatchObject({ coders: ['ana', 'ben'], documents: 3, sentences: 9, all: true });
    expect(json.themes.map((t: { name: string }) => t.name)).toEqual(['Claims', 'Trade']);
    expect(json.themes[0]).toMatchObject({ name: 'Claims', units: 9, disagreements: 3 });
    expect(Object.keys(json.overall).sort()).toEqual(['cohensKappa', 'krippendorffsAlpha', 'mean', 'percentAgreement', 'units']);
  });

  it('lists the disagreements on a theme, as lines, JSON or Markdown', async () => {
    const cli = study();
    const lines = await cli.run('agreement', 'disagreements', '--theme', 'Claims');
    expect(lines.stdout).toBe([
      'Claims: ana and ben differ on 2 sentences of 7 compared',
      '',
      '1:2  Report',
      '  The Pentagon said 59 missiles hit.',
      '  ana: present (note: A claim about the strike.)',
      '  ben: absent',
      '  Consensus: not settled',
      '',
      '1:3  Report',
      '  Officials claimed success.',
      '  ana: absent',
      '  ben: present (note: Officials claiming is a claim.)',
      '  Consensus: not settled',
      '',
      'Settle one with "themata consensus DOC:N --theme Claims --keep CODER" (or --keep none).',
      '',
    ].join('\n'));
    const json = JSON.parse((await cli.run('agreement', 'disagreements', '--theme', 'Claims', '--json')).stdout);
    expect(json.disagreements.map((d: { sentenceNumber: number }) => d.sentenceNumber)).toEqual([2, 3]);
    const markdown = await cli.run('agreement', 'disagreements', '--theme', 'Claims', '--markdown');
    expect(markdown.stdout).toMatch(/^# Claims: where ana and ben differ\n/);
    expect(markdown.stdout).toContain('Before: The Pentagon said 59 missiles hit.\n\n> Officials claimed success.\n\nAfter: Markets were calm.');
  });

  it('settles a sentence for the consensus, which undo takes back', async () => {
    const cli = study();
    const settled = await cli.run('consensus', '1:3', '--theme', 'Claims', '--keep', 'ben');
    expect(settled).toEqual({ code: 0, stdout: 'Settled 1:3, keeping ben\'s: "Claims" present for Consensus\n', stderr: '' });
    expect((await cli.run('consensus', '1:2', '--theme', 'Claims', '--keep', 'None')).stdout).toBe('Settled 1:2, keeping neither: "Claims" absent for Consensus\n');
    const json = JSON.parse((await cli.run('agreement', 'disagreements', '--theme', 'Claims', '--json')).stdout);
    expect(json.disagreements.map((d: { consensus: boolean | null }) => d.consensus)).toEqual([false, true]);
    expect((await cli.run('undo')).stdout).toContain('Settle sentence 2 of ‘Report’ on Claims: keep neither');
    const after = JSON.parse((await cli.run('agreement', 'disagreements', '--theme', 'Claims', '--json')).stdout);
    expect(after.disagreements.map((d: { consensus: boolean | null }) => d.consensus)).toEqual([null, true]);
  });

  it('refuses unknown coders and themes, and a consensus it cannot settle, with one line, changing nothing', async () => {
    const cli = study();
    await expectRefusedUnchanged(cli, ['agreement', '--coders', 'ana,cem'], /^themata: No coder named "cem" has coded in this notebook; its coders are "ana" and "ben"\.\n$/);
    await expectRefusedUnchanged(cli, ['agreement', '--theme', 'Nothing'], /Nothing/);
    await expectRefusedUnchanged(cli, ['consensus', '1:3', '--theme', 'Claims', '--keep', 'cem'], /No coder named "cem"/);
    await expectRefusedUnchanged(cli, ['consensus', '1:99', '--theme', 'Claims', '--keep', 'ana'], /there is no sentence 99/);
    await expectRefusedUnchanged(cli, ['agreement', 'disagreements', '--theme', 'Unknown theme'], /Unknown theme/);
  });

  it('says when nothing can be compared yet', async () => {
    const cli = setup();
    await cli.run('import', cli.write('a.txt', 'One sentence. Another one.\n'));
    const run = await cli.run('agreement');
    expectOneClearLine(run, /^themata: Agreement compares two or more coders, and in this notebook nobody has marked a document as coded yet\.\n$/);
    expect(run.code).toBe(1);
  });

  it('points at --help for a command typed wrong', async () => {
    const cli = study();
    expectOneClearLine(await cli.run('agreement', 'disagreements'), /name the theme: agreement disagreements --theme THEME; see "themata agreement --help"/);
    expectOneClearLine(await cli.run('agreement', '--coders', 'ana'), /--coders takes two or more names/);
    expectOneClearLine(await cli.run('consensus', '1:3', '--theme', 'Claims'), /--keep CODER/);
    expectOneClearLine(await cli.run('consensus', '1:2-3', '--theme', 'Claims', '--keep', 'ana'), /one sentence at a time/);
  });
});
