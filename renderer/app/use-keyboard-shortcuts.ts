import { useEffect } from 'react';
import { isMac } from '../lib/platform';
import { runKeyCommand } from './commands';
import { resolveKey } from './keyboard-map';
import type { Workspace } from './workspace';

/** Whether a key went to a place where the researcher types. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  }
  return target.getAttribute('role') === 'combobox';
}

/** The workspace's keyboard map, listened to on the window. Open dialogs keep their own keys. */
export function useKeyboardShortcuts(workspace: Workspace): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      if (workspace.state.get().dialog) return;
      const command = resolveKey({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        shiftKey: event.shiftKey,
        altKey: event.altKey,
        inTextField: isTextField(event.target),
        isMac,
      });
      if (!command) return;
      // A key pressed on a button (Space, Enter) is the button's; the map has neither.
      if (command.type === 'escape' && isTextField(event.target)) return;
      if (runKeyCommand(workspace, command)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [workspace]);
}
