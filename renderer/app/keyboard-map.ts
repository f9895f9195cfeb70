/**
 * The workspace's keyboard map, as data: which key does what, resolved from a
 * key event without touching the DOM, and the rows the `?` overlay shows.
 */
import type { ShortcutGroup } from '../features/shortcuts/ShortcutsOverlay';

export type KeyCommand =
  | { type: 'selection:move'; by: 1 | -1; extend: boolean }
  | { type: 'selection:edge'; to: 'first' | 'last' }
  | { type: 'selection:page'; by: 1 | -1 }
  | { type: 'go-to-sentence:open' }
  | { type: 'theme:toggle-slot'; slot: number }
  | { type: 'palette:open' }
  | { type: 'note:edit' }
  | { type: 'filter:jump'; by: 1 | -1 }
  | { type: 'search:focus' }
  | { type: 'history:undo' }
  | { type: 'history:redo' }
  | { type: 'export:open' }
  | { type: 'shortcuts:open' }
  | { type: 'escape' };

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  /** The key went to a text field (input, textarea, contenteditable). */
  inTextField: boolean;
  isMac: boolean;
}

/** What a key press means in the workspace, or null when it means nothing here. */
export function resolveKey(press: KeyPress): KeyCommand | null {
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  const mod = press.isMac ? press.metaKey : press.ctrlKey;
  // The other platform's modifier (Ctrl on a Mac) is left to the system.
  const otherMod = press.isMac ? press.ctrlKey : press.metaKey;
  if (key === 'Escape') return { type: 'escape' };
  if (press.altKey || otherMod) return null;

  if (mod) {
    switch (key) {
      case 'Home':
      case 'End':
        // In a field these move its caret.
        if (press.inTextField || press.shiftKey) return null;
        return { type: 'selection:edge', to: key === 'Home' ? 'first' : 'last' };
      case 'g':
        return press.shiftKey ? null : { type: 'go-to-sentence:open' };
      case 'f':
        return press.shiftKey ? null : { type: 'search:focus' };
      case 'k':
        return press.shiftKey ? null : { type: 'palette:open' };
      case 'e':
        return press.shiftKey ? null : { type: 'export:open' };
      case 'z':
        if (press.inTextField) return null; // the field's own undo
        return press.shiftKey ? { type: 'history:redo' } : { type: 'history:undo' };
      case 'y':
        if (press.inTextField || press.isMac) return null;
        return { type: 'history:redo' };
      default:
        return null;
    }
  }

  // Typing in a text field never triggers a workspace key.
  if (press.inTextField) return null;

  switch (key) {
    case 'j':
    case 'ArrowDown':
      return { type: 'selection:move', by: 1, extend: press.shiftKey };
    case 'k':
    case 'ArrowUp':
      return { type: 'selection:move', by: -1, extend: press.shiftKey };
    case 'Home':
      return { type: 'selection:edge', to: 'first' };
    case 'End':
      return { type: 'selection:edge', to: 'last' };
    case 'PageDown':
      return { type: 'selection:page', by: 1 };
    case 'PageUp':
      return { type: 'selection:page', by: -1 };
    case '/':
      return { type: 'palette:open' };
    case 'n':
      return press.shiftKey ? null : { type: 'note:edit' };
    case ']':
      return { type: 'filter:jump', by: 1 };
    case '[':
      return { type: 'filter:jump', by: -1 };
    case '?':
      return { type: 'shortcuts:open' };
    default:
      break;
  }
  if (/^[1-9]$/.test(key) && !press.shiftKey) return { type: 'theme:toggle-slot', slot: Number(key) };
  return null;
}

/**
 * The map as the `?` overlay and the menus show it, in the platform's words;
 * with a menu bar (the desktop app), its keys for the views too.
 */
export function shortcutGroups(isMac: boolean, menuBar = false): ShortcutGroup[] {
  const mod = isMac ? '⌘' : 'Ctrl';
  const shift = isMac ? '⇧' : 'Shift';
  const views: ShortcutGroup[] = menuBar
    ? [
        {
          title: 'Views',
          rows: [
            { keys: [[mod, '1']], action: 'Reader' },
            { keys: [[mod, '2']], action: 'Overview' },
            { keys: [[mod, '3']], action: 'Codebook' },
            { keys: [[mod, '4']], action: 'Agreement between coders' },
          ],
        },
      ]
    : [];
  return [
    {
      title: 'Reading',
      rows: [
        { keys: [['j'], ['↓']], action: 'Next sentence' },
        { keys: [['k'], ['↑']], action: 'Previous sentence' },
        { keys: [[shift, 'j'], [shift, 'k']], action: 'Extend the selection' },
        { keys: [[shift, 'Click']], action: 'Select a range' },
        { keys: [['Home'], ['End']], action: 'First / last sentence' },
        { keys: [['PgUp'], ['PgDn']], action: 'Page up / down (selects the sentence at the top)' },
        { keys: [[mod, 'G']], action: 'Go to a sentence by its number' },
      ],
    },
    {
      title: 'Coding',
      rows: [
        { keys: [['1'], ['…'], ['9']], action: 'Toggle the first nine themes, in codebook order' },
        { keys: [['/'], [mod, 'K']], action: 'Theme palette: every theme, or create one' },
        { keys: [['n']], action: 'Write a note on the sentence' },
        { keys: [['Esc']], action: 'Leave the note or close' },
      ],
    },
    {
      title: 'Finding',
      rows: [
        { keys: [[mod, 'F']], action: 'Search sentences and notes' },
        { keys: [[']'], ['[']], action: 'Next / previous filtered sentence, on into the next document of the scope' },
      ],
    },
    {
      title: 'Notebook',
      rows: [
        { keys: [[mod, 'Z']], action: 'Undo' },
        { keys: [[shift, mod, 'Z']], action: 'Redo' },
        { keys: [[mod, 'E']], action: 'Export to Markdown, CSV or JSON' },
        { keys: [['?']], action: 'This list of keys' },
      ],
    },
    {
      title: 'Agreement',
      rows: [
        { keys: [['j'], ['k'], ['↓'], ['↑']], action: 'Next / previous disagreement' },
        { keys: [['Enter']], action: 'Open the disagreement in the reader' },
        { keys: [['Esc']], action: 'Back to the table per theme' },
      ],
    },
    ...views,
  ];
}

/** The modifier shown in buttons' hints ("Ctrl+E" or "⌘E"). */
export function chord(isMac: boolean, key: string, shift = false): string {
  if (isMac) return `${shift ? '⇧' : ''}⌘${key}`;
  return `${shift ? 'Shift+' : ''}Ctrl+${key}`;
}
