import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TagsJson, ThemeCountsJson } from '../db/export';
import { csvObjects } from '../db/export/csv-test-support';
import { expectOneClearLine, useCliNotebook } from './test-support/cli-run';

describe('themata export --format', () => {
  const notebook = useCliNotebook();

  async function tagged() {
    const nb = notebook();
    const article = nb.write('article.txt', 'Moscow denied the claim, "flatly". Officials 🚀 disagreed.\n=SUM(A1) said the sheet.\n');
    await nb.run('themes', 'add', 'Claims');
    await nb.run('themes', 'add', 'Denials', '--parent', 'Claims');
    await nb.run('import', article, '--title', 'Syria report');
    await nb.run('tag', '1:1', 'Denials', '--note', 'A denial, "flat"', '--coder', 'ana');
    await nb.run('tag', '1:2-3', 'Claims', '--coder', 'ben');
    return nb;
  }

  it('keeps Markdown the default, byte for byte', async () => {
    const nb = await tagged();
    const plain = await nb.run('export');
    expect(plain.stdout).toMatch(/^---\n/);
    expect((await nb.run('export', '--format', 'markdown')).stdout).toBe(plain.stdout);
  });

  it('writes CSV to standard output, a row per tag that R and pandas read back exactly', async () => {
    const nb = await tagged();
    const run = await nb.run('export', '--format', 'csv');
    expect(run.code).toBe(0);
    const rows = csvObjects(run.stdout);
    expect(rows.map((r) => [r.sentence, r.theme_path, r.text, r.note, r.coder])).toEqual([
      ['1', 'Claims/Denials', 'Moscow denied the claim, "flatly".', 'A denial, "flat"', 'ana'],
      ['2', 'Claims', 'Officials 🚀 disagreed.', '', 'ben'],
      ['3', 'Claims', '=SUM(A1) said the sheet.', '', 'ben'],
    ]);
    // Code points: the rocket before it counts once (UTF-16 would say 59).
    const before = [...'Moscow denied the claim, "flatly". Officials 🚀 disagreed.\n'].length;
    expect(before).toBe(58);
    expect(rows[2]).toMatchObject({ start: String(before), end: String(before + 24) });
  });

  it('writes a CSV file with a byte order mark for Excel when asked', async () => {
    const nb = await tagged();
    const out = path.join(nb.home, 'tags.csv');
    expect((await nb.run('export', '--format', 'csv', '--bom', '-o', out)).stdout).toBe(`Wrote ${out}\n`);
    expect([...fs.readFileSync(out).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('writes JSON of the documented shape, and the theme count tables', async () => {
    const nb = await tagged();
    const json = JSON.parse((await nb.run('export', '-f', 'json')).stdout) as TagsJson;
    expect(json.format).toBe('themata-tags');
    expect(json.rows.map((r) => r.theme)).toEqual(['Denials', 'Claims', 'Claims']);
    const counts = JSON.parse((await nb.run('export', '--format', 'json', '--counts')).stdout) as ThemeCountsJson;
    expect(counts.documents[0]!.counts).toEqual({ Claims: 2, 'Claims (with sub-themes)': 3, 'Claims/Denials': 1 });
    const table = csvObjects((await nb.run('export', '--format', 'csv', '--counts')).stdout);
    expect(table).toEqual([expect.objectContaining({ title: 'Syria report', sentences: '3', Claims: '2', 'Claims (with sub-themes)': '3' })]);
  });

  it('adds a row for a note on an untagged sentence, with only some themes exported when asked', async () => {
    const nb = await tagged();
    await nb.run('untag', '1:2', 'Claims');
    expect((await nb.run('note', '1:2', 'No theme, yet')).code).toBe(0);
    const untagged = (rows: Record<string, string>[]) => rows.filter((r) => r.theme === '').map((r) => [r.sentence, r.note]);
    expect(untagged(csvObjects((await nb.run('export', '--format', 'csv')).stdout))).toEqual([['2', 'No theme, yet']]);
    expect(untagged(csvObjects((await nb.run('export', '--format', 'csv', '--theme', 'Claims')).stdout))).toEqual([]);
    expect(untagged(csvObjects((await nb.run('export', '--format', 'csv', '--theme', 'Claims', '--untagged-notes')).stdout))).toEqual([['2', 'No theme, yet']]);
    expect(untagged(csvObjects((await nb.run('export', '--format', 'csv', '--no-notes')).stdout))).toEqual([]);
  });

  it('refuses what a format cannot do with one clear line, writing nothing', async () => {
    const nb = await tagged();
    const out = path.join(nb.home, 'x.csv');
    expectOneClearLine(await nb.run('export', '--format', 'xlsx', '-o', out), /--format is one of markdown, csv, json/);
    expectOneClearLine(await nb.run('export', '--counts', '-o', out), /--counts goes with --format csv or json/);
    expectOneClearLine(await nb.run('export', '--format', 'json', '--bom', '-o', out), /--bom goes with --format csv/);
    expectOneClearLine(await nb.run('export', '--format', 'csv', '--by', 'document', '-o', out), /--by goes with --format markdown/);
    expect(fs.existsSync(out)).toBe(false);
  });
});
