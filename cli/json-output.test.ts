import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Notebook } from '../db';
import { useTemporaryFolder } from '../db/test-support/temporary-notebook';
import { cli, expectOneClearLine } from './test-support/cli-run';

const NO_DETAILS = { outlet: null, author: null, publishedOn: null, url: null, language: null, attributes: [] };

describe('--json on every listing command', () => {
  const folder = useTemporaryFolder();

  /** Two documents, a nested theme, tags that share a sentence, and a note. */
  function study() {
    const home = folder();
    const file = path.join(home, 'study.themata');
    const nb = Notebook.open(file, { create: true, coder: 'ana' });
    try {
      const claims = nb.addTheme({ name: 'Missile claims', colour: '#D55E00', description: 'Who claims what' });
      const denials = nb.addTheme({ name: 'Denials', colour: '#0072B2', parentId: claims.id });
      nb.addTheme({ name: 'Trade', colour: '#009E73' });
      const syria = nb.importDocument({ title: 'Syria report', text: 'Moscow denied the claim. Ankara warned.\n', sourceName: 'syria.txt' });
      nb.importDocument({ title: 'Pasted text', text: 'Talks were planned.', sourceName: null });
      const first = nb.sentenceId(syria.id, 1);
      nb.tag([first], claims.id);
      nb.tag([first], denials.id);
      nb.setNote(first, 'A denial, not a claim');
    } finally {
      nb.close();
    }
    return (...argv: string[]) => cli([...argv, '--notebook', file], { home });
  }

  async function json<T>(run: Promise<{ code: number; stdout: string; stderr: string }>): Promise<T> {
    const { code, stdout, stderr } = await run;
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    return JSON.parse(stdout) as T;
  }

  it('documents --json: every document with its title, source and counts', async () => {
    const run = study();
    const documents = await json<Record<string, unknown>[]>(run('documents', '--json'));
    expect(documents).toEqual([
      { id: 1, title: 'Syria report', ...NO_DETAILS, sourceName: 'syria.txt', importedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), sentenceCount: 2, paragraphCount: 1, taggedCount: 1, noteCount: 1, codedBy: [] },
      { id: 2, title: 'Pasted text', ...NO_DETAILS, sourceName: null, importedAt: expect.any(String), sentenceCount: 1, paragraphCount: 1, taggedCount: 0, noteCount: 0, codedBy: [] },
    ]);
  });

  it('themes --json: the codebook in order, with a nested theme\'s parent by id and name', async () => {
    const run = study();
    expect(await json(run('themes', '--json'))).toEqual([
      {
        id: 1, name: 'Missile claims', key: 1, colour: '#D55E00', description: 'Who claims what', parentId: null, parentName: null, depth: 0,
        tagCount: 1, rollupCount: 1,
      },
      { id: 2, name: 'Denials', key: 2, colour: '#0072B2', description: '', parentId: 1, parentName: 'Missile claims', depth: 1, tagCount: 1, rollupCount: 1 },
      { id: 3, name: 'Trade', key: 3, colour: '#009E73', description: '', parentId: null, parentName: null, depth: 0, tagCount: 0, rollupCount: 0 },
    ]);
  });

  it('search --json: each hit with its document\'s title, its note, and its themes by id and name', async () => {
    const run = study();
    expect(await json(run('search', 'denial', '--json'))).toEqual([
      {
        documentId: 1,
        documentTitle: 'Syria report',
        sentenceNumber: 1,
        text: 'Moscow denied the claim.',
        note: 'A denial, not a claim',
        themes: [{ id: 1, name: 'Missile claims' }, { id: 2, name: 'Denials' }],
        matchedIn: 'note',
      },
    ]);
    expect(await json(run('search', 'talks', '--json'))).toEqual([
      { documentId: 2, documentTitle: 'Pasted text', sentenceNumber: 1, text: 'Talks were planned.', note: null, themes: [], matchedIn: 'sentence' },
    ]);
    expect(await json(run('search', 'weather', '--json'))).toEqual([]);
  });

  it('stats --json: the counts, with a theme\'s name next to every theme id', async () => {
    const run = study();
    expect(await json(run('stats', '--json'))).toEqual({
      sentenceCount: 3,
      taggedSentenceCount: 1,
      tagCount: 2,
      noteCount: 1,
      themes: [
        { themeId: 1, name: 'Missile claims', count: 1 },
        { themeId: 2, name: 'Denials', count: 1 },
        { themeId: 3, name: 'Trade', count: 0 },
      ],
      documents: [
        { documentId: 1, title: 'Syria report', sentenceCount: 2, taggedCount: 1, themes: [{ themeId: 1, name: 'Missile claims', count: 1 }, { themeId: 2, name: 'Denials', count: 1 }] },
        { documentId: 2, title: 'Pasted text', sentenceCount: 1, taggedCount: 0, themes: [] },
      ],
      cooccurrence: [{ a: 1, aName: 'Missile claims', b: 2, bName: 'Denials', count: 1 }],
      // No document has an outlet: they are all counted under null.
      outlets: [{ outlet: null, documentCount: 2, sentenceCount: 3, taggedCount: 1, themes: [{ themeId: 1, name: 'Missile claims', count: 1 }, { themeId: 2, name: 'Denials', count: 1 }] }],
      attributes: [],
    });
  });

  it('prints an empty notebook as empty lists', async () => {
    const home = folder();
    const file = path.join(home, 'empty.themata');
    Notebook.open(file, { create: true }).close();
    for (const command of ['documents', 'themes']) {
      expect(JSON.parse((await cli([command, '--json', '--notebook', file], { home })).stdout)).toEqual([]);
    }
  });

  it('refuses --json on a codebook change with one clear line', async () => {
    const run = study();
    expectOneClearLine(await run('themes', 'add', 'Gas', '--json'), /--json lists the codebook; use "themata themes --json"; see "themata themes --help"/);
    expect(await json<unknown[]>(run('themes', '--json'))).toHaveLength(3);
  });

  it.each([
    ['documents', ['documents', '--json']],
    ['themes', ['themes', '--json']],
    ['search', ['search', 'denial', '--json']],
    ['stats', ['stats', '--json']],
  ])('documents in %s --help every field --json prints', async (command, argv) => {
    const run = study();
    const help = (await run(command, '--help')).stdout;
    expect(help).toMatch(/^\s+--json\s+print /m);
    const fields = new Set<string>();
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          fields.add(key);
          collect(inner);
        }
      }
    };
    collect(await json(run(...argv)));
    for (const field of fields) expect(help, field).toMatch(new RegExp(`[{ ]${field}[,}:]`));
  });
});
