import { describe, expect, it } from 'vitest';
import { MenuCommand } from '../../electron/contract';
import type { KeyCommand } from './keyboard-map';
import { keyChangesNotebook, menuCommandChangesNotebook } from './read-only';

/** One of each command of the keyboard map. */
const everyKey: KeyCommand[] = [
  { type: 'selection:move', by: 1, extend: false },
  { type: 'selection:edge', to: 'first' },
  { type: 'theme:toggle-slot', slot: 1 },
  { type: 'palette:open' },
  { type: 'note:edit' },
  { type: 'filter:jump', by: 1 },
  { type: 'search:focus' },
  { type: 'history:undo' },
  { type: 'history:redo' },
  { type: 'export:open' },
  { type: 'shortcuts:open' },
  { type: 'escape' },
];

describe('what a read-only notebook refuses', () => {
  it('refuses the keys that tag, write notes and undo; keeps the keys that read, find and export', () => {
    expect(everyKey.filter(keyChangesNotebook).map((k) => k.type)).toEqual(['theme:toggle-slot', 'palette:open', 'note:edit', 'history:undo', 'history:redo']);
  });

  it('refuses import, merge, undo and redo from the menu; keeps opening, finding, views and export', () => {
    expect(MenuCommand.options.filter(menuCommandChangesNotebook)).toEqual(['document:import', 'document:import-folder', 'document:import-project', 'document:merge', 'edit:undo', 'edit:redo']);
    for (const kept of ['notebook:open', 'notebook:new', 'export:open', 'edit:find', 'view:codebook'] as const) {
      expect(menuCommandChangesNotebook(kept)).toBe(false);
    }
  });
});
