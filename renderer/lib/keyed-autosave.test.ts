import { describe, expect, it } from 'vitest';
import type { SaveState } from '../state/workspace-state';
import { KeyedAutosave } from './keyed-autosave';

/** Timers the test runs by hand. */
function manualTimers() {
  const pending = new Map<number, () => void>();
  let next = 1;
  return {
    set: (run: () => void) => {
      pending.set(next, run);
      return next++;
    },
    clear: (handle: unknown) => void pending.delete(handle as number),
    runAll: () => {
      const runs = [...pending.values()];
      pending.clear();
      for (const run of runs) run();
    },
  };
}

describe('KeyedAutosave', () => {
  it('saves only the last value typed into each field, after the pause, and says so', async () => {
    const timers = manualTimers();
    const saved: [string, string][] = [];
    const states: SaveState[] = [];
    const autosave = new KeyedAutosave<string>({ timers, save: async (key, value) => (saved.push([key, value]), true), onStateChange: (s) => states.push(s) });
    autosave.change('1:outlet', 'R');
    autosave.change('1:outlet', 'Reuters');
    autosave.change('memo:notebook', 'Framing');
    expect(saved).toEqual([]);
    expect(autosave.saveState).toBe('pending');
    timers.runAll();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(saved).toEqual([['1:outlet', 'Reuters'], ['memo:notebook', 'Framing']]);
    expect(autosave.saveState).toBe('saved');
    expect(states).toEqual(['pending', 'saving', 'saved']);
  });

  it('reports a refused save as failed until a later save succeeds', async () => {
    let accept = false;
    const autosave = new KeyedAutosave<string>({ timers: manualTimers(), save: async () => accept });
    autosave.change('1:url', 'example.org');
    await autosave.flush();
    expect(autosave.saveState).toBe('failed');
    accept = true;
    autosave.change('1:url', 'https://example.org');
    await autosave.flush();
    expect(autosave.saveState).toBe('saved');
  });

  it('drops a change that is no longer wanted', async () => {
    const saved: string[] = [];
    const autosave = new KeyedAutosave<string>({ timers: manualTimers(), save: async (key) => (saved.push(key), true) });
    autosave.change('1:title', '');
    autosave.drop('1:title');
    expect(autosave.saveState).toBe('saved');
    await autosave.flush();
    expect(saved).toEqual([]);
  });

  it('saves every waiting field at once when flushed, keys of any kind, and leaves no timer armed', async () => {
    let armed = 0;
    const timers = { set: (run: () => void) => (armed += 1, run), clear: () => void (armed -= 1) };
    const saved: [number, string][] = [];
    const autosave = new KeyedAutosave<string, number>({ timers, save: async (id, body) => (saved.push([id, body]), true) });
    autosave.change(5, 'draft');
    autosave.change(6, 'other');
    await autosave.flush();
    expect(saved).toEqual([[5, 'draft'], [6, 'other']]);
    expect(armed).toBe(0);
    expect(autosave.saveState).toBe('saved');
  });

  it('does nothing when nothing waits', async () => {
    const states: string[] = [];
    const saved: string[] = [];
    const autosave = new KeyedAutosave<string>({ timers: manualTimers(), save: async (key) => (saved.push(key), true), onStateChange: (s) => states.push(s) });
    await autosave.flush();
    expect(saved).toEqual([]);
    expect(states).toEqual([]);
  });
});
