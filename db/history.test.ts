import { describe, expect, it } from 'vitest';
import { History } from './history';
import { setNote } from './notes';
import type { HistoryRow } from './rows';
import { changeTags } from './tags';
import { addTheme } from './themes';
import { caught } from './test-support/caught';
import { historyCount, testClock, useMemoryNotebook, type MemoryNotebook } from './test-support/memory-notebook';

const ARTICLE = 'Moscow denied it. Officials disagreed.\nAnkara warned about gas. Talks were planned.\n';

function entries(nb: MemoryNotebook): Omit<HistoryRow, 'ops'>[] {
  return nb.db.prepare('SELECT id, at, coder, kind, label, target_id FROM history ORDER BY id').all() as Omit<HistoryRow, 'ops'>[];
}

describe('history', () => {
  const notebook = useMemoryNotebook();

  /** A clock that stands still unless advanced, so a test sets the gaps between note edits exactly. */
  function withArticle(clock = testClock(Date.UTC(2026, 0, 5, 9, 0, 0), 0)) {
    const nb = notebook(clock);
    const missile = addTheme(nb.ctx, nb.history, { name: 'Missile claims' }).id;
    const doc = nb.importDocument({ title: 'Article', text: ARTICLE, sourceName: null });
    const ids = nb.sentenceIds(doc);
    const undo = () => nb.write(() => nb.history.undo());
    const redo = () => nb.write(() => nb.history.redo());
    const note = (sentence: number, body: string) => nb.write(() => setNote(nb.ctx, nb.history, ids[sentence - 1]!, body));
    const notes = () => nb.rows().notes.map((n) => [ids.indexOf(n.sentence_id) + 1, n.body]);
    const tag = (sentence: number) => nb.write(() => changeTags(nb.ctx, nb.history, [ids[sentence - 1]!], missile, 'add'));
    return { nb, history: nb.history, clock, missile, doc, ids, undo, redo, note, notes, tag };
  }

  it('has nothing to undo or redo in a new notebook, and says so', () => {
    const nb = notebook();
    expect(nb.history.state()).toEqual({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null });
    expect(caught(() => nb.history.undo())).toMatchObject({ code: 'nothing-to-undo', message: 'There is nothing to undo.' });
    expect(caught(() => nb.history.redo())).toMatchObject({ code: 'nothing-to-redo', message: 'There is nothing to redo.' });
    expect(historyCount(nb.db)).toBe(0);
  });

  it('records nothing for a change without operations', () => {
    const { nb, history } = withArticle();
    const before = { state: history.state(), entries: historyCount(nb.db) };
    history.record('Nothing at all', []);
    expect({ state: history.state(), entries: historyCount(nb.db) }).toEqual(before);
  });

  it('undoes and redoes a change, appending an entry named for each and pointing at the change', () => {
    const { nb, history, tag, undo, redo } = withArticle(testClock());
    const before = nb.rows();
    tag(1);
    const after = nb.rows();
    expect(undo()).toEqual({ canUndo: true, canRedo: true, undoLabel: 'Import Article', redoLabel: 'Tag sentence 1 of ‘Article’ as Missile claims' });
    expect(nb.rows()).toEqual(before);
    expect(redo()).toMatchObject({ canRedo: false, undoLabel: 'Tag sentence 1 of ‘Article’ as Missile claims' });
    expect(nb.rows()).toEqual(after);
    const trail = entries(nb);
    const tagEntry = trail[2]!.id;
    expect(trail.slice(2).map((e) => [e.kind, e.label, e.target_id, e.coder])).toEqual([
      ['change', 'Tag sentence 1 of ‘Article’ as Missile claims', null, 'ana'],
      ['undo', 'Undo tag sentence 1 of ‘Article’ as Missile claims', tagEntry, 'ana'],
      ['redo', 'Redo tag sentence 1 of ‘Article’ as Missile claims', tagEntry, 'ana'],
    ]);
    expect(new Set(trail.map((e) => e.at)).size).toBe(trail.length);
    expect(history.state().canUndo).toBe(true);
  });

  it('undoes changes newest first and redoes them oldest first', () => {
    const { nb, tag, note, undo, redo } = withArticle(testClock());
    const states = [nb.rows()];
    tag(1);
    states.push(nb.rows());
    note(2, 'Which officials?');
    states.push(nb.rows());
    tag(3);
    states.push(nb.rows());
    for (let i = states.length - 2; i >= 0; i -= 1) {
      undo();
      expect(nb.rows()).toEqual(states[i]);
    }
    for (let i = 1; i < states.length; i += 1) {
      redo();
      expect(nb.rows()).toEqual(states[i]);
    }
  });

  it('forgets what could be redone once a new change is made', () => {
    const { history, tag, undo } = withArticle();
    tag(1);
    undo();
    tag(2);
    expect(history.state()).toMatchObject({ canRedo: false, redoLabel: null });
    expect(caught(() => history.redo()).code).toBe('nothing-to-redo');
  });

  it('hides an imported document on undo and keeps its rows, so redo can show it again', () => {
    const { nb, doc, undo, redo } = withArticle();
    undo();
    expect(nb.rows().documents.map((d) => [d.id, d.removed_at === null])).toEqual([[doc, false]]);
    expect(nb.rows().sentences).toHaveLength(4);
    redo();
    expect(nb.rows().documents[0]!.removed_at).toBeNull();
  });

  describe('typing a note', () => {
    it('folds edits of one note into one step while each comes within a minute of the last', () => {
      const { nb, clock, note, notes, undo, redo } = withArticle();
      const entriesBefore = historyCount(nb.db);
      note(1, 'D');
      clock.advance(60_000);
      note(1, 'Den');
      clock.advance(60_000);
      note(1, 'Denial');
      expect(nb.history.state().undoLabel).toBe('Edit the note on sentence 1 of ‘Article’');
      undo();
      expect(notes()).toEqual([]);
      expect(nb.history.state().undoLabel).toBe('Import Article');
      redo();
      expect(notes()).toEqual([[1, 'Denial']]);
      // Each edit is still in the audit trail: the later ones amend the first.
      const typed = entries(nb).slice(entriesBefore, entriesBefore + 3);
      expect(typed.map((e) => e.target_id)).toEqual([null, typed[0]!.id, typed[1]!.id]);
    });

    it('starts a new step for an edit more than a minute after the last', () => {
      const { clock, note, notes, undo } = withArticle();
      note(1, 'Denial');
      clock.advance(60_001);
      note(1, 'Denial, not evidence');
      undo();
      expect(notes()).toEqual([[1, 'Denial']]);
    });

    it('starts a new step for another sentence\'s note', () => {
      const { note, notes, undo } = withArticle();
      note(1, 'Denial');
      note(2, 'Which officials?');
      undo();
      expect(notes()).toEqual([[1, 'Denial']]);
    });

    it('starts a new step after another change comes between', () => {
      const { note, notes, tag, undo } = withArticle();
      note(1, 'Denial');
      tag(2);
      note(1, 'Denial, not evidence');
      undo();
      expect(notes()).toEqual([[1, 'Denial']]);
    });

    it('never folds an edit into a step that was undone or redone', () => {
      const { note, notes, undo, redo } = withArticle();
      note(1, 'Denial');
      undo();
      note(1, 'Doubt');
      undo();
      expect(notes()).toEqual([]);
      redo();
      note(1, 'Doubt, again');
      undo();
      expect(notes()).toEqual([[1, 'Doubt']]);
    });

    it('takes a note cleared while typing back to the note before the typing', () => {
      const { clock, note, notes, undo } = withArticle();
      note(1, 'Denial');
      clock.advance(120_000);
      note(1, 'Denial, not');
      note(1, '');
      expect(notes()).toEqual([]);
      undo();
      expect(notes()).toEqual([[1, 'Denial']]);
    });
  });

  describe('reopening', () => {
    it('rebuilds both stacks from the stored entries, folded note edits included', () => {
      const { nb, clock, tag, note, notes, undo } = withArticle();
      tag(1);
      note(2, 'W');
      note(2, 'Which officials?');
      clock.advance(120_000);
      tag(3);
      undo();
      const state = nb.history.state();
      const reopened = new History(nb.ctx);
      expect(reopened.state()).toEqual(state);
      nb.write(() => reopened.undo());
      expect(notes()).toEqual([]);
      expect(reopened.state().undoLabel).toBe('Tag sentence 1 of ‘Article’ as Missile claims');
      nb.write(() => reopened.redo());
      nb.write(() => reopened.redo());
      expect(notes()).toEqual([[2, 'Which officials?']]);
      expect(nb.rows().tags.map((t) => t.sentence_id)).toEqual([nb.sentenceIds(1)[0], nb.sentenceIds(1)[2]]);
    });
  });

  describe('a baseline', () => {
    it('closes everything before it to undo, and keeps it in the audit trail', () => {
      const { nb, history, tag, undo } = withArticle();
      tag(1);
      undo();
      const before = nb.rows();
      history.baseline('Create the notebook with the sample study');
      expect(history.state()).toEqual({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null });
      expect(entries(nb).at(-1)).toMatchObject({ kind: 'baseline', label: 'Create the notebook with the sample study' });
      expect(caught(() => history.undo()).code).toBe('nothing-to-undo');
      tag(2);
      undo();
      expect(nb.rows()).toEqual(before);
      expect(new History(nb.ctx).state()).toMatchObject({ canUndo: false, canRedo: true });
    });
  });

  it('keeps the audit trail append-only: an entry cannot be changed or deleted', () => {
    const { nb } = withArticle();
    const trail = entries(nb);
    expect(() => nb.db.prepare("UPDATE history SET label = 'forged'").run()).toThrow('the notebook history is append-only');
    expect(() => nb.db.prepare('DELETE FROM history').run()).toThrow('the notebook history is append-only');
    expect(entries(nb)).toEqual(trail);
  });
});
