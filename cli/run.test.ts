import Database from 'better-sqlite3';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTemporaryFolder } from '../db/test-support/temporary-notebook';
import { parseSentenceReference } from './run';
import { cli, expectOneClearLine } from './test-support/cli-run';

describe('the themata command', () => {
  const folder = useTemporaryFolder();

  function setup() {
    const home = folder();
    const notebook = path.join(home, 'study.themata');
    const article = path.join(home, 'article.txt');
    fs.writeFileSync(article, 'Moscow denied the U.S. claim. Officials disagreed.\nAnkara warned about gas.\n');
    return { home, notebook, article, run: (...argv: string[]) => cli([...argv, '--notebook', notebook], { home }) };
  }

  it('segments a file, one sentence per line, and as JSON with offsets into the input', async () => {
    const { home, article } = setup();
    const plain = await cli(['segment', article], { home });
    expect(plain).toEqual({ code: 0, stderr: '', stdout: 'Moscow denied the U.S. claim.\nOfficials disagreed.\nAnkara warned about gas.\n' });
    const input = 'He left. She stayed.';
    const json = await cli(['segment', '--json'], { home, stdin: input });
    const sentences = JSON.parse(json.stdout) as { text: string; start: number; end: number }[];
    expect(sentences).toEqual([{ text: 'He left.', start: 0, end: 8 }, { text: 'She stayed.', start: 9, end: 20 }]);
    for (const s of sentences) expect(input.slice(s.start, s.end)).toBe(s.text);
  });

  it('imports, tags with a note, searches, counts and exports through one notebook', async () => {
    const { article, run } = setup();
    expect((await run('themes', 'add', 'Missile claims')).stdout).toBe('Added theme 1 "Missile claims" on key 1\n');
    expect((await run('import', article, '--title', 'Syria report')).stdout).toBe('Imported document 1 "Syria report": 3 sentences\n');
    expect((await run('tag', '1:1', 'missile claims', '--note', 'A denial')).code).toBe(0);
    expect((await run('tag', '1:2-3', '1')).stdout).toBe('Tagged 1:2-3 as "Missile claims"\n');
    expect((await run('untag', '1:3', 'Missile claims')).stdout).toBe('Removed "Missile claims" from 1:3\n');
    expect((await run('search', 'denial')).stdout).toBe('1:1\tMoscow denied the U.S. claim.\n\tnote: A denial\n');
    expect((await run('stats')).stdout).toContain('3 sentences, 2 tagged, 2 tags, 1 note');
    const markdown = (await run('export')).stdout;
    expect(markdown).toMatch(/^---\n/);
    expect(markdown).toContain('Moscow denied the U.S. claim.');
    expect(markdown).toContain('A denial');
    expect((await run('undo')).stdout).toBe('Undid: Remove Missile claims from sentence 3 of ‘Syria report’\n');
  });

  it('writes an export atomically and refuses to replace a file unless forced', async () => {
    const { home, article, run } = setup();
    await run('import', article);
    const out = path.join(home, 'export.md');
    expect((await run('export', '-o', out)).stdout).toBe(`Wrote ${out}\n`);
    fs.writeFileSync(out, 'keep me');
    expectOneClearLine((await run('export', '-o', out)), /already exists/);
    expect(fs.readFileSync(out, 'utf8')).toBe('keep me');
    expect((await run('export', '-o', out, '--force')).code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toMatch(/^---\n/);
  });

  it.each([
    ['a missing file', (h: string) => ['import', path.join(h, 'nope.txt')], /There is no file at/],
    ['a folder holding no files to import', (h: string) => ['import', folderIn(h, 'empty')], /empty holds no files to import \(\.txt, \.md, \.html, \.pdf or \.docx\)\.$/m],
    ['an empty file', (h: string) => ['import', write(h, 'empty.txt', '')], /is empty/],
    ['a binary file', (h: string) => ['import', write(h, 'a.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]))], /binary/],
    ['a kind of file Themata does not read', (h: string) => ['import', write(h, 'a.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]))], /a\.png is not a kind of file Themata imports/],
    ['invalid UTF-8', (h: string) => ['import', write(h, 'l1.txt', Buffer.from('ok\nna\xefve', 'latin1'))], /not valid UTF-8 text \(byte 6, line 2, column 3\)/],
    ['an unknown theme', () => ['tag', '1:1', 'Weather'], /There is no theme "Weather" in this codebook; the themes are "Missile claims"/],
    ['an unknown sentence', () => ['tag', '1:40', '1'], /has sentences 1 to 3; there is no sentence 40/],
    ['a range past the last sentence', () => ['tag', '1:2-40', '1'], /has sentences 1 to 3; there is no sentence 4\./],
    ['an unknown document', () => ['tag', '9:1', '1'], /There is no document 9/],
    ['a malformed sentence reference', () => ['tag', 'first', '1'], /not a sentence reference; write DOC:N/],
    ['an unknown option', () => ['stats', '--colour'], /Unknown option '--colour'/],
    ['an unknown command', () => ['tagg'], /"tagg" is not a Themata command/],
  ])('refuses %s with one clear line and leaves the notebook unchanged', async (_name, argv, message) => {
    const { home, article, run, notebook } = setup();
    await run('themes', 'add', 'Missile claims');
    await run('import', article);
    const before = (await run('stats', '--json')).stdout + (await run('documents')).stdout;
    expectOneClearLine((await run(...argv(home))), message);
    expect((await run('stats', '--json')).stdout + (await run('documents')).stdout).toBe(before);
    expect(fs.existsSync(notebook)).toBe(true);
  });

  it('refuses a file that is not a notebook, and a notebook from a newer Themata, without touching them', async () => {
    const { home } = setup();
    const text = write(home, 'notes.themata', 'my notes\n');
    expectOneClearLine((await cli(['stats', '--notebook', text], { home })), /is empty|not a Themata notebook/);
    expect(fs.readFileSync(text, 'utf8')).toBe('my notes\n');
    expectOneClearLine((await cli(['stats', '--notebook', path.join(home, 'none.themata')], { home })), /There is no notebook at/);

    const future = path.join(home, 'future.themata');
    await cli(['themes', 'add', 'Missile claims', '--notebook', future], { home });
    const raw = new Database(future);
    raw.pragma('user_version = 99');
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const before = fs.readFileSync(future);
    expectOneClearLine((await cli(['themes', '--notebook', future], { home })), /written by a newer version of Themata \(format 99; this version reads up to 4\)\. Update Themata to open it\./);
    expect(fs.readFileSync(future).equals(before)).toBe(true);
  });

  it('opens the shared default notebook with the sample study when no --notebook is given', async () => {
    const home = folder();
    const run = await cli(['documents'], { home });
    expect(run.stdout).toMatch(/^1\t13 sentences\t0 tagged\tRussian Federation Denies US Claim/);
    expect(fs.existsSync(path.join(home, 'Notebook.themata'))).toBe(true);
  });

  it('prints help for every command', async () => {
    const home = folder();
    for (const command of ['segment', 'import', 'documents', 'themes', 'tag', 'untag', 'note', 'search', 'stats', 'export', 'undo', 'redo']) {
      const run = await cli([command, '--help'], { home });
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^Usage: themata ${command}`));
      expect(run.stdout).toContain('--notebook PATH');
    }
    expect((await cli(['--help'], { home })).stdout).toMatch(/^Themata: tag news articles/);
  });

  it('parses sentence references and ranges', () => {
    expect(parseSentenceReference('2:7')).toEqual({ documentId: 2, from: 7, to: 7 });
    expect(parseSentenceReference('1:5-3')).toEqual({ documentId: 1, from: 3, to: 5 });
    expect(() => parseSentenceReference('1:0')).toThrow(/numbered from 1/);
  });

  it('runs as a real process through bin/themata.mjs (the built CLI) without a stack trace on bad input', async () => {
    const home = folder();
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
    const result = spawnSync(process.execPath, [path.join(root, 'bin/themata.mjs'), 'import', path.join(home, 'missing.txt'), '--notebook', path.join(home, 'n.themata')], {
      encoding: 'utf8',
      env: { ...process.env, THEMATA_HOME: home },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^themata: There is no file at .*missing\.txt\.\n$/);
    const ok = execFileSync(process.execPath, [path.join(root, 'bin/themata.mjs'), 'segment'], { input: 'One. Two.', encoding: 'utf8' });
    expect(ok).toBe('One.\nTwo.\n');
  });
});

function write(dir: string, name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

function folderIn(dir: string, name: string): string {
  const folder = path.join(dir, name);
  fs.mkdirSync(folder);
  fs.writeFileSync(path.join(folder, 'notes.odt'), 'Not a kind of file Themata reads.');
  return folder;
}
