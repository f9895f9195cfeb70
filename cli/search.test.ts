import { describe, expect, it } from 'vitest';
import { expectOneClearLine, useCliNotebook } from './test-support/cli-run';

const ARTICLE = [
  'Russia denied the strike. Turkey warned about gas.',
  'Russia and Turkey agreed a ceasefire. Moscow said nothing.',
  'The U.S. envoy met Russian officials.',
].join('\n');

describe('themata search reads a query as the workspace does', () => {
  const notebook = useCliNotebook();

  async function withArticle() {
    const cli = notebook();
    const file = cli.write('article.txt', ARTICLE);
    expect((await cli.run('import', file, '--title', 'Talks')).code).toBe(0);
    const lines = async (...argv: string[]) => {
      const result = await cli.run('search', ...argv);
      expect(result.code, result.stderr).toBe(0);
      return result.stdout.trimEnd().split('\n').map((line) => line.split('\t')[0]);
    };
    return { ...cli, lines };
  }

  it('finds either word with OR, and leaves a word out with -word, quoted whole or as separate arguments', async () => {
    const { lines } = await withArticle();
    expect(await lines('Russia OR Turkey')).toEqual(['1:1', '1:2', '1:3', '1:5']);
    expect(await lines('Russia -Turkey')).toEqual(['1:1', '1:5']);
    expect(await lines('Russia', '-Turkey')).toEqual(['1:1', '1:5']);
    expect(await lines('Russia', 'OR', 'Turkey', '-ceasefire', '--limit', '10')).toEqual(['1:1', '1:2', '1:5']);
    expect(await lines('"denied the strike"')).toEqual(['1:1']);
    expect(await lines('(Moscow OR Turkey) -gas')).toEqual(['1:3', '1:4']);
    expect(await lines('U.S.')).toEqual(['1:5']);
  });

  it('says on standard error how a query it had to repair was read, and keeps standard output for the hits', async () => {
    const { run } = await withArticle();
    const result = await run('search', 'Russia OR');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').filter(Boolean).map((line) => line.split('\t')[0])).toEqual(['1:1', '1:3', '1:5']);
    expect(result.stderr).toBe('Sentences or notes with “Russia”.\n  An OR needs a word on each side: the OR at the end was ignored.\n');
    // A query read as typed says nothing.
    expect((await run('search', 'Russia')).stderr).toBe('');
  });

  it('says what it looked for when nothing matches', async () => {
    const { run } = await withArticle();
    expect((await run('search', 'Ankara OR Cairo')).stdout).toBe('Nothing found. Sentences or notes with “Ankara” or “Cairo”.\n');
  });

  it('refuses a query with nothing to look for in one line, exit 1', async () => {
    const { run } = await withArticle();
    for (const argv of [['-Turkey'], ['"'], ['*']]) {
      const result = await run('search', ...argv);
      expectOneClearLine(result, /^themata: Nothing to look for in ".*": a search needs a word to find/);
      expect(result.code).toBe(1);
    }
  });
});
