import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { messages } from '../lib/messages';
import { READ_ONLY_MESSAGE } from '../state/read-only';
import { installFakeNotebook, removeFakeNotebook, settle, type FakeNotebook } from '../testing/fake-notebook';
import { runKeyCommand, runMenuCommand } from './commands';
import { Workspace } from './workspace';

describe('the workspace', () => {
  let notebook: FakeNotebook;

  beforeEach(() => {
    notebook = installFakeNotebook();
  });

  afterEach(removeFakeNotebook);

  it('opens the first document on start, with its first sentence selected', async () => {
    const workspace = new Workspace();
    await workspace.start();
    const state = workspace.state.get();
    expect(state.documentId).toBe(1);
    expect(state.selection).toEqual({ anchor: 1, focus: 1 });
    expect(state.sentences?.get(3)?.text).toBe('Sentence 3.');
  });

  it('tags with a theme key, through the command table', async () => {
    const workspace = new Workspace();
    await workspace.start();
    expect(runKeyCommand(workspace, { type: 'selection:move', by: 1, extend: false })).toBe(true);
    expect(runKeyCommand(workspace, { type: 'theme:toggle-slot', slot: 1 })).toBe(true);
    await settle();
    expect(workspace.state.get().sentences?.get(2)?.themeIds).toEqual([1]);
    notebook.answerToggle();
    await settle();
    expect(workspace.state.get().saveState).toBe('saved');
  });

  it('refreshes what is on screen after an undo', async () => {
    const workspace = new Workspace();
    await workspace.start();
    const toggled = workspace.tags.toggleSlot(1);
    await settle();
    notebook.answerToggle();
    await toggled;
    await workspace.history.undo();
    expect(workspace.state.get().sentences?.get(1)?.themeIds).toEqual([]);
    expect(workspace.state.get().history.canUndo).toBe(false);
    expect(messages.get().list.map((m) => m.text)).toContain('Undone: Tag sentence 2 as Missile claims.');
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

  it('gives the selected sentence the focus back when a dialog closes', async () => {
    const workspace = new Workspace();
    await workspace.start();
    runKeyCommand(workspace, { type: 'selection:move', by: 1, extend: false });
    runKeyCommand(workspace, { type: 'export:open' });
    const before = workspace.state.get().reveal?.token;
    workspace.navigation.closeDialog();
    expect(workspace.state.get().dialog).toBeNull();
    expect(workspace.state.get().reveal).toMatchObject({ number: 2, focus: true });
    expect(workspace.state.get().reveal?.token).not.toBe(before);
  });
});

describe('the workspace on a read-only notebook', () => {
  let notebook: FakeNotebook;

  beforeEach(() => {
    notebook = installFakeNotebook({ readOnly: true });
  });

  afterEach(removeFakeNotebook);

  it('takes a theme key, tags nothing, sends nothing, and says why', async () => {
    const workspace = new Workspace();
    await workspace.start();
    expect(runKeyCommand(workspace, { type: 'theme:toggle-slot', slot: 1 })).toBe(true);
    await settle();
    expect(workspace.state.get().sentences?.get(1)?.themeIds).toEqual([]);
    expect(workspace.state.get().themes[0]?.tagCount).toBe(0);
    expect(notebook.changes()).toEqual([]);
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
    runMenuCommand(workspace, 'document:import-folder');
    await workspace.documents.importText('Pasted', 'One sentence.', null);
    for (const kind of ['palette', 'paste'] as const) workspace.navigation.openDialog({ kind });
    workspace.navigation.openDialog({ kind: 'delete-document', documentId: 1 });
    await settle();
    expect(workspace.state.get().dialog).toBeNull();
    expect(notebook.changes()).toEqual([]);
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
