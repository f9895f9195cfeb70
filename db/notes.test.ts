import { describe, expect, it } from 'vitest';
import { STORED_GUID as GUID } from './guid';
import { NOTE_MAX_LENGTH, setNote } from './notes';
import { caught } from './test-support/caught';
import { historyCount, useMemoryNotebook } from './test-support/memory-notebook';

const ARTICLE = 'Moscow denied it. Officials disagreed.\nAnkara warned about gas. Talks were planned.\n';

describe('setNote', () => {
  const notebook = useMemoryNotebook();

  function withArticle() {
    const nb = notebook();
    const doc = nb.importDocument({ title: 'Article', text: ARTICLE, sourceName: null });
    return { nb, ctx: nb.ctx, history: nb.history, doc, ids: nb.sentenceIds(doc) };
  }

  it('keeps the body exactly as written: space, line breaks, markdown, accents and emoji', () => {
    const { nb, ctx, history, ids } = withArticle();
    const body = '  Denial, *not* evidence.\n\n- See §2 — «déni» 🔥 تصريح\t';
    const at = new Date(nb.clock.peek()).toISOString();
    setNote(ctx, history, ids[1]!, body);
    expect(nb.rows().notes).toEqual([{ sentence_id: ids[1], coder: 'ana', body, created_at: at, updated_at: at, guid: expect.stringMatching(GUID) }]);
    expect(history.state().undoLabel).toBe('Edit the note on sentence 2 of ‘Article’');
  });

  it('keeps when a note was written and moves when it was last changed', () => {
    const { nb, ctx, history, ids } = withArticle();
    setNote(ctx, history, ids[0]!, 'first');
    const [written] = nb.rows().notes;
    nb.clock.advance(3_600_000);
    setNote(ctx, history, ids[0]!, 'second');
    const [changed] = nb.rows().notes;
    expect(changed!.created_at).toBe(written!.created_at);
    expect(changed!.guid).toBe(written!.guid);
    expect(Date.parse(changed!.updated_at) - Date.parse(written!.updated_at)).toBeGreaterThanOrEqual(3_600_000);
  });

  it('removes the note when the body is blank', () => {
    const { nb, ctx, history, ids } = withArticle();
    setNote(ctx, history, ids[1]!, 'keep?');
    nb.clock.advance(120_000);
    setNote(ctx, history, ids[1]!, ' \n\t ');
    expect(nb.rows().notes).toEqual([]);
    expect(history.state().undoLabel).toBe('Remove the note on sentence 2 of ‘Article’');
  });

  it('records nothing for a blank body where there is no note, or the body the note already has', () => {
    const { nb, ctx, history, ids } = withArticle();
    setNote(ctx, history, ids[0]!, 'same');
    const before = { rows: nb.rows(), entries: historyCount(nb.db) };
    nb.clock.advance(120_000);
    setNote(ctx, history, ids[1]!, '   ');
    setNote(ctx, history, ids[0]!, 'same');
    expect({ rows: nb.rows(), entries: historyCount(nb.db) }).toEqual(before);
  });

  it('takes a note of the longest length allowed', () => {
    const { nb, ctx, history, ids } = withArticle();
    setNote(ctx, history, ids[0]!, 'x'.repeat(NOTE_MAX_LENGTH));
    expect(nb.rows().notes[0]!.body).toHaveLength(200_000);
  });

  it('refuses a longer note, and one on an unknown sentence or a removed document\'s, writing nothing', () => {
    const { nb, ctx, history, doc, ids } = withArticle();
    setNote(ctx, history, ids[0]!, 'kept');
    const refusals: [number, string, string, string][] = [
      [ids[0]!, 'x'.repeat(NOTE_MAX_LENGTH + 1), 'invalid-input', 'A note is at most 200,000 characters.'],
      [999, 'note', 'not-found', 'There is no sentence 999 in this notebook.'],
    ];
    nb.removeDocument(doc);
    refusals.push([ids[0]!, 'changed', 'not-found', `There is no sentence ${ids[0]} in this notebook.`]);
    // Clearing is a change too, and refused alike.
    refusals.push([ids[0]!, '', 'not-found', `There is no sentence ${ids[0]} in this notebook.`]);
    const before = { rows: nb.rows(), entries: historyCount(nb.db) };
    for (const [sentenceId, body, code, message] of refusals) {
      expect(caught(() => setNote(ctx, history, sentenceId, body))).toMatchObject({ code, message });
    }
    expect({ rows: nb.rows(), entries: historyCount(nb.db) }).toEqual(before);
  });

  it('keeps the note search index in step with the notes', () => {
    const { nb, ctx, history, ids } = withArticle();
    const found = (word: string) => nb.db.prepare('SELECT rowid FROM notes_fts WHERE notes_fts MATCH ?').all(word);
    setNote(ctx, history, ids[0]!, 'pilot safety');
    expect(found('pilot')).toEqual([{ rowid: ids[0] }]);
    nb.clock.advance(120_000);
    setNote(ctx, history, ids[0]!, 'deconfliction');
    expect(found('pilot')).toEqual([]);
    expect(found('deconfliction')).toEqual([{ rowid: ids[0] }]);
    nb.clock.advance(120_000);
    setNote(ctx, history, ids[0]!, '');
    expect(found('deconfliction')).toEqual([]);
  });
});
