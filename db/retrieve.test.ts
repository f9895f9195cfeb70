import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setNote } from './notes';
import { intersect, retrievePage, retrieveSummary, subtract, themeCountsIn, union } from './retrieve';
import { search } from './search';
import { changeTags } from './tags';
import { addTheme } from './themes';
import { useMemoryNotebook } from './test-support/memory-notebook';

const MOSCOW = 'Moscow denied the strike. Officials disagreed. Ankara warned about gas. Talks were planned.';
const ANKARA = 'Ankara set a deadline. Gas talks stalled. Moscow said nothing.';
const BEIRUT = 'Beirut counted the dead. The observatory disputed it.';

describe('retrieving sentences by theme across documents', () => {
  const notebook = useMemoryNotebook();

  function study() {
    const nb = notebook();
    const missile = addTheme(nb.ctx, nb.history, { name: 'Missile claims' }).id;
    const trade = addTheme(nb.ctx, nb.history, { name: 'Turkey trade threats' }).id;
    const casualties = addTheme(nb.ctx, nb.history, { name: 'Civilian casualties' }).id;
    const moscow = nb.importDocument({ title: 'Moscow denies', text: MOSCOW, sourceName: null });
    const ankara = nb.importDocument({ title: 'Ankara deadline', text: ANKARA, sourceName: null });
    const beirut = nb.importDocument({ title: 'Beirut toll', text: BEIRUT, sourceName: null });
    const ids = { moscow: nb.sentenceIds(moscow), ankara: nb.sentenceIds(ankara), beirut: nb.sentenceIds(beirut) };
    const tag = (sentenceIds: number[], themeId: number) => nb.write(() => changeTags(nb.ctx, nb.history, sentenceIds, themeId, 'add'));
    tag([ids.moscow[0]!, ids.ankara[2]!], missile);
    tag([ids.moscow[2]!, ids.ankara[0]!, ids.ankara[1]!], trade);
    tag([ids.ankara[1]!, ids.beirut[0]!], casualties);
    tag([ids.moscow[0]!], casualties);
    return { nb, ctx: nb.ctx, missile, trade, casualties, moscow, ankara, beirut, ids };
  }

  it('counts every document of the notebook that holds a match, in reading order', () => {
    const { ctx, missile, trade, moscow, ankara } = study();
    expect(retrieveSummary(ctx, { themeIds: [missile, trade], mode: 'any', without: [] }, null)).toEqual({
      total: 5,
      documents: [
        { documentId: moscow, title: 'Moscow denies', count: 2 },
        { documentId: ankara, title: 'Ankara deadline', count: 3 },
      ],
    });
  });

  it('keeps to the chosen documents', () => {
    const { ctx, missile, trade, ankara, beirut } = study();
    expect(retrieveSummary(ctx, { themeIds: [missile, trade], mode: 'any', without: [] }, [beirut, ankara])).toEqual({
      total: 3,
      documents: [{ documentId: ankara, title: 'Ankara deadline', count: 3 }],
    });
  });

  it('reads all as every theme on the same sentence, and leaves out the themes to exclude', () => {
    const { ctx, missile, trade, casualties, ids } = study();
    const all = retrievePage(ctx, { themeIds: [trade, casualties], mode: 'all', without: [] }, null, { offset: 0, limit: 10 });
    expect(all.sentences.map((s) => s.sentenceId)).toEqual([ids.ankara[1]]);
    const minus = retrievePage(ctx, { themeIds: [missile], mode: 'any', without: [casualties] }, null, { offset: 0, limit: 10 });
    expect(minus.sentences.map((s) => s.sentenceId)).toEqual([ids.ankara[2]]);
  });

  it('gives each sentence its neighbours in its own document, its themes in codebook order and its note', () => {
    const { nb, ctx, missile, casualties, moscow, ankara, ids } = study();
    nb.write(() => setNote(ctx, nb.history, ids.ankara[2]!, 'Said, not shown.'));
    const page = retrievePage(ctx, { themeIds: [missile], mode: 'any', without: [] }, null, { offset: 0, limit: 10 });
    expect(page.total).toBe(2);
    expect(page.sentences).toEqual([
      {
        sentenceId: ids.moscow[0], documentId: moscow, number: 1, text: 'Moscow denied the strike.',
        before: null, after: 'Officials disagreed.', themeIds: [missile, casualties], note: null,
      },
      {
        sentenceId: ids.ankara[2], documentId: ankara, number: 3, text: 'Moscow said nothing.',
        before: 'Gas talks stalled.', after: null, themeIds: [missile], note: 'Said, not shown.',
      },
    ]);
  });

  it('pages through the matches in reading order', () => {
    const { ctx, trade, missile, ids } = study();
    const query = { themeIds: [trade, missile], mode: 'any' as const, without: [] };
    const first = retrievePage(ctx, query, null, { offset: 0, limit: 2 });
    const second = retrievePage(ctx, query, null, { offset: 2, limit: 2 });
    const past = retrievePage(ctx, query, null, { offset: 10, limit: 2 });
    expect([...first.sentences, ...second.sentences].map((s) => s.sentenceId)).toEqual([ids.moscow[0], ids.moscow[2], ids.ankara[0], ids.ankara[1]]);
    expect(past).toEqual({ total: 5, offset: 10, sentences: [] });
  });

  it('answers anew once the notebook changes, though it keeps a query between its count and its pages', () => {
    const { nb, ctx, missile, ids } = study();
    const query = { themeIds: [missile], mode: 'any' as const, without: [] };
    expect(retrieveSummary(ctx, query, null).total).toBe(2);
    expect(retrievePage(ctx, query, null, { offset: 0, limit: 10 }).total).toBe(2);
    nb.write(() => changeTags(ctx, nb.history, [ids.beirut[1]!], missile, 'add'));
    expect(retrievePage(ctx, query, null, { offset: 0, limit: 10 }).sentences.map((s) => s.sentenceId)).toContain(ids.beirut[1]);
    expect(retrieveSummary(ctx, query, null).total).toBe(3);
  });

  it('leaves removed documents out', () => {
    const { nb, ctx, trade, ankara, moscow } = study();
    nb.removeDocument(ankara);
    expect(retrieveSummary(ctx, { themeIds: [trade], mode: 'any', without: [] }, null).documents.map((d) => d.documentId)).toEqual([moscow]);
    expect(retrieveSummary(ctx, { themeIds: [trade], mode: 'any', without: [] }, [ankara])).toEqual({ total: 0, documents: [] });
  });

  it('refuses a theme or a document the notebook lacks, and a query without a theme', () => {
    const { ctx, missile } = study();
    expect(() => retrieveSummary(ctx, { themeIds: [999], mode: 'any', without: [] }, null)).toThrow('There is no theme 999 in this codebook.');
    expect(() => retrieveSummary(ctx, { themeIds: [missile], mode: 'any', without: [] }, [999])).toThrow('There is no document 999 in this notebook.');
    expect(() => retrieveSummary(ctx, { themeIds: [], mode: 'any', without: [] }, null)).toThrow('Choose at least one theme');
  });

  it('counts tags per theme in one document, a selection or the notebook', () => {
    const { ctx, missile, trade, casualties, moscow, ankara, beirut } = study();
    const count = (set: number[] | null) => themeCountsIn(ctx, set).map((c) => c.count);
    expect(themeCountsIn(ctx, [moscow])).toEqual([
      { themeId: missile, count: 1 },
      { themeId: trade, count: 1 },
      { themeId: casualties, count: 1 },
    ]);
    expect(count([ankara, beirut])).toEqual([1, 2, 2]);
    expect(count(null)).toEqual([2, 3, 3]);
  });

  it('searches only the chosen documents', () => {
    const { ctx, moscow, ankara, beirut } = study();
    expect(search(ctx, 'Moscow', 10, null).map((hit) => hit.documentId)).toEqual([moscow, ankara]);
    expect(search(ctx, 'Moscow', 10, [ankara, beirut]).map((hit) => hit.documentId)).toEqual([ankara]);
    expect(search(ctx, 'Moscow', 10, [beirut])).toEqual([]);
  });
});

describe('searching a set scattered across many documents', () => {
  const notebook = useMemoryNotebook();

  it('finds the first matches in reading order of every other document, as few runs would', () => {
    const nb = notebook();
    const documents = Array.from({ length: 24 }, (_, i) =>
      nb.importDocument({ title: `Story ${i + 1}`, text: `Gas prices rose in week ${i + 1}. Nothing else happened.`, sourceName: null }),
    );
    const every = documents.filter((_, i) => i % 2 === 1);
    const hits = search(nb.ctx, 'gas', 5, every);
    expect(hits.map((hit) => hit.documentTitle)).toEqual(['Story 2', 'Story 4', 'Story 6', 'Story 8', 'Story 10']);
  });
});

describe('crossing ascending lists', () => {
  const ascending = fc.uniqueArray(fc.nat({ max: 200 }), { maxLength: 40 }).map((list) => list.sort((a, b) => a - b));

  it('unites, intersects and subtracts as sets do, keeping the order', () => {
    fc.assert(
      fc.property(ascending, ascending, (a, b) => {
        const sorted = (set: Set<number>) => [...set].sort((x, y) => x - y);
        expect(union(a, b)).toEqual(sorted(new Set([...a, ...b])));
        expect(intersect(a, b)).toEqual(a.filter((x) => b.includes(x)));
        expect(subtract(a, b)).toEqual(a.filter((x) => !b.includes(x)));
      }),
    );
  });
});
