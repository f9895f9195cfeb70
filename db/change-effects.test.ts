import { describe, expect, it } from 'vitest';
import { MOST_SENTENCES_RETURNED } from './change-effects';
import { useTemporaryNotebook } from './test-support/temporary-notebook';

describe('what a change answers with', () => {
  const open = useTemporaryNotebook();

  function study() {
    const notebook = open();
    const theme = notebook.addTheme({ name: 'Missile claims' });
    const document = notebook.importDocument({ title: 'Report', text: 'Moscow denied it. Washington insisted. Ankara warned.', sourceName: null });
    return { notebook, theme, document, ids: [1, 2, 3].map((n) => notebook.sentenceId(document.id, n)) };
  }

  it('a tag toggle carries the touched sentences, the theme and document counts and the undo label, as the notebook holds them', () => {
    const { notebook, theme, document, ids } = study();
    const toggled = notebook.toggleTags([ids[0]!, ids[2]!], theme.id);
    expect(toggled.applied).toBe(true);
    expect(toggled.sentences?.map((s) => [s.number, s.themeIds])).toEqual([[1, [theme.id]], [3, [theme.id]]]);
    expect(toggled.themeCounts).toEqual([{ themeId: theme.id, count: notebook.listThemes()[0]!.tagCount }]);
    expect(toggled.documentCounts).toEqual([{ documentId: document.id, taggedCount: 2, noteCount: 0 }]);
    expect(toggled.history).toEqual(notebook.historyState());

    const untoggled = notebook.toggleTags([ids[0]!, ids[2]!], theme.id);
    expect(untoggled.applied).toBe(false);
    expect(untoggled.themeCounts).toEqual([{ themeId: theme.id, count: 0 }]);
    expect(untoggled.documentCounts[0]!.taggedCount).toBe(0);
  });

  it('a note carries its sentence and the document note count', () => {
    const { notebook, document, ids } = study();
    const saved = notebook.setNote(ids[1]!, 'Washington insists.');
    expect(saved.sentences?.[0]?.note?.body).toBe('Washington insists.');
    expect(saved.documentCounts).toEqual([{ documentId: document.id, taggedCount: 0, noteCount: 1 }]);
    expect(saved.themeCounts).toEqual([]);
    expect(notebook.setNote(ids[1]!, '').documentCounts[0]!.noteCount).toBe(0);
  });

  it('leaves out the sentences of a change too large to send, keeping the counts', () => {
    const notebook = open();
    const theme = notebook.addTheme({ name: 'Missile claims' });
    const text = Array.from({ length: MOST_SENTENCES_RETURNED + 5 }, (_, i) => `Sentence number ${i + 1} is here.`).join(' ');
    const document = notebook.importDocument({ title: 'Long', text, sourceName: null });
    const ids = notebook.sentenceIds(document.id, 1, document.sentenceCount);
    const toggled = notebook.toggleTags(ids, theme.id);
    expect(toggled.sentences).toBeNull();
    expect(toggled.documentCounts).toEqual([{ documentId: document.id, taggedCount: ids.length, noteCount: 0 }]);
    expect(toggled.themeCounts).toEqual([{ themeId: theme.id, count: ids.length }]);
  });
});
