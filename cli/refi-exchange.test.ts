import { strFromU8, unzipSync } from 'fflate';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codedStudy } from '../db/exchange/refi-test-study';
import { expectOneClearLine, useCliNotebook } from './test-support/cli-run';

describe('themata export --format qdpx|qdc and themata import of REFI-QDA files', () => {
  const setup = useCliNotebook();

  it('exports the project to a .qdpx file and the codebook to standard output or a file', async () => {
    const cli = setup();
    fs.copyFileSync(codedStudy(fs.mkdtempSync(path.join(cli.home, 'src-'))), cli.notebook);
    const out = path.join(cli.home, 'Study.qdpx');
    const run = await cli.run('export', '--format', 'qdpx', '-o', out);
    expect(run).toMatchObject({ code: 0, stdout: `Wrote ${out}\n`, stderr: '' });
    expect(strFromU8(unzipSync(fs.readFileSync(out))['project.qde']!)).toContain('<Code guid=');
    const codebook = await cli.run('export', '--format', 'qdc');
    expect(codebook.code).toBe(0);
    expect(codebook.stdout).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Themata">/);
    expectOneClearLine(await cli.run('export', '--format', 'qdpx'), /^themata: --format qdpx writes a zip archive: name the file with -o FILE\.qdpx/);
    expectOneClearLine(await cli.run('export', '--format', 'pdf'), /--format is one of markdown, csv, json, qdpx, qdc/);
  });

  it('imports a .qdpx into a new notebook and says what it added', async () => {
    const source = setup();
    fs.copyFileSync(codedStudy(fs.mkdtempSync(path.join(source.home, 'src-'))), source.notebook);
    const archive = path.join(source.home, 'Study.qdpx');
    expect((await source.run('export', '--format', 'qdpx', '-o', archive)).code).toBe(0);

    const target = setup();
    const run = await target.run('import', archive);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe([
      'Imported Study.qdpx: 2 documents, 4 themes, 5 tags by ana, ben, 2 notes, 3 memos.',
      'Details or attributes on 2 documents.',
      '6 selections, 0 not on sentence boundaries.',
      '',
    ].join('\n'));
    expect((await target.run('themes')).stdout).toContain('Missile claims');
  });

  it('refuses a bad file with one line, creating no notebook', async () => {
    const cli = setup();
    const bad = cli.write('broken.qdpx', 'not a zip');
    expectOneClearLine(await cli.run('import', bad), /^themata: broken\.qdpx is not a REFI-QDA project: it is not a zip archive, or the archive is damaged\.\n$/);
    expect(fs.existsSync(cli.notebook)).toBe(false);
    expectOneClearLine(await cli.run('import', path.join(cli.home, 'missing.qdc')), /missing\.qdc does not exist\./);
    expectOneClearLine(await cli.run('import', bad, cli.write('a.txt', 'Text.')), /import a REFI-QDA project \(\.qdpx\) or codebook \(\.qdc\) on its own/);
  });
});
