import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentSummary, HistoryState, Sentence, Theme } from '../../electron/contract';
import { messages } from '../lib/messages';
import { runKeyCommand, runMenuCommand } from './commands';
import { READ_ONLY_MESSAGE } from '../state/read-only';
import { Workspace } from './workspace';

const history: HistoryState = { canUndo: true, canRedo: false, undoLabel: 'Tag sentence 2 as Missile claims', redoLabel: null };

function theme(id: number, name: string, key: number): Theme {
  return { id, name, colour: '#D55E00', description: '', key, order: id - 1, parentId: null, tagCount: 0 };
}

/** A notebook with one three-sentence document, answering as the real one does. */
function fakeNotebook({ readOnly = false } = {}) {
  const sentences: Sentence[] = [1, 2, 3].map((number) => ({
    id: 10 + number,
    documentId: 1,
    number,
    paragraph: 0,
    text: `Sentence ${number}.`,
    start: 0,
    end: 0,
    themeIds: [],
    note: null,
  }));
  const document: DocumentSummary = {
    id: 1,
    title: 'Syria report',
    sourceName: null,
    importedAt: '2026-11-25T10:00:00.000Z',
    sentenceCount: 3,
    paragraphCount: 1,
    taggedCount: 0,
    noteCount: 0,
  };
  const calls: string[] = [];
  let current = history;
  let refuseTags = false;
  let releaseToggle: (() => void) | null = null;
  const ok = <T>(value: T) => Promise.resolve({ ok: true as const, value });
  const api = {
    'notebook:info': () => ok({ path: '/tmp/n.themata', name: 'n', coder: 'ana', documentCount: 1, schemaVersion: 1, readOnly }),
    'documents:list': () => ok([document]),
    'themes:list': () => ok([theme(1, 'Missile claims', 1), theme(2, 'Deconfliction talks', 2)]),
    'history:state': () => ok(current),
    'sentences:page': ({ offset, limit }: { offset: number; limit: number }) =>
      ok({ documentId: 1, total: 3, offset, sentences: sentences.slice(offset, offset + limit).map((s) => ({ ...s })) }),
    'tags:toggle': ({ sentenceIds, themeId }: { sentenceIds: number[]; themeId: number }) =>
      new Promise((resolve) => {
        releaseToggle = () => {
          if (refuseTags) {
            resolve({ ok: false, error: { code: 'notebook-busy', message: 'The notebook is busy; try again.' } });
            return;
          }
          for (const s of sentences) if (sentenceIds.includes(s.id)) s.themeIds = [...s.themeIds, themeId];
          resolve({ ok: true, value: { applied: true, history } });
        };
      }),
    'history:undo': () => {
      for (const s of sentences) s.themeIds = [];
      current = { ...history, canUndo: false, undoLabel: null };
      return ok(current);
    },
    stats: () => ok({ sentenceCount: 3, taggedSentenceCount: 0, tagCount: 0, noteCount: 0, themes: [], documents: [], cooccurrence: [] }),
    on: () => () => {},
  };
  const themata = new Proxy(api, {
    get(target, key: string) {
      calls.push(key);
      return (target as Record<string, unknown>)[key];
    },
  });
  return {
    themata,
    calls,
    sentences,
    refuse: () => (refuseTags = true),
    answerToggle: () => releaseToggle?.(),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the workspace', () => {
  let notebook: ReturnType<typeof fakeNotebook>;

  beforeEach(() => {
    notebook = fakeNotebook();
    (globalThis as { window?: unknown }).window = { themata: notebook.themata };
  });

  afterEach(() => {
    delete (globalThis as { window?: unknown }).window;
    messages.set({ list: [] });
  });

  it('opens the first document on start, with its first sentence selected', async () => {
    const workspace = new Workspace();
    await workspace.start();
    const state = workspace.state.get();
    expect(state.documentId).toBe(1);
    expect(state.selection).toEqual({ anchor: 1, focus: 1 });
    expect(state.sentences?.get(3)?.text).toBe('Sentence 3.');
  });

  it('shows a tag at once, before the notebook answers, and keeps it when it agrees', async () => {
    const workspace = new Workspace();
    await workspace.start();
    workspace.moveSelection(1, false);
    const toggled = workspace.toggleThemeSlot(1);
    await settle();
    const store = workspace.state.get().sentences!;
    expect(store.get(2)?.themeIds).toEqual([1]);
    expect(workspace.state.get().themes[0]?.tagCount).toBe(1);
    expect(workspace.state.get().saveState).toBe('saving');
    notebook.answerToggle();
    await toggled;
    expect(store.get(2)?.themeIds).toEqual([1]);
    expect(workspace.state.get().saveState).toBe('saved');
  });

  it('takes the tag back, and says why, when the notebook refuses', async () => {
    const workspace = new Workspace();
    await workspace.start();
    notebook.refuse();
    const toggled = workspace.toggleThemeSlot(2);
    await settle();
    expect(workspace.state.get().sentences?.get(1)?.themeIds).toEqual([2]);
    notebook.answerToggle();
    await toggled;
    expect(workspace.state.get().sentences?.get(1)?.themeIds).toEqual([]);
    expect(messages.get().list.map((m) => m.text)).toContain('The notebook is busy; try again.');
  });

  it('tags every sentence of a Shift-extended selection in one call', async () => {
    const workspace = new Workspace();
    await workspace.start();
    workspace.moveSelection(1, true);
    workspace.moveSelection(1, true);
    const toggled = workspace.toggleTheme(1);
    await settle();
    notebook.answerToggle();
    await toggled;
    expect([1, 2, 3].map((n) => workspace.state.get().sentences?.get(n)?.themeIds)).toEqual([[1], [1], [1]]);
    expect(notebook.calls.filter((c) => c === 'tags:toggle')).toHaveLength(1);
  });

  it('refreshes what is on screen after an undo', async () => {
    const workspace = new Workspace();
    await workspace.start();
    const toggled = workspace.toggleThemeSlot(1);
    await settle();
    notebook.answerToggle();
    await toggled;
    await workspace.undo();
    expect(workspace.state.get().sentences?.get(1)?.themeIds).toEqual([]);
    expect(workspace.state.get().history.canUndo).toBe(false);
  });

  it('answers a menu command', async () => {
    const workspace = new Workspace();
    await workspace.start();
    runMenuCommand(workspace, 'view:overview');
    await settle();
    expect(workspace.state.get().view).toBe('overview');
    expect(workspace.state.get().stats?.sentenceCount).toBe(3);
    runMenuCommand(workspace, 'help:keys');
    expect(workspace.state.get().dialog).toEqual({ kind: 'shortcuts' });
  });

  it('tells the researcher when a key has no theme', async () => {
    const workspace = new Workspace();
    await workspace.start();
    await workspace.toggleThemeSlot(7);
    expect(messages.get().list.at(-1)?.text).toMatch(/No theme has key 7/);
    expect(notebook.calls).not.toContain('tags:toggle');
  });
});

describe('the workspace on a read-only notebook', () => {
  let notebook: ReturnType<typeof fakeNotebook>;

  beforeEach(() => {
    notebook = fakeNotebook({ readOnly: true });
    (globalThis as { window?: unknown }).window = { themata: notebook.themata };
  });

  afterEach(() => {
    delete (globalThis as { window?: unknown }).window;
    messages.set({ list: [] });
  });

  const sentCalls = () => notebook.calls.filter((c) => !['notebook:info', 'documents:list', 'themes:list', 'history:state', 'sentences:page', 'on'].includes(c));

  it('takes a theme key, tags nothing, sends nothing, and says why', async () => {
    const workspace = new Workspace();
    await workspace.start();
    expect(runKeyCommand(workspace, { type: 'theme:toggle-slot', slot: 1 })).toBe(true);
    await settle();
    expect(workspace.state.get().sentences?.get(1)?.themeIds).toEqual([]);
    expect(workspace.state.get().themes[0]?.tagCount).toBe(0);
    expect(sentCalls()).toEqual([]);
    expect(messages.get().list.map((m) => m.text)).toEqual([READ_ONLY_MESSAGE]);
  });

  it('opens no note, undoes nothing, imports nothing, and opens no dialog that would change the notebook', async () => {
    const workspace = new Workspace();
    await workspace.start();
    runKeyCommand(workspace, { type: 'note:edit' });
    expect(workspace.state.get().noteEditing).toBeNull();
    runKeyCommand(workspace, { type: 'history:undo' });
    runMenuCommand(workspace, 'edit:redo');
    runMenuCommand(workspace, 'document:import');
    await workspace.documents.importText('Pasted', 'One sentence.', null);
    for (const kind of ['palette', 'paste'] as const) workspace.openDialog({ kind });
    workspace.openDialog({ kind: 'delete-document', documentId: 1 });
    await settle();
    expect(workspace.state.get().dialog).toBeNull();
    expect(sentCalls()).toEqual([]);
  });

  it('still reads: moving, selecting, the overview, search and export', async () => {
    const workspace = new Workspace();
    await workspace.start();
    expect(runKeyCommand(workspace, { type: 'selection:move', by: 1, extend: true })).toBe(true);
    expect(workspace.state.get().selection).toEqual({ anchor: 1, focus: 2 });
    runMenuCommand(workspace, 'view:overview');
    await settle();
    expect(workspace.state.get().stats?.sentenceCount).toBe(3);
    runKeyCommand(workspace, { type: 'export:open' });
    expect(workspace.state.get().dialog).toEqual({ kind: 'export' });
    expect(messages.get().list).toEqual([]);
  });
});
