import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cli, expectOneClearLine, useCliNotebook } from './test-support/cli-run';

/** Anything a terminal would act on, or that reorders the text after it, but the tabs and line breaks the CLI lays out with. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const ACTS_ON_A_TERMINAL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const RED_TITLE = '\u001b[31mRed report';
const REVERSED = 'Moscow \u202edenied\u202c the claim.';

describe('notebook text printed to a terminal', () => {
  const setup = useCliNotebook();

  async function hostileNotebook() {
    const cli = setup();
    await cli.run('themes', 'add', 'Missile claims', '--colour', '#E0B400', '--description', 'Claims\u001b[2Jabout missiles');
    await cli.run('import', cli.write('article.txt', `${REVERSED} Ankara warned.\n`), '--title', RED_TITLE);
    await cli.run('tag', '1:1', '1');
    await cli.run('note', '1:1', 'Check\u009b31m the moscow denial\u0007');
    return cli;
  }

  /** A theme name from before names were checked, or written by another tool. */
  function renameBehindTheCli(notebook: string, name: string): void {
    const raw = new Database(notebook);
    raw.prepare('UPDATE themes SET name = ? WHERE id = 1').run(name);
    raw.close();
  }

  it('shows a title with an escape sequence and a sentence with a direction override visibly in documents, search and stats', async () => {
    const { run } = await hostileNotebook();
    const documents = await run('documents');
    expect(documents.stdout).toBe('1\t2 sentences\t1 tagged\t␛[31mRed report\n');
    const search = await run('search', 'moscow');
    expect(search.stdout).toBe('1:1\tMoscow <U+202E>denied<U+202C> the claim.\n\tnote: Check<U+009B>31m the moscow denial␇\n');
    const stats = await run('stats');
    expect(stats.stdout).toContain('1: ␛[31mRed report\n');
    for (const output of [documents, search, stats]) expect(output.stdout).not.toMatch(ACTS_ON_A_TERMINAL);
  });

  it('shows theme names and descriptions visibly in the codebook and in every message that names them', async () => {
    const { run, notebook } = await hostileNotebook();
    renameBehindTheCli(notebook, 'Gas\u001b]0;owned\u0007 threats');
    const shown = 'Gas␛]0;owned␇ threats';
    const outputs = [
      await run('themes'),
      await run('stats'),
      await run('untag', '1:1', '1'),
      await run('untag', '1:1', '1'),
      await run('tag', '1:1-2', '1'),
      await run('themes', 'rename', '1', 'Missile claims'),
      await run('undo'),
      await run('themes', 'delete', '1'),
      await run('undo'),
    ];
    expect(outputs.map((o) => o.stdout)).toEqual([
      `1\t#E0B400\t1 sentence\t${shown}\tClaims␛[2Jabout missiles\n`,
      expect.stringContaining(`       1  ${shown}\n`),
      `Removed "${shown}" from 1:1\n`,
      `1:1 was not tagged "${shown}"; nothing changed\n`,
      `Tagged 1:1-2 as "${shown}"\n`,
      `Renamed "${shown}" to "Missile claims"\n`,
      `Undid: Rename theme ${shown} to Missile claims\n`,
      `Deleted theme "${shown}" and its 2 tags (themata undo brings them back)\n`,
      `Undid: Delete theme ${shown}\n`,
    ]);
    for (const output of outputs) expect(output.stdout).not.toMatch(ACTS_ON_A_TERMINAL);
  });

  it('shows notebook text and arguments visibly in an error, still on one line', async () => {
    const { run, notebook } = await hostileNotebook();
    renameBehindTheCli(notebook, 'Gas\u202e threats');
    const unknown = await run('tag', '1:1', 'Weather\n\u001b[2J');
    expectOneClearLine(unknown, /^themata: There is no theme "Weather␊␛\[2J" in this codebook; the themes are "Gas<U\+202E> threats"\.\n$/);
    expectOneClearLine(await run('\u001b[2Jtagg'), /^themata: "␛\[2Jtagg" is not a Themata command; see "themata --help"\.\n$/);
  });

  it('prints a file\'s sentences visibly with segment', async () => {
    const { home, write } = setup();
    const file = write('article.txt', `${RED_TITLE}. ${REVERSED}\n`);
    expect((await cli(['segment', file], { home })).stdout).toBe('␛[31mRed report.\nMoscow <U+202E>denied<U+202C> the claim.\n');
  });

  it('keeps --json exact: the same text, with every control written as a JSON escape', async () => {
    const { run, runWithInput } = await hostileNotebook();
    const stats = await run('stats', '--json');
    expect(stats.stdout).not.toMatch(ACTS_ON_A_TERMINAL);
    expect((JSON.parse(stats.stdout) as { documents: { title: string }[] }).documents[0]!.title).toBe(RED_TITLE);
    const segment = await runWithInput(`${RED_TITLE}. ${REVERSED}`, 'segment', '--json');
    expect(segment.stdout).not.toMatch(ACTS_ON_A_TERMINAL);
    expect(segment.stdout).toContain('\\u202e');
    expect((JSON.parse(segment.stdout) as { text: string }[]).map((s) => s.text)).toEqual([`${RED_TITLE}.`, REVERSED]);
  });

  it('leaves the Markdown export byte for byte, as it would be in a file', async () => {
    const { run } = await hostileNotebook();
    const markdown = (await run('export')).stdout;
    expect(markdown).toContain(REVERSED);
    expect(markdown).toContain('Check\u009b31m the moscow denial\u0007');
  });
});
