import { describe, expect, it } from 'vitest';
import { STORED_GUID as GUID } from './guid';
import { documentSummary, indexSentencesAfter, insertDocument, insertedSummary, lastSentenceId, listDocuments, requireVisibleDocument } from './documents';
import { changeTags } from './tags';
import { addTheme } from './themes';
import { setNote } from './notes';
import { caught } from './test-support/caught';
import { segmentText } from './segmenter';
import { useMemoryNotebook } from './test-support/memory-notebook';

const ARTICLE = 'Moscow denied it. Officials disagreed.\nAnkara warned about gas. Talks were planned.\n';

describe('documents', () => {
  const notebook = useMemoryNotebook();

  it('lists no documents in an empty notebook', () => {
    expect(listDocuments(notebook().ctx)).toEqual([]);
  });

  it('keeps the text verbatim and stores numbered sentences whose offsets point into it', () => {
    const nb = notebook();
    const id = insertDocument(nb.ctx, { title: '  Article \n', text: ARTICLE, sourceName: 'a.txt' });
    const { documents, sentences } = nb.rows();
    expect(documents).toEqual([
      { id, title: 'Article', source_name: 'a.txt', imported_at: '2026-01-05T09:00:00.000Z', original_text: ARTICLE, removed_at: null, guid: expect.stringMatching(GUID) },
    ]);
    expect(sentences.map((s) => [s.ordinal, s.paragraph, s.text])).toEqual([
      [1, 0, 'Moscow denied it.'],
      [2, 0, 'Officials disagreed.'],
      [3, 1, 'Ankara warned about gas.'],
      [4, 1, 'Talks were planned.'],
    ]);
    for (const s of sentences) expect(ARTICLE.slice(s.start_offset, s.end_offset)).toBe(s.text);
  });

  it('counts offsets in UTF-16 units, as JavaScript slices text, through accents, emoji and right-to-left script', () => {
    const nb = notebook();
    const text = 'Gas 🔥 prices rose. Déclarations suivirent. تصريحات رسمية. 👨‍👩‍👧 Families left.';
    const id = insertDocument(nb.ctx, { title: 'Unicode', text, sourceName: null });
    const sentences = nb.rows().sentences.filter((s) => s.document_id === id);
    expect(sentences.map((s) => [s.text, s.start_offset, s.end_offset])).toEqual([
      ['Gas 🔥 prices rose.', 0, 19],
      ['Déclarations suivirent.', 20, 43],
      ['تصريحات رسمية.', 44, 58],
      ['👨‍👩‍👧 Families left.', 59, 82],
    ]);
    for (const s of sentences) expect(text.slice(s.start_offset, s.end_offset)).toBe(s.text);
  });

  it('indexes the sentences for search as it imports them', () => {
    const nb = notebook();
    insertDocument(nb.ctx, { title: 'Article', text: ARTICLE, sourceName: null });
    const hits = nb.db.prepare("SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH 'ankara'").all();
    expect(hits).toEqual([{ rowid: 3 }]);
  });

  it('stores a text of many batches with exactly the sentences, offsets and paragraphs of whole-text segmentation, each indexed once', () => {
    const nb = notebook();
    // 1,201 sentences: more than one batch, and a last statement of fewer rows than the rest.
    const paragraphs = Array.from({ length: 400 }, (_, p) => `Report ${p} from Latakia. Officials in Ankara disagreed on Jan. 5 at 10 a.m. Why deny it?`);
    const text = `${paragraphs.join('\n')}\nThe end.`;
    const id = insertDocument(nb.ctx, { title: 'Wire', text, sourceName: null });
    const stored = nb.rows().sentences;
    expect(stored.map((s) => ({ text: s.text, start: s.start_offset, end: s.end_offset, paragraph: s.paragraph }))).toEqual(segmentText(text));
    expect(stored.map((s) => s.ordinal)).toEqual(stored.map((_, i) => i + 1));
    expect(new Set(stored.map((s) => s.document_id))).toEqual(new Set([id]));
    // Consecutive ids, as the running counts rely on.
    expect(stored.at(-1)!.id - stored[0]!.id).toBe(stored.length - 1);
    const indexed = nb.db.prepare("SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH 'latakia' ORDER BY rowid").pluck().all();
    expect(indexed).toEqual(stored.filter((s) => s.text.includes('Latakia')).map((s) => s.id));
    expect((nb.db.prepare("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'end'").pluck().get())).toBe(1);
    expect(nb.rows().documents[0]!.original_text).toBe(text);
  });

  it('leaves nothing of a document that fails part way once its transaction rolls back', () => {
    const nb = notebook();
    insertDocument(nb.ctx, { title: 'Before', text: ARTICLE, sourceName: null });
    const before = nb.rows();
    const pages = nb.db.pragma('page_count', { simple: true }) as number;
    // Room for the text and a few hundred of its sentences, not for all of them.
    nb.db.pragma(`max_page_count = ${pages + 120}`);
    const large = Array.from({ length: 4000 }, (_, i) => `Russia denied report number ${i} about the strikes near Latakia.`).join(' ');
    const written = () => nb.db.prepare('SELECT total_changes()').pluck().get() as number;
    const writtenBefore = written();
    expect(() => nb.write(() => insertDocument(nb.ctx, { title: 'Large', text: large, sourceName: null }))).toThrow(/full/);
    expect(written() - writtenBefore).toBeGreaterThan(1000);
    expect(nb.rows()).toEqual(before);
    expect(nb.db.prepare("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'russia'").pluck().get()).toBe(0);
  });

  it('summarises a document just inserted as the full count does, from its last sentence', () => {
    const nb = notebook();
    const id = insertDocument(nb.ctx, { title: 'Article', text: `${ARTICLE}\n\nA third paragraph.`, sourceName: 'a.txt' });
    expect(insertedSummary(nb.ctx, id)).toEqual(documentSummary(nb.ctx, id));
    expect(insertedSummary(nb.ctx, id)).toMatchObject({ sentenceCount: 5, paragraphCount: 3, taggedCount: 0, noteCount: 0 });
  });

  it('leaves indexing to the caller when asked, who indexes the sentences written after a mark in one go', () => {
    const nb = notebook();
    insertDocument(nb.ctx, { title: 'Indexed', text: 'Ankara warned.', sourceName: null });
    const mark = lastSentenceId(nb.ctx);
    insertDocument(nb.ctx, { title: 'One', text: ARTICLE, sourceName: null }, { index: false });
    insertDocument(nb.ctx, { title: 'Two', text: ARTICLE, sourceName: null }, { index: false });
    const matching = () => nb.db.prepare("SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH 'ankara' ORDER BY rowid").pluck().all();
    expect(matching()).toEqual([1]);
    indexSentencesAfter(nb.ctx, mark);
    expect(matching()).toEqual([1, 4, 8]);
    expect(lastSentenceId(nb.ctx)).toBe(9);
  });

  it('refuses a blank title and writes nothing', () => {
    const nb = notebook();
    const error = caught(() => insertDocument(nb.ctx, { title: ' \t\n', text: ARTICLE, sourceName: null }));
    expect(error).toMatchObject({ code: 'invalid-input', message: 'A document needs a title.' });
    expect(nb.rows()).toMatchObject({ documents: [], sentences: [] });
  });

  it('refuses a text with no sentences, naming the document, and writes nothing', () => {
    const nb = notebook();
    const error = caught(() => insertDocument(nb.ctx, { title: ' Empty ', text: ' \n\n\t ', sourceName: null }));
    expect(error).toMatchObject({ code: 'file-empty', message: '"Empty" has no text to read.' });
    expect(nb.rows()).toMatchObject({ documents: [], sentences: [] });
  });

  it('summarises each document: sentences, paragraphs, tagged sentences once each, and notes', () => {
    const nb = notebook();
    const theme = (name: string) => addTheme(nb.ctx, nb.history, { name }).id;
    const missile = theme('Missile claims');
    const trade = theme('Turkey trade threats');
    const id = nb.importDocument({ title: 'Article', text: ARTICLE, sourceName: null });
    const [first, second] = nb.sentenceIds(id);
    // One sentence under two themes is one tagged sentence.
    changeTags(nb.ctx, nb.history, [first!, second!], missile, 'add');
    changeTags(nb.ctx, nb.history, [first!], trade, 'add');
    setNote(nb.ctx, nb.history, second!, 'Which officials?');
    expect(documentSummary(nb.ctx, id)).toEqual({
      id,
      title: 'Article',
      outlet: null,
      author: null,
      publishedOn: null,
      url: null,
      language: null,
      attributes: [],
      sourceName: null,
      importedAt: nb.rows().documents[0]!.imported_at,
      sentenceCount: 4,
      paragraphCount: 2,
      taggedCount: 2,
      noteCount: 1,
      codedBy: [],
    });
  });

  it('lists documents in import order and leaves out removed ones', () => {
    const nb = notebook();
    const first = nb.importDocument({ title: 'First', text: 'One.', sourceName: null });
    const second = nb.importDocument({ title: 'Second', text: 'Two.', sourceName: null });
    const third = nb.importDocument({ title: 'Third', text: 'Three.', sourceName: null });
    nb.removeDocument(second);
    expect(listDocuments(nb.ctx).map((d) => [d.id, d.title])).toEqual([[first, 'First'], [third, 'Third']]);
  });

  it('refuses a removed or unknown document by its id', () => {
    const nb = notebook();
    const id = nb.importDocument({ title: 'Article', text: ARTICLE, sourceName: null });
    // The check never reads the document's text, which can be tens of megabytes.
    expect(requireVisibleDocument(nb.ctx, id)).toEqual({ id, title: 'Article', source_name: null, imported_at: expect.any(String), removed_at: null });
    nb.removeDocument(id);
    for (const missing of [id, 99]) {
      const message = `There is no document ${missing} in this notebook.`;
      expect(caught(() => requireVisibleDocument(nb.ctx, missing))).toMatchObject({ code: 'not-found', message });
      expect(caught(() => documentSummary(nb.ctx, missing))).toMatchObject({ code: 'not-found', message });
    }
  });

  it('keeps a removed document\'s rows, so removing it can be undone', () => {
    const nb = notebook();
    const id = nb.importDocument({ title: 'Article', text: ARTICLE, sourceName: null });
    nb.removeDocument(id);
    expect(nb.rows().documents[0]!.removed_at).toMatch(/^2026-01-05T/);
    expect(nb.rows().sentences).toHaveLength(4);
    nb.write(() => nb.history.undo());
    expect(listDocuments(nb.ctx).map((d) => d.id)).toEqual([id]);
  });
});
