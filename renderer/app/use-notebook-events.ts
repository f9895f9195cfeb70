import { useEffect } from 'react';
import { on } from '../lib/themata';
import { runMenuCommand } from './commands';
import { isTextField } from './use-keyboard-shortcuts';
import type { Workspace } from './workspace';

/**
 * Events from the desktop shell: menu commands, another notebook opened or
 * asked for. Also saves waiting notes when the window hides or closes.
 */
export function useNotebookEvents(workspace: Workspace): void {
  useEffect(() => {
    const unsubscribe = [
      on('menu:command', ({ command }) => {
        // Edit ▸ Undo while typing in a field undoes the typing, as in any editor, not the notebook.
        if ((command === 'edit:undo' || command === 'edit:redo') && isTextField(document.activeElement)) {
          document.execCommand(command === 'edit:undo' ? 'undo' : 'redo');
          return;
        }
        runMenuCommand(workspace, command);
      }),
      on('notebook:opened', () => void workspace.reload()),
      on('notebook:open-requested', ({ path }) => void workspace.documents.acceptOpenRequest(path)),
    ];
    const flush = () => void workspace.notes.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('beforeunload', flush);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      for (const stop of unsubscribe) stop();
      window.removeEventListener('beforeunload', flush);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [workspace]);
}
