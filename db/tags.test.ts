import { describe, expect, it } from 'vitest';
import { STORED_GUID as GUID } from './guid';
import { createContext } from './context';
import { History } from './history';
import { changeTags } from './tags';
import { addTheme } from './themes';
import { caught } from './test-support/caught';
import { historyCount, testClock, useMemoryNotebook } from './test-support/memory-notebook';

const ARTICLE = 'Moscow denied it. Officials disagreed.\nAnkara warned about gas. Talks were planned.\n';

describe('changeTags', () => {
  const notebook = useMemoryNotebook();

  function withArticle() {
    const nb = notebook();
    const missile = addTheme(nb.ctx, nb.history, { name: 'Missile claims' }).id;
    const doc = nb.importDocument({ title: 'Article', text: ARTICLE, sourceName: null });
    const ids = nb.sentenceIds(doc);
    const tagged = () => nb.rows().tags.filter((t) => t.theme_id === missile).map((t) => ids.indexOf(t.sentence_id) + 1);
    return { nb, ctx: nb.ctx, history: nb.history, missile, doc, ids, tagged };
  }

  it('adds a theme to each sentence, recording who tagged and when, as one step named for the sentences', () => {
    const { nb, ctx, history, missile, ids, tagged } = withArticle();
    const at = new Date(nb.clock.peek()).toISOString();
    expect(changeTags(ctx, history, [ids[2]!], missile, 'add')).toEqual({ applied: true, changed: 1 });
    expect(nb.rows().tags).toEqual([{ sentence_id: ids[2], theme_id: missile, coder: 'ana', tagged_at: at, guid: expect.stringMatching(GUID) }]);
    expect(history.state().undoLabel).toBe('Tag sentence 3 of ‘Article’ as Missile claims');
    changeTags(ctx, history, [ids[0]!, ids[1]!], missile, 'add');
    expect(history.state().undoLabel).toBe('Tag 2 sentences of ‘Article’ as Missile claims');
    expect(tagged()).toEqual([1, 2, 3]);
  });

  it('counts a sentence selected twice once', () => {
    const { ctx, history, missile, ids } = withArticle();
    expect(changeTags(ctx, history, [ids[0]!, ids[0]!], missile, 'add')).toEqual({ applied: true, changed: 1 });
    expect(history.state().undoLabel).toBe('Tag sentence 1 of ‘Article’ as Missile claims');
  });

  it('adds a second coder’s tag beside the first coder’s, which keeps its coder and time', () => {
    const { nb, ctx, history, missile, ids } = withArticle();
    changeTags(ctx, history, [ids[0]!], missile, 'add');
    const first = nb.rows().tags;
    const ben = createContext(nb.db, 'ben', testClock(Date.UTC(2026, 5, 1)));
    expect(changeTags(ben, new History(ben), [ids[0]!, ids[1]!], missile, 'add')).toEqual({ applied: true, changed: 2 });
    const rows = nb.rows().tags;
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual(first[0]);
    expect(rows[1]).toMatchObject({ sentence_id: ids[0], coder: 'ben', tagged_at: '2026-06-01T00:00:00.000Z' });
    expect(rows[2]).toMatchObject({ sentence_id: ids[1], coder: 'ben' });
  });

  it('removes only the coder’s own tags, and undo gives them back as they were', () => {
    const { nb, ctx, history, missile, ids } = withArticle();
    changeTags(ctx, history, [ids[0]!, ids[1]!], missile, 'add');
    const ben = createContext(nb.db, 'ben', testClock(Date.UTC(2026, 5, 1)));
    const bens = new History(ben);
    nb.write(() => changeTags(ben, bens, [ids[0]!], missile, 'add'));
    const tagged = nb.rows();
    expect(nb.write(() => changeTags(ben, bens, [ids[0]!, ids[1]!], missile, 'remove'))).toEqual({ applied: false, changed: 1 });
    expect(nb.rows().tags.map((t) => [t.sentence_id, t.coder])).toEqual([[ids[0], 'ana'], [ids[1], 'ana']]);
    nb.write(() => bens.undo());
    expect(nb.rows()).toEqual(tagged);
  });

  it('toggles by the coder’s own tags: another coder’s theme on every sentence does not make a key press remove', () => {
    const { nb, ctx, history, missile, ids } = withArticle();
    const ben = createContext(nb.db, 'ben', testClock(Date.UTC(2026, 5, 1)));
    nb.write(() => changeTags(ben, new History(ben), [ids[0]!], missile, 'add'));
    expect(nb.write(() => changeTags(ctx, history, [ids[0]!], missile, 'toggle'))).toEqual({ applied: true, changed: 1 });
    expect(nb.write(() => changeTags(ctx, history, [ids[0]!], missile, 'toggle'))).toEqual({ applied: false, changed: 1 });
    expect(nb.rows().tags.map((t) => t.coder)).toEqual(['ben']);
  });

  it('records nothing when every sentence already has the theme, or none has it to remove', () => {
    const { nb, ctx, history, missile, ids } = withArticle();
    changeTags(ctx, history, [ids[0]!], missile, 'add');
    const entries = historyCount(nb.db);
    expect(changeTags(ctx, history, [ids[0]!], missile, 'add')).toEqual({ applied: true, changed: 0 });
    expect(changeTags(ctx, history, [ids[3]!], missile, 'remove')).toEqual({ applied: false, changed: 0 });
    expect(historyCount(nb.db)).toBe(entries);
  });

  it('removes the theme from the sentences that have it', () => {
    const { ctx, history, missile, ids, tagged } = withArticle();
    changeTags(ctx, history, [ids[0]!, ids[1]!], missile, 'add');
    expect(changeTags(ctx, history, [ids[1]!, ids[2]!], missile, 'remove')).toEqual({ applied: false, changed: 1 });
    expect(tagged()).toEqual([1]);
    expect(history.state().undoLabel).toBe('Remove Missile claims from 2 sentences of ‘Article’');
  });

  it('toggles as a theme key does: adds to those missing it, removes only when all have it', () => {
    const { ctx, history, missile, ids, tagged } = withArticle();
    expect(changeTags(ctx, history, [ids[0]!], missile, 'toggle')).toEqual({ applied: true, changed: 1 });
    expect(changeTags(ctx, history, [ids[0]!, ids[1]!], missile, 'toggle')).toEqual({ applied: true, changed: 1 });
    expect(tagged()).toEqual([1, 2]);
    expect(changeTags(ctx, history, [ids[0]!, ids[1]!], missile, 'toggle')).toEqual({ applied: false, changed: 2 });
    expect(tagged()).toEqual([]);
  });

  it('tags sentences of several documents at once', () => {
    const { nb, ctx, history, missile, ids } = withArticle();
    const other = nb.importDocument({ title: 'Other', text: 'Gas flows.', sourceName: null });
    const [gas] = nb.sentenceIds(other);
    expect(changeTags(ctx, history, [ids[0]!, gas!], missile, 'add').changed).toBe(2);
    expect(history.state().undoLabel).toBe('Tag 2 sentences in 2 documents as Missile claims');
  });

  describe('refusals, which write nothing even without a transaction around them', () => {
    function expectRefused(change: 'add' | 'remove' | 'toggle', pick: (ids: number[], doc: number) => number[], themeOf: (missile: number) => number, code: string, message: string | RegExp) {
      const { nb, ctx, history, missile, doc, ids } = withArticle();
      changeTags(ctx, history, [ids[0]!], missile, 'add');
      const before = { rows: nb.rows(), entries: historyCount(nb.db) };
      const selection = pick(ids, doc);
      const error = caught(() => changeTags(ctx, history, selection, themeOf(missile), change));
      expect(error.code).toBe(code);
      expect(error.message).toMatch(message);
      expect({ rows: nb.rows(), entries: historyCount(nb.db) }).toEqual(before);
    }

    it.each(['add', 'remove', 'toggle'] as const)('refuses an empty selection (%s)', (change) => {
      expectRefused(change, () => [], (m) => m, 'invalid-input', /^Select at least one sentence to tag\.$/);
    });

    it.each(['add', 'remove', 'toggle'] as const)('refuses an unknown theme (%s)', (change) => {
      expectRefused(change, (ids) => [ids[1]!], () => 99, 'not-found', /^There is no theme 99 in this codebook\.$/);
    });

    it.each(['add', 'remove', 'toggle'] as const)('refuses a selection with one unknown sentence, tagging none of it (%s)', (change) => {
      expectRefused(change, (ids) => [ids[0]!, ids[1]!, 999], (m) => m, 'not-found', /^There is no sentence 999 in this notebook\.$/);
    });

    it('refuses a sentence of a removed document', () => {
      const { nb, ctx, history, missile, doc, ids } = withArticle();
      nb.removeDocument(doc);
      const before = nb.rows();
      expect(caught(() => changeTags(ctx, history, [ids[0]!], missile, 'add')).message).toBe(`There is no sentence ${ids[0]} in this notebook.`);
      expect(nb.rows()).toEqual(before);
    });
  });
});

