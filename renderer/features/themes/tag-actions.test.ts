import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { messages } from '../../lib/messages';
import { NotebookSession } from '../../state/notebook-session';
import { READ_ONLY_MESSAGE } from '../../state/read-only';
import { installFakeNotebook, removeFakeNotebook, settle, type FakeNotebook } from '../../testing/fake-notebook';
import { FilterActions } from '../filter/filter-actions';
import { NoteActions } from '../notes/note-actions';
import { ReaderActions } from '../reader/reader-actions';
import { SelectionActions } from '../reader/selection-actions';
import { ScopeActions } from '../scope/scope-actions';
import { TagActions } from './tag-actions';

/** Tagging with only what it needs: a session, a selection, and a document open in the reader. */
async function openDocument() {
  const session = new NotebookSession({ afterCounts: async () => {}, everything: async () => {} });
  const selection = new SelectionActions(session);
  const notes = new NoteActions(session, selection);
  const reader = new ReaderActions(session, selection, notes, new FilterActions(session, selection));
  const tags = new TagActions(session, selection, new ScopeActions(session, async () => {}));
  await session.load();
  await reader.openDocument(1);
  return { state: session.state, selection, tags };
}

describe('tagging', () => {
  let notebook: FakeNotebook;

  beforeEach(() => {
    notebook = installFakeNotebook();
  });

  afterEach(removeFakeNotebook);

  it('shows a tag at once, before the notebook answers, and keeps it when it agrees', async () => {
    const { state, selection, tags } = await openDocument();
    selection.move(1, false);
    const toggled = tags.toggleSlot(1);
    await settle();
    const store = state.get().sentences!;
    expect(store.get(2)?.themeIds).toEqual([1]);
    expect(state.get().themes[0]?.tagCount).toBe(1);
    expect(state.get().documents[0]?.taggedCount).toBe(1);
    expect(state.get().saveState).toBe('saving');
    notebook.answerToggle();
    await toggled;
    expect(store.get(2)?.themeIds).toEqual([1]);
    expect(state.get().saveState).toBe('saved');
  });

  it('takes the tag back, and says why, when the notebook refuses', async () => {
    const { state, tags } = await openDocument();
    notebook.refuse();
    const toggled = tags.toggleSlot(2);
    await settle();
    expect(state.get().sentences?.get(1)?.themeIds).toEqual([2]);
    notebook.answerToggle();
    await toggled;
    expect(state.get().sentences?.get(1)?.themeIds).toEqual([]);
    expect(state.get().saveState).toBe('failed');
    expect(messages.get().list.map((m) => m.text)).toContain('The notebook is busy; try again.');
  });

  it('tags every sentence of a Shift-extended selection in one call', async () => {
    const { state, selection, tags } = await openDocument();
    selection.move(1, true);
    selection.move(1, true);
    const toggled = tags.toggle(1);
    await settle();
    notebook.answerToggle();
    await toggled;
    expect([1, 2, 3].map((n) => state.get().sentences?.get(n)?.themeIds)).toEqual([[1], [1], [1]]);
    expect(notebook.calls.filter((c) => c === 'tags:toggle')).toHaveLength(1);
  });

  it('costs one call to the notebook per key press: counts and labels come with its answer', async () => {
    const { state, selection, tags } = await openDocument();
    selection.move(1, true);
    const callsBefore = notebook.calls.length;
    const toggled = tags.toggle(1);
    await settle();
    notebook.answerToggle();
    await toggled;
    // Longer than the wait after a burst of key presses, when a refresh would have been sent.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(notebook.calls.slice(callsBefore)).toEqual(['tags:toggle']);
    expect(state.get().themes.find((t) => t.id === 1)?.tagCount).toBe(2);
    expect(state.get().documents[0]?.taggedCount).toBe(2);
    expect(state.get().history.undoLabel).not.toBeNull();
  });

  it('tells the researcher when a key has no theme', async () => {
    const { tags } = await openDocument();
    await tags.toggleSlot(7);
    expect(messages.get().list.at(-1)?.text).toMatch(/No theme has key 7/);
    expect(notebook.calls).not.toContain('tags:toggle');
  });
});

describe('tagging a read-only notebook', () => {
  let notebook: FakeNotebook;

  beforeEach(() => {
    notebook = installFakeNotebook({ readOnly: true });
  });

  afterEach(removeFakeNotebook);

  it('tags nothing, sends nothing, and says why', async () => {
    const { state, tags } = await openDocument();
    await tags.toggle(1);
    expect(state.get().sentences?.get(1)?.themeIds).toEqual([]);
    expect(notebook.changes()).toEqual([]);
    expect(messages.get().list.map((m) => m.text)).toEqual([READ_ONLY_MESSAGE]);
  });
});

describe('tagging in another coder’s view', () => {
  let notebook: FakeNotebook;

  beforeEach(() => {
    notebook = installFakeNotebook();
  });

  afterEach(removeFakeNotebook);

  it('takes the key, tags nothing, sends nothing, and says whose tags are shown', async () => {
    const { state, selection, tags } = await openDocument();
    state.set({ coders: { current: 'ana', view: { kind: 'coder', coder: 'Ben' }, coders: [{ name: 'ana', tags: 0, notes: 0, codedDocuments: 0 }, { name: 'Ben', tags: 1, notes: 0, codedDocuments: 0 }] } });
    selection.move(1, false);
    messages.set({ list: [] });
    await tags.toggleSlot(1);
    expect(state.get().sentences?.get(2)?.themeIds).toEqual([]);
    expect(notebook.changes()).toEqual([]);
    expect(messages.get().list.map((m) => m.text)).toEqual(['You are viewing Ben’s tags; switch to My tags or Everyone’s to code.']);
  });
});
