import { describe, expect, it } from 'vitest';
import { changeTags } from './tags';
import {
  addTheme,
  deleteTheme,
  findTheme,
  getTheme,
  listThemes,
  mergeThemes,
  reorderThemes,
  themeRow,
  updateTheme,
  type ThemeInput,
  type ThemePatch,
} from './themes';
import { caught } from './test-support/caught';
import { historyCount, testClock, useMemoryNotebook, type MemoryNotebook } from './test-support/memory-notebook';
import { createContext } from './context';
import { History } from './history';

const ARTICLE = 'Moscow denied it. Officials disagreed.\nAnkara warned about gas. Talks were planned.\n';

describe('themes', () => {
  const notebook = useMemoryNotebook();

  function codebook(...names: string[]) {
    const nb = notebook();
    const ids = names.map((name) => addTheme(nb.ctx, nb.history, { name }).id);
    return { nb, ctx: nb.ctx, history: nb.history, ids };
  }

  function withArticle() {
    const { nb, ctx, history, ids } = codebook('Missile claims', 'Turkey trade threats');
    const doc = nb.importDocument({ title: 'Article', text: ARTICLE, sourceName: null });
    const sentences = nb.sentenceIds(doc);
    const tag = (numbers: number[], themeId: number) =>
      changeTags(ctx, history, numbers.map((n) => sentences[n - 1]!), themeId, 'add');
    return { nb, ctx, history, missile: ids[0]!, trade: ids[1]!, doc, sentences, tag };
  }

  /** Asserts a refused change wrote nothing: not a row, not a history entry. */
  function expectRefused(nb: MemoryNotebook, change: () => unknown, code: string, message: string) {
    const before = { rows: nb.rows(), entries: historyCount(nb.db) };
    expect(caught(change)).toMatchObject({ code, message });
    expect({ rows: nb.rows(), entries: historyCount(nb.db) }).toEqual(before);
  }

  describe('adding', () => {
    it('lists no themes in an empty codebook', () => {
      expect(listThemes(notebook().ctx)).toEqual([]);
    });

    it('gives a new theme the next id, an unused palette colour, the next key and the last place', () => {
      const { nb, ctx, history } = codebook('Missile claims');
      const theme = addTheme(ctx, history, { name: '  Turkey trade threats ', description: '  Threats to trade.\n' });
      expect(theme).toEqual({
        id: 2, name: 'Turkey trade threats', colour: '#0072B2', description: 'Threats to trade.', key: 2, order: 1, parentId: null, depth: 0,
        tagCount: 0, rollupCount: 0,
      });
      expect(themeRow(ctx, 2).created_at).toMatch(/^2026-01-05T09:00:\d\d\.000Z$/);
      expect(nb.history.state().undoLabel).toBe('Add theme Turkey trade threats');
    });

    it('writes a given colour in capitals', () => {
      const { ctx, history } = codebook();
      expect(addTheme(ctx, history, { name: 'A', colour: '#abcdef' })).toMatchObject({ colour: '#ABCDEF', key: 1 });
    });

    it('gives keys 1 to 9 in codebook order, then none from the tenth theme on', () => {
      const { ctx, history } = codebook('1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th');
      expect(listThemes(ctx).map((t) => t.key)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(addTheme(ctx, history, { name: '10th' }).key).toBeNull();
    });

    it('gives twenty themes twenty different colours, then starts the palette again', () => {
      const { ctx, history } = codebook(...Array.from({ length: 20 }, (_, i) => `Theme ${i + 1}`));
      const colours = listThemes(ctx).map((t) => t.colour);
      expect(new Set(colours).size).toBe(20);
      expect(addTheme(ctx, history, { name: 'Theme 21' }).colour).toBe(colours[0]);
    });

    it('nests a new theme under an existing one', () => {
      const { ctx, history, ids } = codebook('Claims');
      expect(addTheme(ctx, history, { name: 'Missile claims', parentId: ids[0]! }).parentId).toBe(ids[0]);
    });

    it('accepts a name of 120 characters', () => {
      const { ctx, history } = codebook();
      expect(addTheme(ctx, history, { name: 'x'.repeat(120) }).name).toHaveLength(120);
    });

    const REFUSED: [string, ThemeInput, string, string][] = [
      ['a blank name', { name: ' \t ' }, 'invalid-input', 'A theme needs a name.'],
      ['a name of 121 characters', { name: 'x'.repeat(121) }, 'invalid-input', 'A theme name is at most 120 characters.'],
      ['a name taken in another case', { name: ' missile CLAIMS ' }, 'conflict', 'The codebook already has a theme named "Missile claims".'],
      ['a colour name', { name: 'Gas', colour: 'red' }, 'invalid-input', '"red" is not a colour; use #rrggbb.'],
      ['a short colour', { name: 'Gas', colour: '#fff' }, 'invalid-input', '"#fff" is not a colour; use #rrggbb.'],
      ['an unknown parent', { name: 'Gas', parentId: 99 }, 'not-found', 'There is no theme 99 to nest under.'],
    ];

    it.each(REFUSED)('refuses %s and writes nothing', (_what, input, code, message) => {
      const { nb, ctx, history } = codebook('Missile claims');
      expectRefused(nb, () => addTheme(ctx, history, input), code, message);
    });
  });

  describe('looking up', () => {
    it('refuses an unknown theme id', () => {
      const { ctx } = codebook('Missile claims');
      const message = 'There is no theme 9 in this codebook.';
      expect(caught(() => getTheme(ctx, 9))).toMatchObject({ code: 'not-found', message });
      expect(caught(() => themeRow(ctx, 9))).toMatchObject({ code: 'not-found', message });
    });

    it('finds a theme by name whatever its case and surrounding space, by key (its place in the codebook), or by id', () => {
      const { ctx, history, ids } = codebook('Missile claims', 'Turkey trade threats', 'Gas');
      // Gas (id 3) moved first: key 1 is now Gas, key 2 Missile claims.
      reorderThemes(ctx, history, [ids[2]!]);
      expect(findTheme(ctx, '  MISSILE claims ').id).toBe(1);
      expect(findTheme(ctx, '1').name).toBe('Gas');
      expect(findTheme(ctx, '2').name).toBe('Missile claims');
      expect(findTheme(ctx, '3').name).toBe('Turkey trade threats');
    });

    it('reads a number above 9 as an id, never a key', () => {
      const { ctx } = codebook('1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '10th', '11th', '12th');
      expect(findTheme(ctx, '12').name).toBe('12th');
      expect(findTheme(ctx, '1').name).toBe('1st');
    });

    it('refuses an unknown reference, naming the themes there are', () => {
      const { ctx } = codebook('Missile claims', 'Gas');
      expect(caught(() => findTheme(ctx, 'Trade'))).toMatchObject({
        code: 'not-found', message: 'There is no theme "Trade" in this codebook; the themes are "Missile claims", "Gas".',
      });
      expect(caught(() => findTheme(ctx, '7')).code).toBe('not-found');
      expect(caught(() => findTheme(notebook().ctx, 'Gas')).message).toBe('There is no theme "Gas" in this codebook.');
    });

    it('counts a theme\'s tags on visible documents only', () => {
      const { nb, ctx, missile, doc, tag } = withArticle();
      tag([1, 2], missile);
      expect(getTheme(ctx, missile).tagCount).toBe(2);
      nb.removeDocument(doc);
      expect(getTheme(ctx, missile).tagCount).toBe(0);
    });
  });

  describe('updating', () => {
    it('renames, recolours, describes and nests, each as one undoable step named for it', () => {
      const { nb, ctx, history, ids } = codebook('Missile claims', 'Claims');
      const [missile, claims] = ids as [number, number];
      const steps: [ThemePatch, string][] = [
        [{ name: 'Missile statements' }, 'Rename theme Missile claims to Missile statements'],
        [{ colour: '#112233' }, 'Recolour theme Missile statements'],
        [{ description: ' Statements about missiles ' }, 'Edit theme Missile statements'],
        [{ parentId: claims }, 'Move Missile statements under Claims'],
      ];
      for (const [patch, label] of steps) {
        updateTheme(ctx, history, missile, patch);
        expect(history.state().undoLabel).toBe(label);
      }
      expect(getTheme(ctx, missile)).toMatchObject({
        name: 'Missile statements', colour: '#112233', key: 2, depth: 1, description: 'Statements about missiles', parentId: claims,
      });
      for (let i = 0; i < steps.length; i += 1) nb.write(() => history.undo());
      expect(getTheme(ctx, missile)).toMatchObject({ name: 'Missile claims', colour: '#D55E00', key: 1, description: '', parentId: null });
    });

    it('lets a theme change the case of its own name', () => {
      const { ctx, history, ids } = codebook('Missile claims');
      expect(updateTheme(ctx, history, ids[0]!, { name: 'MISSILE CLAIMS' }).name).toBe('MISSILE CLAIMS');
    });

    it('records nothing when the patch changes nothing', () => {
      const { nb, ctx, history, ids } = codebook('Missile claims');
      const entries = historyCount(nb.db);
      updateTheme(ctx, history, ids[0]!, { name: ' Missile claims ', colour: '#d55e00', parentId: null, description: '' });
      updateTheme(ctx, history, ids[0]!, {});
      expect(historyCount(nb.db)).toBe(entries);
    });

    it('unnests a theme', () => {
      const { ctx, history, ids } = codebook('Claims');
      const child = addTheme(ctx, history, { name: 'Missile claims', parentId: ids[0]! }).id;
      expect(updateTheme(ctx, history, child, { parentId: null }).parentId).toBeNull();
    });

    it('refuses an unknown theme', () => {
      const { nb, ctx, history } = codebook('Missile claims');
      expectRefused(nb, () => updateTheme(ctx, history, 9, { name: 'Gas' }), 'not-found', 'There is no theme 9 in this codebook.');
    });

    it('refuses a name another theme has, a bad colour or key, and an unknown parent', () => {
      const { nb, ctx, history, ids } = codebook('Missile claims', 'Gas');
      const gas = ids[1]!;
      expectRefused(nb, () => updateTheme(ctx, history, gas, { name: 'MISSILE CLAIMS' }), 'conflict', 'The codebook already has a theme named "Missile claims".');
      expectRefused(nb, () => updateTheme(ctx, history, gas, { name: '' }), 'invalid-input', 'A theme needs a name.');
      expectRefused(nb, () => updateTheme(ctx, history, gas, { colour: 'blue' }), 'invalid-input', '"blue" is not a colour; use #rrggbb.');
      expectRefused(nb, () => updateTheme(ctx, history, gas, { parentId: 99 }), 'not-found', 'There is no theme 99 to nest under.');
    });

    it('refuses to nest a theme inside itself, or inside its own descendant', () => {
      const { nb, ctx, history, ids } = codebook('Claims');
      const claims = ids[0]!;
      const child = addTheme(ctx, history, { name: 'Missile claims', parentId: claims }).id;
      const grandchild = addTheme(ctx, history, { name: 'Scud claims', parentId: child }).id;
      expectRefused(nb, () => updateTheme(ctx, history, claims, { parentId: claims }), 'invalid-input', '"Claims" cannot go under itself.');
      expectRefused(
        nb,
        () => updateTheme(ctx, history, claims, { parentId: grandchild }),
        'invalid-input',
        '"Claims" cannot go under "Scud claims": "Scud claims" is one of its own sub-themes.',
      );
    });
  });

  describe('reordering', () => {
    it('puts the named themes first and keeps the others in their order after them', () => {
      const { ctx, history, ids } = codebook('A', 'B', 'C', 'D');
      const reordered = reorderThemes(ctx, history, [ids[2]!, ids[0]!]);
      expect(reordered.map((t) => [t.name, t.order])).toEqual([['C', 0], ['A', 1], ['B', 2], ['D', 3]]);
      expect(history.state().undoLabel).toBe('Reorder the codebook');
    });

    it('records nothing when the order is unchanged', () => {
      const { nb, ctx, history, ids } = codebook('A', 'B');
      const entries = historyCount(nb.db);
      reorderThemes(ctx, history, ids);
      reorderThemes(ctx, history, []);
      expect(historyCount(nb.db)).toBe(entries);
    });

    it('refuses a theme named twice or an unknown theme', () => {
      const { nb, ctx, history, ids } = codebook('A', 'B');
      const message = 'The new order must list each theme of the codebook at most once.';
      expectRefused(nb, () => reorderThemes(ctx, history, [ids[1]!, ids[1]!]), 'invalid-input', message);
      expectRefused(nb, () => reorderThemes(ctx, history, [ids[1]!, 99]), 'invalid-input', message);
    });
  });

  describe('deleting', () => {
    it('removes the theme with its tags, also those on removed documents, and undo brings back both', () => {
      const { nb, ctx, history, missile, trade, doc, tag } = withArticle();
      tag([1, 3], missile);
      tag([2], trade);
      const before = nb.rows();
      nb.removeDocument(doc);
      expect(deleteTheme(ctx, history, missile)).toEqual({ removedTags: 2 });
      expect(history.state().undoLabel).toBe('Delete theme Missile claims');
      expect(nb.rows().tags.map((t) => t.theme_id)).toEqual([trade]);
      nb.write(() => history.undo());
      nb.write(() => history.undo());
      expect(nb.rows()).toEqual(before);
    });

    it('moves its children up to its own parent', () => {
      const { ctx, history, ids } = codebook('Claims');
      const middle = addTheme(ctx, history, { name: 'Missile claims', parentId: ids[0]! }).id;
      const child = addTheme(ctx, history, { name: 'Scud claims', parentId: middle }).id;
      expect(deleteTheme(ctx, history, middle)).toEqual({ removedTags: 0 });
      expect(getTheme(ctx, child).parentId).toBe(ids[0]);
    });

    it('refuses an unknown theme', () => {
      const { nb, ctx, history } = codebook('A');
      expectRefused(nb, () => deleteTheme(ctx, history, 9), 'not-found', 'There is no theme 9 in this codebook.');
    });
  });

  describe('merging', () => {
    it('moves the source\'s tags onto the target without duplicates, keeping who tagged and when, then removes the source', () => {
      const { nb, ctx, history, missile, trade, sentences, tag } = withArticle();
      tag([1, 2], missile);
      tag([2, 4], trade);
      const tradeTags = nb.rows().tags.filter((t) => t.theme_id === trade);
      const merged = mergeThemes(ctx, history, trade, missile);
      expect(merged).toMatchObject({ id: missile, tagCount: 3 });
      expect(history.state().undoLabel).toBe('Merge Turkey trade threats into Missile claims');
      expect(listThemes(ctx).map((t) => t.id)).toEqual([missile]);
      const moved = nb.rows().tags.find((t) => t.sentence_id === sentences[3]);
      const source = tradeTags.find((t) => t.sentence_id === sentences[3])!;
      // A new coding on the target, so a GUID of its own: the source's comes back if the merge is undone.
      expect(moved).toEqual({ ...source, theme_id: missile, guid: expect.not.stringMatching(source.guid) });
    });

    it('moves each coder’s tag unless that coder already holds the target on the sentence', () => {
      const { nb, ctx, history, missile, trade, sentences, tag } = withArticle();
      tag([1], missile);
      const ben = createContext(nb.db, 'ben', testClock(Date.UTC(2026, 5, 1)));
      nb.write(() => changeTags(ben, new History(ben), [sentences[0]!], trade, 'add'));
      mergeThemes(ctx, history, trade, missile);
      expect(nb.rows().tags.map((t) => [t.sentence_id, t.theme_id, t.coder])).toEqual([
        [sentences[0], missile, 'ana'],
        [sentences[0], missile, 'ben'],
      ]);
      expect(getTheme(ctx, missile).tagCount).toBe(1);
    });

    it('is undone as one step, back to the exact rows', () => {
      const { nb, ctx, history, missile, trade, tag } = withArticle();
      tag([1, 2], missile);
      tag([2, 4], trade);
      const child = addTheme(ctx, history, { name: 'Gas', parentId: trade }).id;
      const before = nb.rows();
      mergeThemes(ctx, history, trade, missile);
      expect(getTheme(ctx, child).parentId).toBeNull();
      nb.write(() => history.undo());
      expect(nb.rows()).toEqual(before);
    });

    it('merges a parent into its own child, which takes the parent\'s place in the tree', () => {
      const { ctx, history, ids } = codebook('Claims');
      const middle = addTheme(ctx, history, { name: 'Missile claims', parentId: ids[0]! }).id;
      const child = addTheme(ctx, history, { name: 'Scud claims', parentId: middle }).id;
      expect(mergeThemes(ctx, history, middle, child).parentId).toBe(ids[0]);
    });

    it('refuses to merge a theme into itself or with an unknown theme', () => {
      const { nb, ctx, history, ids } = codebook('A', 'B');
      expectRefused(nb, () => mergeThemes(ctx, history, ids[0]!, ids[0]!), 'invalid-input', 'A theme cannot be merged into itself.');
      const message = 'Both themes of a merge must be in the codebook.';
      expectRefused(nb, () => mergeThemes(ctx, history, ids[0]!, 99), 'not-found', message);
      expectRefused(nb, () => mergeThemes(ctx, history, 99, ids[0]!), 'not-found', message);
    });
  });
});
