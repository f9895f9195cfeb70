import { describe, expect, it } from 'vitest';
import type { SaveState } from '../../state/workspace-state';
import { NoteAutosave, type Timers } from './note-autosave';

function fakeTimers() {
  let pending: (() => void) | null = null;
  const timers: Timers = {
    set: (run) => {
      pending = run;
      return run;
    },
    clear: () => {
      pending = null;
    },
  };
  return { timers, fire: () => pending?.(), get armed() { return pending !== null; } };
}

function setup(result = true) {
  const saved: [number, string][] = [];
  const states: SaveState[] = [];
  const clock = fakeTimers();
  const autosave = new NoteAutosave({
    timers: clock.timers,
    save: async (id, body) => {
      saved.push([id, body]);
      return result;
    },
    onStateChange: (state) => states.push(state),
  });
  return { autosave, saved, states, clock };
}

describe('saving a note as the researcher types', () => {
  it('waits for a pause in typing, then saves the last text once', async () => {
    const { autosave, saved, clock } = setup();
    autosave.change(5, 'Carter');
    autosave.change(5, "Carter's");
    autosave.change(5, "Carter's framing");
    expect(saved).toEqual([]);
    expect(autosave.saveState).toBe('pending');
    clock.fire();
    await Promise.resolve();
    await Promise.resolve();
    expect(saved).toEqual([[5, "Carter's framing"]]);
    expect(autosave.saveState).toBe('saved');
  });

  it('saves at once when flushed (leaving the note, switching documents, closing)', async () => {
    const { autosave, saved, clock } = setup();
    autosave.change(5, 'draft');
    autosave.change(6, 'other');
    await autosave.flush();
    expect(saved).toEqual([[5, 'draft'], [6, 'other']]);
    expect(clock.armed).toBe(false);
  });

  it('says pending, saving, then saved', async () => {
    const { autosave, states } = setup();
    autosave.change(5, 'x');
    await autosave.flush();
    expect(states).toEqual(['pending', 'saving', 'saved']);
  });

  it('says so when the notebook refused the note', async () => {
    const { autosave } = setup(false);
    autosave.change(5, 'x');
    await autosave.flush();
    expect(autosave.saveState).toBe('failed');
  });

  it('does nothing when nothing waits', async () => {
    const { autosave, saved, states } = setup();
    await autosave.flush();
    expect(saved).toEqual([]);
    expect(states).toEqual([]);
  });
});
