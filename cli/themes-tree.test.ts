import { describe, expect, it } from 'vitest';
import { expectOneClearLine, useCliNotebook } from './test-support/cli-run';

describe('themata themes: the codebook as a tree', () => {
  const notebook = useCliNotebook();

  async function study() {
    const nb = notebook();
    const article = nb.write('article.txt', 'Moscow denied the claim. Ankara warned about gas. Talks were planned.\n');
    for (const argv of [
      ['themes', 'add', 'Claims'],
      ['themes', 'add', 'Trade'],
      ['themes', 'add', 'Missile claims', '--parent', 'Claims'],
      ['themes', 'add', 'Scud claims', '--parent', 'missile claims'],
      ['import', article],
      ['tag', '1:1', 'Claims'],
      ['tag', '1:1-2', 'Scud claims'],
    ]) {
      expect((await nb.run(...argv)).code, argv.join(' ')).toBe(0);
    }
    return nb;
  }

  it('adds a theme under a parent, saying where', async () => {
    const nb = notebook();
    await nb.run('themes', 'add', 'Claims');
    expect((await nb.run('themes', 'add', 'Denials', '--parent', 'Claims')).stdout).toBe('Added theme 2 "Denials" under "Claims" on key 2\n');
  });

  it('lists the tree indented, a parent with its roll-up and its own count', async () => {
    const { run } = await study();
    expect((await run('themes')).stdout).toBe(
      [
        '1\t#D55E00\t2 sentences (1 itself)\tClaims',
        '2\t#009E73\t2 sentences (0 itself)\t  Missile claims',
        '3\t#C2569A\t2 sentences\t    Scud claims',
        '4\t#0072B2\t0 sentences\tTrade',
        '',
      ].join('\n'),
    );
  });

  it('prints each theme\'s parent, depth and roll-up with --json', async () => {
    const { run } = await study();
    const themes = JSON.parse((await run('themes', '--json')).stdout) as Record<string, unknown>[];
    expect(themes.map((t) => [t.name, t.parentName, t.depth, t.tagCount, t.rollupCount])).toEqual([
      ['Claims', null, 0, 1, 2],
      ['Missile claims', 'Claims', 1, 0, 2],
      ['Scud claims', 'Missile claims', 2, 2, 2],
      ['Trade', null, 0, 0, 0],
    ]);
  });

  it('moves a theme with its sub-themes under another, and back to the top; undo names the move', async () => {
    const { run } = await study();
    expect((await run('themes', 'move', 'Missile claims', '--parent', 'Trade')).stdout).toBe('Moved "Missile claims" under "Trade"\n');
    expect((await run('themes')).stdout).toContain('\tTrade\n');
    expect((await run('themes')).stdout).toMatch(/Trade\n.*\t {2}Missile claims\n.*\t {4}Scud claims\n$/);
    expect((await run('undo')).stdout).toContain('Move Missile claims under Trade');
    expect((await run('themes', 'move', 'Scud claims', '--top')).stdout).toBe('Moved "Scud claims" to the top level\n');
    const themes = JSON.parse((await run('themes', '--json')).stdout) as { name: string; parentId: number | null }[];
    expect(themes.find((t) => t.name === 'Scud claims')?.parentId).toBeNull();
  });

  it.each([
    ['a cycle', ['themes', 'move', 'Claims', '--parent', 'Scud claims'], /^themata: "Claims" cannot go under "Scud claims": "Scud claims" is one of its own sub-themes\.\n$/],
    ['a move under itself', ['themes', 'move', 'Claims', '--parent', 'Claims'], /^themata: "Claims" cannot go under itself\.\n$/],
    ['an unknown parent', ['themes', 'move', 'Claims', '--parent', 'Weather'], /There is no theme "Weather" in this codebook/],
    ['an unknown parent when adding', ['themes', 'add', 'Gas', '--parent', 'Weather'], /There is no theme "Weather" in this codebook/],
  ])('refuses %s with one line and exit 1, changing nothing', async (_what, argv, message) => {
    const nb = await study();
    const before = await nb.snapshot();
    const run = await nb.run(...argv);
    expectOneClearLine(run, message);
    expect(run.code).toBe(1);
    expect(await nb.snapshot()).toBe(before);
  });

  it.each([
    ['no destination', ['themes', 'move', 'Claims'], /say where: --parent THEME, or --top/],
    ['two destinations', ['themes', 'move', 'Claims', '--parent', 'Trade', '--top'], /say where: --parent THEME, or --top/],
    ['--top when adding', ['themes', 'add', 'Gas', '--top'], /--top goes with "themes move"/],
  ])('reads %s as a usage mistake, changing nothing', async (_what, argv, message) => {
    const nb = await study();
    const before = await nb.snapshot();
    expectOneClearLine(await nb.run(...argv), message);
    expect(await nb.snapshot()).toBe(before);
  });
});
