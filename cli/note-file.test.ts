import { describe, expect, it } from 'vitest';
import { Notebook } from '../db';
import { expectOneClearLine, useCliNotebook } from './test-support/cli-run';

describe('themata note --file', () => {
  const setup = useCliNotebook();

  /** Sentence 1:1 is tagged and has a note, so the export in each snapshot shows any change to it. */
  async function withNote() {
    const cli = setup();
    await cli.run('themes', 'add', 'Missile claims');
    await cli.run('import', cli.write('article.txt', 'Moscow denied the claim. Ankara warned.\n'));
    await cli.run('tag', '1:1', '1', '--note', 'Original note');
    return cli;
  }

  /** Ana's note, as the command line wrote it (THEMATA_CODER=ana). */
  function noteOn(notebook: string, sentence: number): string | undefined {
    const nb = Notebook.open(notebook, { coder: 'ana' });
    try {
      return nb.listSentences(1, { offset: sentence - 1, limit: 1 }).sentences[0]?.note?.body;
    } finally {
      nb.close();
    }
  }

  it('reads a note of 200,000 characters from standard input, longer than one argument may be', async () => {
    const { notebook, runWithInput } = await withNote();
    // Linux refuses a single argument over 128 KiB; the longest note is 200,000 characters.
    const long = 'Déclaration répétée. '.repeat(10_000).slice(0, 200_000);
    expect(Buffer.byteLength(long)).toBeGreaterThan(128 * 1024);
    const run = await runWithInput(`${long}\n`, 'note', '1:2', '--file', '-');
    expect(run).toEqual({ code: 0, stdout: 'Saved the note on 1:2\n', stderr: '' });
    expect(noteOn(notebook, 2)).toBe(long);
  });

  it('refuses a note of 300,000 characters from standard input with one clear line, and keeps the old note', async () => {
    const cli = await withNote();
    const before = await cli.snapshot();
    expectOneClearLine(await cli.runWithInput('x'.repeat(300_000), 'note', '1:1', '--file', '-'), /^themata: A note is at most 200,000 characters\.\n$/);
    expect(await cli.snapshot()).toBe(before);
    expect(noteOn(cli.notebook, 1)).toBe('Original note');
  });

  it('reads a note from a UTF-8 file, keeping its lines and dropping a byte-order mark and the line breaks at its end', async () => {
    const { notebook, run, write } = await withNote();
    const file = write('note.md', '\uFEFFFirst line: the denial.\n\n« Second » line.\r\n\n');
    expect((await run('note', '1:1', '--file', file)).stdout).toBe('Saved the note on 1:1\n');
    expect(noteOn(notebook, 1)).toBe('First line: the denial.\n\n« Second » line.');
  });

  it.each([
    ['a TEXT as well as --file', (w: Write) => ['note', '1:1', 'Typed note', '--file', w('n.txt', 'Filed note')], /with --file, and no TEXT .*see "themata note --help"/],
    ['--file with --clear', (w: Write) => ['note', '1:1', '--clear', '--file', w('n.txt', 'Filed note')], /--clear removes the note; it takes no --file/],
    ['--file without a FILE', () => ['note', '1:1', '--file'], /Option '--file' argument/],
    ['a missing file', () => ['note', '1:1', '--file', 'nowhere.txt'], /There is no file at nowhere\.txt\./],
    ['an empty file', (w: Write) => ['note', '1:1', '--file', w('empty.txt', '')], /empty\.txt is empty; to remove the note, use --clear\.$/m],
    ['a file of blank lines', (w: Write) => ['note', '1:1', '--file', w('blank.txt', '\n\n')], /blank\.txt has no text, only blank space; to remove the note, use --clear\.$/m],
    ['invalid UTF-8', (w: Write) => ['note', '1:1', '--file', w('latin1.txt', Buffer.from('Caf\xe9', 'latin1'))], /latin1\.txt is not valid UTF-8 text \(byte 4, line 1, column 4\)/],
    ['a binary file', (w: Write) => ['note', '1:1', '--file', w('x.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1]))], /x\.png looks like a binary file/],
    ['a file over 1 MB', (w: Write) => ['note', '1:1', '--file', w('big.txt', 'x'.repeat(1.5 * 1024 * 1024))], /big\.txt is 1\.5 MB; Themata reads a note up to 1 MB\.$/m],
    ['a range of sentences', (w: Write) => ['note', '1:1-2', '--file', w('n.txt', 'Filed note')], /a note goes on one sentence, not a range/],
  ])('refuses %s with one clear line, and keeps the old note', async (_what, argv, message) => {
    const cli = await withNote();
    const before = await cli.snapshot();
    expectOneClearLine(await cli.run(...argv(cli.write)), message);
    expect(await cli.snapshot()).toBe(before);
    expect(noteOn(cli.notebook, 1)).toBe('Original note');
  });

  it.each([
    ['empty standard input', '', /^themata: Standard input is empty; to remove the note, use --clear\.\n$/],
    ['standard input over 1 MB', 'x'.repeat(1024 * 1024 + 1), /^themata: Standard input is more than 1 MB; Themata reads a note up to 1 MB\.\n$/],
  ])('refuses %s with one clear line, and keeps the old note', async (_what, stdin, message) => {
    const cli = await withNote();
    const before = await cli.snapshot();
    expectOneClearLine(await cli.runWithInput(stdin, 'note', '1:1', '--file', '-'), message);
    expect(await cli.snapshot()).toBe(before);
  });

  it('is described in the help', async () => {
    const { run } = setup();
    expect((await run('note', '--help')).stdout).toMatch(/--file FILE +read the note from a UTF-8 text file of up to 1 MB \("-" reads standard input\)/);
    expect((await run('--help')).stdout).toContain('--file FILE reads it');
  });
});

type Write = (name: string, content: string | Buffer) => string;
