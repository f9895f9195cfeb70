import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { messages } from '../lib/messages';
import { fakeHistory, installFakeNotebook, removeFakeNotebook, type FakeNotebook } from '../testing/fake-notebook';
import { NotebookSession } from './notebook-session';
import { READ_ONLY_MESSAGE } from './read-only';

type Sent = { ok: true; value: string } | { ok: false; error: { code: string; message: string } };

/** A change the test answers when it likes. */
function pending() {
  let answer: (result: Sent) => void = () => {};
  const promise = new Promise<Sent>((resolve) => (answer = resolve));
  return { send: () => promise, answer };
}

function sessionWithRepaint() {
  const repaint = { afterCounts: vi.fn(async () => {}), everything: vi.fn(async () => {}) };
  return { session: new NotebookSession(repaint), repaint };
}

describe('the notebook session', () => {
  let notebook: FakeNotebook;

  beforeEach(() => {
    notebook = installFakeNotebook();
  });

  afterEach(() => {
    vi.useRealTimers();
    removeFakeNotebook();
  });

  it('loads the notebook, with no document open yet', async () => {
    const { session } = sessionWithRepaint();
    expect(await session.load()).toBe(true);
    const state = session.state.get();
    expect(state.phase).toBe('ready');
    expect(state.documents.map((d) => d.title)).toEqual(['Syria report']);
    expect(state.documentId).toBeNull();
    expect(state.history).toEqual(fakeHistory);
  });

  it('says saving while a change is on its way, failed when the notebook refuses it, saved after the next', async () => {
    const { session } = sessionWithRepaint();
    const first = pending();
    const sent = session.send(first.send);
    expect(session.state.get().saveState).toBe('saving');
    first.answer({ ok: false, error: { code: 'notebook-busy', message: 'The notebook is busy; try again.' } });
    expect(await sent).toBeNull();
    expect(session.state.get().saveState).toBe('failed');
    expect(messages.get().list.map((m) => m.text)).toEqual(['The notebook is busy; try again.']);
    expect(await session.send(async () => ({ ok: true, value: 'done' }))).toBe('done');
    expect(session.state.get().saveState).toBe('saved');
  });

  it('leaves the saved state alone, and shows nothing, when the notebook refuses what was typed', async () => {
    const { session } = sessionWithRepaint();
    const taken = { ok: false as const, error: { code: 'conflict', message: 'The codebook already has a theme named "Gas".' } };
    const refused = await session.attempt(async (): Promise<Sent> => taken);
    expect(refused).toEqual(taken);
    expect(session.state.get().saveState).toBe('saved');
    expect(messages.get().list).toEqual([]);
    // A failure to write is still "Not saved", and a later refusal does not hide it.
    await session.attempt(async (): Promise<Sent> => ({ ok: false, error: { code: 'disk-full', message: 'The disk is full.' } }));
    expect(session.state.get().saveState).toBe('failed');
    await session.attempt(async (): Promise<Sent> => taken);
    expect(session.state.get().saveState).toBe('failed');
  });

  it('neither shows nor counts as failed an error the caller expects', async () => {
    const { session } = sessionWithRepaint();
    const result = await session.send(async (): Promise<Sent> => ({ ok: false, error: { code: 'nothing-to-undo', message: 'Nothing to undo.' } }), ['nothing-to-undo']);
    expect(result).toBeNull();
    expect(session.state.get().saveState).toBe('saved');
    expect(messages.get().list).toEqual([]);
  });

  it('folds the notes waiting to be saved into the saved state', () => {
    const { session } = sessionWithRepaint();
    session.notesSaveStateChanged('pending');
    expect(session.state.get().saveState).toBe('pending');
    session.notesSaveStateChanged('saved');
    expect(session.state.get().saveState).toBe('saved');
  });

  it('applies what a change brought back, and repaints everything when the change may reach any sentence', async () => {
    const { session, repaint } = sessionWithRepaint();
    const history = { ...fakeHistory, canRedo: true, redoLabel: 'Tag sentence 2 as Missile claims' };
    await session.apply({ history, refresh: 'everything' });
    expect(session.state.get().history).toEqual(history);
    expect(repaint.everything).toHaveBeenCalledTimes(1);
  });

  it('reads the counts once for a burst of changes, after the last one', async () => {
    vi.useFakeTimers();
    const { session, repaint } = sessionWithRepaint();
    for (let i = 0; i < 3; i += 1) {
      await session.send(async () => ({ ok: true, value: 'tagged' }));
      await session.apply({ refresh: 'counts-after-burst' });
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(notebook.calls.filter((c) => c === 'themes:list')).toEqual([]);
    await vi.advanceTimersByTimeAsync(250);
    expect(notebook.calls.filter((c) => c === 'themes:list')).toHaveLength(1);
    expect(session.state.get().themes.map((t) => t.name)).toEqual(['Missile claims', 'Deconfliction talks']);
    expect(repaint.afterCounts).toHaveBeenCalledTimes(1);
  });
});

describe('the notebook session on a read-only notebook', () => {
  beforeEach(() => {
    installFakeNotebook({ readOnly: true });
  });

  afterEach(removeFakeNotebook);

  it('refuses a change before it is sent, and says why', async () => {
    const { session } = sessionWithRepaint();
    expect(session.refuseChange()).toBe(false);
    await session.load();
    expect(session.readOnly).toBe(true);
    expect(session.refuseChange()).toBe(true);
    expect(messages.get().list.map((m) => m.text)).toEqual([READ_ONLY_MESSAGE]);
  });
});
