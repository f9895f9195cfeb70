import { describe, expect, it } from 'vitest';
import { changeEffects } from './change-effects';
import { notebookStats } from './stats';
import { changeTags } from './tags';
import { addTheme, addThemeAndTag, deleteTheme, listThemes, moveTheme, reorderThemes } from './themes';
import { caught } from './test-support/caught';
import { historyCount, useMemoryNotebook } from './test-support/memory-notebook';

const ARTICLE = 'Moscow denied it. Officials disagreed.\nAnkara warned about gas. Talks were planned.\n';

describe('the theme hierarchy', () => {
  const notebook = useMemoryNotebook();

  /** Claims > (Missile claims > Scud claims, Casualty claims), Trade, Talks. */
  function tree() {
    const nb = notebook();
    const { ctx, history } = nb;
    const add = (name: string, parentId: number | null = null) => addTheme(ctx, history, { name, parentId }).id;
    const claims = add('Claims');
    const trade = add('Trade');
    const talks = add('Talks');
    const missile = add('Missile claims', claims);
    const scud = add('Scud claims', missile);
    const casualty = add('Casualty claims', claims);
    return { nb, ctx, history, claims, trade, talks, missile, scud, casualty };
  }

  const shape = (ctx: Parameters<typeof listThemes>[0]) => listThemes(ctx).map((t) => `${'  '.repeat(t.depth)}${t.key ?? '-'} ${t.name}`);

  it('lists sub-themes right after their parent, with keys following that order', () => {
    const { ctx } = tree();
    expect(shape(ctx)).toEqual([
      '1 Claims',
      '  2 Missile claims',
      '    3 Scud claims',
      '  4 Casualty claims',
      '5 Trade',
      '6 Talks',
    ]);
    expect(listThemes(ctx).map((t) => t.order)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('moves a theme with its sub-themes under another, as one step named for what moved', () => {
    const { nb, ctx, history, missile, talks } = tree();
    moveTheme(ctx, history, missile, talks);
    expect(history.state().undoLabel).toBe('Move Missile claims under Talks');
    expect(shape(ctx)).toEqual(['1 Claims', '  2 Casualty claims', '3 Trade', '4 Talks', '  5 Missile claims', '    6 Scud claims']);
    nb.write(() => history.undo());
    expect(shape(ctx)[1]).toBe('  2 Missile claims');
    expect(listThemes(ctx).map((t) => t.name)).toEqual(['Claims', 'Missile claims', 'Scud claims', 'Casualty claims', 'Trade', 'Talks']);
  });

  it('moves a theme to the top level, before a chosen sibling or at the end', () => {
    const { ctx, history, scud, trade, talks } = tree();
    moveTheme(ctx, history, scud, null, trade);
    expect(history.state().undoLabel).toBe('Move Scud claims to the top level');
    expect(listThemes(ctx).map((t) => t.name)).toEqual(['Claims', 'Missile claims', 'Casualty claims', 'Scud claims', 'Trade', 'Talks']);
    moveTheme(ctx, history, talks, null, scud);
    expect(history.state().undoLabel).toBe('Move Talks before Scud claims');
    moveTheme(ctx, history, scud, null);
    expect(history.state().undoLabel).toBe('Move Scud claims to the end of the codebook');
    expect(shape(ctx)).toEqual(['1 Claims', '  2 Missile claims', '  3 Casualty claims', '4 Talks', '5 Trade', '6 Scud claims']);
  });

  it('refuses a move under the theme itself or one of its sub-themes, with one message, and writes nothing', () => {
    const { nb, ctx, history, claims, scud, missile, trade } = tree();
    const before = { rows: nb.rows(), entries: historyCount(nb.db) };
    expect(caught(() => nb.write(() => moveTheme(ctx, history, claims, scud)))).toMatchObject({
      code: 'invalid-input',
      message: '"Claims" cannot go under "Scud claims": "Scud claims" is one of its own sub-themes.',
    });
    expect(caught(() => nb.write(() => moveTheme(ctx, history, missile, missile))).message).toBe('"Missile claims" cannot go under itself.');
    expect(caught(() => nb.write(() => moveTheme(ctx, history, missile, 99))).message).toBe('There is no theme 99 to nest under.');
    expect(caught(() => nb.write(() => moveTheme(ctx, history, missile, null, scud))).message).toBe(
      '"Missile claims" can only go before a theme at the top level; "Scud claims" is not one.',
    );
    expect(caught(() => nb.write(() => moveTheme(ctx, history, 99, trade))).code).toBe('not-found');
    expect({ rows: nb.rows(), entries: historyCount(nb.db) }).toEqual(before);
  });

  it('records nothing for a move that changes nothing', () => {
    const { nb, ctx, history, talks } = tree();
    const entries = historyCount(nb.db);
    moveTheme(ctx, history, talks, null);
    expect(historyCount(nb.db)).toBe(entries);
  });

  it('keeps keys in codebook order after reordering: the key is the place, not a stored slot', () => {
    const { ctx, history, trade, talks, claims } = tree();
    reorderThemes(ctx, history, [talks, trade, claims]);
    expect(shape(ctx)).toEqual(['1 Talks', '2 Trade', '3 Claims', '  4 Missile claims', '    5 Scud claims', '  6 Casualty claims']);
  });

  it('gives the key of a deleted parent\'s place to the next theme, its sub-themes moving up a level', () => {
    const { ctx, history, claims } = tree();
    deleteTheme(ctx, history, claims);
    expect(shape(ctx)).toEqual(['1 Trade', '2 Talks', '3 Missile claims', '  4 Scud claims', '5 Casualty claims']);
  });

  describe('roll-up counts', () => {
    function tagged() {
      const t = tree();
      const doc = t.nb.importDocument({ title: 'Article', text: ARTICLE, sourceName: null });
      const sentences = t.nb.sentenceIds(doc);
      const tag = (numbers: number[], themeId: number) =>
        changeTags(t.ctx, t.history, numbers.map((n) => sentences[n - 1]!), themeId, 'add');
      // Sentence 1 carries Claims, Missile claims and Scud claims: counted once in each roll-up.
      tag([1], t.claims);
      tag([1, 2], t.missile);
      tag([1, 3], t.scud);
      tag([4], t.casualty);
      tag([4], t.trade);
      return { ...t, doc, sentences };
    }

    const counts = (ctx: Parameters<typeof listThemes>[0]) => Object.fromEntries(listThemes(ctx).map((t) => [t.name, [t.tagCount, t.rollupCount]]));

    it('count a parent\'s sentences with those of every theme under it, each sentence once', () => {
      const { ctx } = tagged();
      expect(counts(ctx)).toEqual({
        Claims: [1, 4],
        'Missile claims': [2, 3],
        'Scud claims': [2, 2],
        'Casualty claims': [1, 1],
        Trade: [1, 1],
        Talks: [0, 0],
      });
    });

    it('follow a tag and a move, and leave out removed documents', () => {
      const { nb, ctx, history, trade, missile, casualty, doc, sentences } = tagged();
      changeTags(ctx, history, [sentences[1]!], casualty, 'add');
      expect(counts(ctx).Claims).toEqual([1, 4]);
      changeTags(ctx, history, [sentences[2]!], casualty, 'add');
      expect(counts(ctx).Claims).toEqual([1, 4]);
      moveTheme(ctx, history, missile, trade);
      expect(counts(ctx).Claims).toEqual([1, 4]);
      expect(counts(ctx).Trade).toEqual([1, 4]);
      nb.removeDocument(doc);
      expect(counts(ctx).Trade).toEqual([0, 0]);
    });

    it('come with a change\'s effects for every theme above the one tagged', () => {
      const { ctx, history, scud, claims, missile, sentences } = tagged();
      changeTags(ctx, history, [sentences[3]!], scud, 'add');
      const effects = changeEffects(ctx, history.state(), [sentences[3]!], [scud]);
      expect(effects.rollupCounts).toEqual([
        { themeId: missile, count: 4 },
        { themeId: claims, count: 4 },
      ]);
    });

    it('agree with the notebook\'s statistics', () => {
      const { ctx, claims, missile } = tagged();
      const stats = notebookStats(ctx);
      expect(Object.fromEntries(stats.themeRollups.map((r) => [r.themeId, r.count]))).toEqual({ [claims]: 4, [missile]: 3 });
    });
  });

  describe('creating a theme while coding', () => {
    it('adds the theme and tags the sentences as one step that one undo takes back', () => {
      const { nb, ctx, history, claims } = tree();
      const doc = nb.importDocument({ title: 'Article', text: ARTICLE, sourceName: null });
      const sentences = nb.sentenceIds(doc);
      const entries = historyCount(nb.db);
      const theme = addThemeAndTag(ctx, history, { name: 'Denials', parentId: claims }, [sentences[0]!, sentences[1]!]);
      expect(theme).toMatchObject({ name: 'Denials', parentId: claims, tagCount: 2, depth: 1 });
      expect(history.state().undoLabel).toBe('Add theme Denials and tag 2 sentences of ‘Article’ with it');
      expect(historyCount(nb.db)).toBe(entries + 1);
      nb.write(() => history.undo());
      expect(listThemes(ctx).map((t) => t.name)).not.toContain('Denials');
      expect(nb.rows().tags).toEqual([]);
    });

    it('refuses a name the codebook has, writing nothing', () => {
      const { nb, ctx, history } = tree();
      const doc = nb.importDocument({ title: 'Article', text: ARTICLE, sourceName: null });
      const before = { rows: nb.rows(), entries: historyCount(nb.db) };
      expect(caught(() => nb.write(() => addThemeAndTag(ctx, history, { name: 'trade' }, [nb.sentenceIds(doc)[0]!]))).message).toBe(
        'The codebook already has a theme named "Trade".',
      );
      expect({ rows: nb.rows(), entries: historyCount(nb.db) }).toEqual(before);
    });
  });
});
