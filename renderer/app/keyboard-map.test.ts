import { describe, expect, it } from 'vitest';
import { chord, resolveKey, shortcutGroups, type KeyPress } from './keyboard-map';

function press(key: string, extra: Partial<KeyPress> = {}): KeyPress {
  return { key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, inTextField: false, isMac: false, ...extra };
}

describe('reading keys', () => {
  it('moves to the next and previous sentence with j/k and the arrows', () => {
    expect(resolveKey(press('j'))).toEqual({ type: 'selection:move', by: 1, extend: false });
    expect(resolveKey(press('ArrowDown'))).toEqual({ type: 'selection:move', by: 1, extend: false });
    expect(resolveKey(press('k'))).toEqual({ type: 'selection:move', by: -1, extend: false });
    expect(resolveKey(press('ArrowUp'))).toEqual({ type: 'selection:move', by: -1, extend: false });
  });

  it('goes to the first and last sentence with Home and End, with or without Ctrl (⌘ on a Mac)', () => {
    for (const extra of [{}, { ctrlKey: true }, { metaKey: true, isMac: true }]) {
      expect(resolveKey(press('Home', extra))).toEqual({ type: 'selection:edge', to: 'first' });
      expect(resolveKey(press('End', extra))).toEqual({ type: 'selection:edge', to: 'last' });
    }
  });

  it('pages with PageDown and PageUp', () => {
    expect(resolveKey(press('PageDown'))).toEqual({ type: 'selection:page', by: 1 });
    expect(resolveKey(press('PageUp'))).toEqual({ type: 'selection:page', by: -1 });
  });

  it('goes to a sentence by its number with Ctrl+G (⌘G on a Mac)', () => {
    expect(resolveKey(press('g', { ctrlKey: true }))).toEqual({ type: 'go-to-sentence:open' });
    expect(resolveKey(press('g', { metaKey: true, isMac: true }))).toEqual({ type: 'go-to-sentence:open' });
    expect(resolveKey(press('g'))).toBeNull();
  });

  it('extends the selection with Shift (the key arrives upper-case)', () => {
    expect(resolveKey(press('J', { shiftKey: true }))).toEqual({ type: 'selection:move', by: 1, extend: true });
    expect(resolveKey(press('ArrowUp', { shiftKey: true }))).toEqual({ type: 'selection:move', by: -1, extend: true });
  });
});

describe('coding keys', () => {
  it('toggles the theme in slots 1 to 9', () => {
    expect(resolveKey(press('1'))).toEqual({ type: 'theme:toggle-slot', slot: 1 });
    expect(resolveKey(press('9'))).toEqual({ type: 'theme:toggle-slot', slot: 9 });
    expect(resolveKey(press('0'))).toBeNull();
  });

  it('opens the palette with / and with Ctrl+K or ⌘K', () => {
    expect(resolveKey(press('/'))).toEqual({ type: 'palette:open' });
    expect(resolveKey(press('k', { ctrlKey: true }))).toEqual({ type: 'palette:open' });
    expect(resolveKey(press('k', { metaKey: true, isMac: true }))).toEqual({ type: 'palette:open' });
  });

  it('writes a note with n and jumps between filtered sentences with ] and [', () => {
    expect(resolveKey(press('n'))).toEqual({ type: 'note:edit' });
    expect(resolveKey(press(']'))).toEqual({ type: 'filter:jump', by: 1 });
    expect(resolveKey(press('['))).toEqual({ type: 'filter:jump', by: -1 });
  });
});

describe('typing in a text field', () => {
  it('never triggers a workspace key', () => {
    for (const key of ['j', 'k', '1', '/', 'n', ']', '?', 'ArrowDown', 'Home', 'End', 'PageDown', 'PageUp']) {
      expect(resolveKey(press(key, { inTextField: true }))).toBeNull();
    }
    // Ctrl+Home and Ctrl+End move the field's caret.
    expect(resolveKey(press('Home', { ctrlKey: true, inTextField: true }))).toBeNull();
    expect(resolveKey(press('End', { ctrlKey: true, inTextField: true }))).toBeNull();
  });

  it('leaves Ctrl+Z to the field, so typing can be undone there', () => {
    expect(resolveKey(press('z', { ctrlKey: true, inTextField: true }))).toBeNull();
  });

  it('still answers Escape and the search and export chords', () => {
    expect(resolveKey(press('Escape', { inTextField: true }))).toEqual({ type: 'escape' });
    expect(resolveKey(press('f', { ctrlKey: true, inTextField: true }))).toEqual({ type: 'search:focus' });
    expect(resolveKey(press('e', { ctrlKey: true, inTextField: true }))).toEqual({ type: 'export:open' });
  });
});

describe('notebook chords', () => {
  it('undoes and redoes with Ctrl+Z and Shift+Ctrl+Z', () => {
    expect(resolveKey(press('z', { ctrlKey: true }))).toEqual({ type: 'history:undo' });
    expect(resolveKey(press('Z', { ctrlKey: true, shiftKey: true }))).toEqual({ type: 'history:redo' });
    expect(resolveKey(press('y', { ctrlKey: true }))).toEqual({ type: 'history:redo' });
  });

  it('uses ⌘ on a Mac and leaves Ctrl to the system there', () => {
    expect(resolveKey(press('z', { metaKey: true, isMac: true }))).toEqual({ type: 'history:undo' });
    expect(resolveKey(press('z', { ctrlKey: true, isMac: true }))).toBeNull();
    expect(resolveKey(press('e', { metaKey: true, isMac: true }))).toEqual({ type: 'export:open' });
  });

  it('ignores keys pressed with Alt, which type characters on many layouts', () => {
    expect(resolveKey(press('j', { altKey: true }))).toBeNull();
  });

  it('opens the key map with ?', () => {
    expect(resolveKey(press('?', { shiftKey: true }))).toEqual({ type: 'shortcuts:open' });
  });
});

describe('the key map as shown', () => {
  it('names the platform modifier', () => {
    expect(chord(true, 'E')).toBe('⌘E');
    expect(chord(false, 'Z', true)).toBe('Shift+Ctrl+Z');
    const text = JSON.stringify(shortcutGroups(true));
    expect(text).toContain('⌘');
    expect(JSON.stringify(shortcutGroups(false))).not.toContain('⌘');
  });

  it('lists the views’ keys where a menu bar answers them (the desktop app), and only there', () => {
    const views = shortcutGroups(false, true).find((group) => group.title === 'Views');
    expect(views?.rows).toContainEqual({ keys: [['Ctrl', '4']], action: 'Agreement between coders' });
    expect(shortcutGroups(false).some((group) => group.title === 'Views')).toBe(false);
  });
});
