import { describe, expect, it } from 'vitest';
import { caught } from './test-support/caught';
import { useTemporaryNotebook } from './test-support/temporary-notebook';

describe('memos', () => {
  const open = useTemporaryNotebook();

  function study() {
    const nb = open();
    const missiles = nb.addTheme({ name: 'Missile claims' });
    const talks = nb.addTheme({ name: 'Deconfliction talks' });
    const doc = nb.importDocument({ title: 'Syria report', text: 'Moscow denied the strike. Talks were planned.', sourceName: null });
    return { nb, missiles: missiles.id, talks: talks.id, doc: doc.id };
  }

  it('keeps one memo for the notebook, one per document and one per theme, each undoable and named in the history', () => {
    const { nb, missiles, doc } = study();
    expect(nb.memo({ kind: 'notebook' })).toBeNull();
    nb.setMemo({ kind: 'notebook' }, 'How the strike was framed.');
    expect(nb.historyState().undoLabel).toBe('Edit the notebook memo');
    nb.setMemo({ kind: 'document', documentId: doc }, 'A wire report; check the date.');
    expect(nb.historyState().undoLabel).toBe('Edit the memo on ‘Syria report’');
    nb.setMemo({ kind: 'theme', themeId: missiles }, 'Numbers of missiles, fired or hit.');
    expect(nb.historyState().undoLabel).toBe('Edit the memo on theme Missile claims');
    expect(nb.memo({ kind: 'document', documentId: doc })).toMatchObject({ subject: { kind: 'document', documentId: doc }, body: 'A wire report; check the date.' });
    expect(nb.listMemos().map((m) => m.subject.kind)).toEqual(['notebook', 'document', 'theme']);
    nb.undo();
    expect(nb.memo({ kind: 'theme', themeId: missiles })).toBeNull();
    nb.setMemo({ kind: 'notebook' }, '  ');
    expect(nb.historyState().undoLabel).toBe('Remove the notebook memo');
    expect(nb.memo({ kind: 'notebook' })).toBeNull();
    nb.undo();
    expect(nb.memo({ kind: 'notebook' })?.body).toBe('How the strike was framed.');
  });

  it('undoes saves made while typing one memo as one step', () => {
    const { nb, doc } = study();
    for (const body of ['A', 'A wire', 'A wire report.']) nb.setMemo({ kind: 'document', documentId: doc }, body);
    nb.undo();
    expect(nb.memo({ kind: 'document', documentId: doc })).toBeNull();
    nb.redo();
    expect(nb.memo({ kind: 'document', documentId: doc })?.body).toBe('A wire report.');
  });

  it('finds memos by their words, saying what each is about, and not those of removed documents', () => {
    const { nb, missiles, doc } = study();
    nb.setMemo({ kind: 'notebook' }, 'Compare the framing of the strike.');
    nb.setMemo({ kind: 'document', documentId: doc }, 'Framing by the ministry.');
    nb.setMemo({ kind: 'theme', themeId: missiles }, 'Numbers only.');
    expect(nb.searchMemos('framing').map((hit) => [hit.label, hit.highlights])).toEqual([
      ['Notebook memo', [[12, 19]]],
      ['Memo on Syria report', [[0, 7]]],
    ]);
    expect(nb.searchMemos('numb')).toMatchObject([{ label: 'Memo on theme Missile claims', subject: { kind: 'theme', themeId: missiles } }]);
    nb.deleteDocument(doc);
    expect(nb.searchMemos('framing').map((hit) => hit.label)).toEqual(['Notebook memo']);
  });

  it('takes a theme\'s memo with the theme when it is deleted, and brings it back on undo', () => {
    const { nb, talks } = study();
    nb.setMemo({ kind: 'theme', themeId: talks }, 'The hotline.');
    nb.deleteTheme(talks);
    expect(nb.listMemos()).toEqual([]);
    nb.undo();
    expect(nb.memo({ kind: 'theme', themeId: talks })?.body).toBe('The hotline.');
    expect(nb.searchMemos('hotline')).toHaveLength(1);
  });

  it('refuses a memo on something not in the notebook, or too long, and changes nothing', () => {
    const { nb } = study();
    const history = nb.historyState();
    expect(caught(() => nb.setMemo({ kind: 'document', documentId: 9 }, 'x'))).toMatchObject({ code: 'not-found', message: 'There is no document 9 in this notebook.' });
    expect(caught(() => nb.setMemo({ kind: 'theme', themeId: 9 }, 'x'))).toMatchObject({ code: 'not-found', message: 'There is no theme 9 in this codebook.' });
    expect(caught(() => nb.setMemo({ kind: 'notebook' }, 'x'.repeat(200_001)))).toMatchObject({ code: 'invalid-input', message: 'A memo is at most 200,000 characters.' });
    expect(nb.historyState()).toEqual(history);
    expect(nb.listMemos()).toEqual([]);
  });
});
