import { describe, expect, it } from 'vitest';
import { expectOneClearLine, useCliNotebook } from './test-support/cli-run';

describe('theme names on the command line', () => {
  const setup = useCliNotebook();

  async function withTheme() {
    const cli = setup();
    await cli.run('themes', 'add', 'Missile claims');
    await cli.run('import', cli.write('article.txt', 'Moscow denied the claim. Ankara warned.\n'));
    await cli.run('tag', '1:1', '1');
    return cli;
  }

  it.each([
    ['a line break', ['add', 'Missile\nclaims'], /cannot contain line breaks, tabs or other control characters/],
    ['a terminal escape', ['add', '\u001b[2JGas'], /cannot contain line breaks, tabs or other control characters/],
    ['a right-to-left override', ['add', 'Gas \u202ethreats'], /cannot contain text-direction override or isolate characters/],
    ['only digits', ['add', '2'], /cannot be only digits: on the command line "2" means the theme with that key or id/],
    ['a line break, on rename', ['rename', '1', 'Missile\nclaims'], /cannot contain line breaks/],
    ['an isolate, on rename', ['rename', '1', '\u2067Missile claims'], /cannot contain text-direction/],
    ['only digits, on rename', ['rename', 'Missile claims', '12'], /cannot be only digits/],
  ])('refuses a theme name with %s in one line, and leaves the notebook unchanged', async (_what, argv, message) => {
    const cli = await withTheme();
    const before = await cli.snapshot();
    expectOneClearLine(await cli.run('themes', ...argv), message);
    expect(await cli.snapshot()).toBe(before);
  });
});
