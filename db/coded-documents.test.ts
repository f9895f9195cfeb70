import { describe, expect, it } from 'vitest';
import { caught } from './test-support/caught';
import { useTemporaryNotebook } from './test-support/temporary-notebook';

const ARTICLE = 'Moscow denied it. Officials disagreed.\nAnkara warned about gas. Talks were planned.\n';

describe('coders in a notebook', () => {
  const notebook = useTemporaryNotebook({ coder: 'ana' });

  function withArticle() {
    const nb = notebook();
    const missile = nb.addTheme({ name: 'Missile claims' });
    const doc = nb.importDocument({ title: 'Article', text: ARTICLE, sourceName: null });
    return { nb, missile, doc };
  }

  it('marks a document as coded by the coder, as one undoable step, and unmarks it', () => {
    const { nb, doc } = withArticle();
    expect(nb.markDocumentCoded(doc.id, true)).toBe(true);
    expect(nb.historyState().undoLabel).toBe('Mark “Article” as coded by ana');
    expect(nb.markDocumentCoded(doc.id, true)).toBe(false);
    expect(nb.markDocumentCoded(doc.id, true, 'ben')).toBe(true);
    expect(nb.codedDocuments().get(doc.id)).toEqual(['ana', 'ben']);
    nb.undo();
    expect(nb.codedDocuments().get(doc.id)).toEqual(['ana']);
    expect(nb.markDocumentCoded(doc.id, false)).toBe(true);
    expect(nb.codedDocuments().has(doc.id)).toBe(false);
    nb.undo();
    expect(nb.codedDocuments().get(doc.id)).toEqual(['ana']);
  });

  it('shows who marked each document coded in the documents list and in one document’s summary', () => {
    const { nb, doc } = withArticle();
    const other = nb.importDocument({ title: 'Other', text: 'One sentence. Another.', sourceName: null });
    expect(other.codedBy).toEqual([]);
    nb.markDocumentCoded(doc.id, true, 'ben');
    nb.markDocumentCoded(doc.id, true, 'Ana');
    nb.markDocumentCoded(other.id, true, 'ben');
    expect(nb.listDocuments().map((d) => d.codedBy)).toEqual([['Ana', 'ben'], ['ben']]);
    expect(nb.documentSummary(doc.id).codedBy).toEqual(['Ana', 'ben']);
  });

  it('forgets the marks of a removed document until its removal is undone', () => {
    const { nb, doc } = withArticle();
    nb.markDocumentCoded(doc.id, true);
    nb.deleteDocument(doc.id);
    expect(nb.codedDocuments().size).toBe(0);
    nb.undo();
    expect(nb.codedDocuments().get(doc.id)).toEqual(['ana']);
  });

  it('lists every coder with their tags, notes and coded documents', () => {
    const { nb, missile, doc } = withArticle();
    const [first, second] = nb.sentenceIds(doc.id, 1, 2);
    nb.tag([first!, second!], missile.id);
    nb.setNote(first!, 'Ana’s reading');
    nb.setCoder('ben');
    nb.tag([first!], missile.id);
    nb.markDocumentCoded(doc.id, true);
    expect(nb.coders()).toEqual([
      { name: 'ana', tags: 2, notes: 1, codedDocuments: 0 },
      { name: 'ben', tags: 1, notes: 0, codedDocuments: 1 },
    ]);
    // A sentence two coders tagged counts once in the theme's count.
    expect(nb.listThemes()[0]!.tagCount).toBe(2);
  });

  it('refuses a blank coder name, one with control characters, and a view of a coder the notebook does not know, changing nothing', () => {
    const { nb } = withArticle();
    expect(caught(() => nb.setCoder('   '))).toMatchObject({ code: 'invalid-input', message: 'A coder needs a name.' });
    expect(caught(() => nb.setCoder('ana\nben'))).toMatchObject({ code: 'invalid-input' });
    expect(caught(() => nb.setCoder('x'.repeat(61)))).toMatchObject({ code: 'invalid-input' });
    expect(nb.coder).toBe('ana');
    expect(nb.setCoder('  Cleo ').coder).toBe('Cleo');
    expect(caught(() => nb.setTagView({ kind: 'coder', coder: 'nobody' }))).toMatchObject({ code: 'not-found' });
    expect(nb.tagView).toEqual({ kind: 'everyone' });
  });
});
