/** What a menu command or a key from the keyboard map does in the workspace. */
import type { MenuCommand } from '../../electron/contract';
import { single } from '../state/selection';
import type { KeyCommand } from './keyboard-map';
import { keyChangesNotebook, menuCommandChangesNotebook } from './read-only';
import type { Workspace } from './workspace';

export function runMenuCommand(workspace: Workspace, command: MenuCommand): void {
  if (menuCommandChangesNotebook(command) && workspace.refuseChange()) return;
  switch (command) {
    case 'notebook:new':
      void workspace.documents.createNotebook();
      return;
    case 'notebook:open':
      void workspace.documents.openNotebook();
      return;
    case 'document:import':
      void workspace.documents.importFiles();
      return;
    case 'export:open':
      workspace.openDialog({ kind: 'export' });
      return;
    case 'backups:restore':
      workspace.openDialog({ kind: 'restore-backup' });
      return;
    case 'edit:undo':
      void workspace.undo();
      return;
    case 'edit:redo':
      void workspace.redo();
      return;
    case 'edit:find':
      workspace.search.focus();
      return;
    case 'view:overview':
      workspace.setView('overview');
      return;
    case 'view:reader':
      workspace.setView('reader');
      return;
    case 'view:codebook':
      workspace.setView('codebook');
      return;
    case 'help:keys':
      workspace.openDialog({ kind: 'shortcuts' });
      return;
  }
}

/** Runs a key's command; returns whether the workspace used the key. */
export function runKeyCommand(workspace: Workspace, command: KeyCommand): boolean {
  // A read-only notebook takes the key, so it does nothing else, and says why.
  if (keyChangesNotebook(command) && workspace.refuseChange()) return true;
  const s = workspace.state.get();
  const inReader = s.view === 'reader' && s.sentences !== null;
  switch (command.type) {
    case 'selection:move':
      if (!inReader) return false;
      workspace.moveSelection(command.by, command.extend);
      return true;
    case 'selection:edge':
      if (!inReader) return false;
      workspace.selectEdge(command.to);
      return true;
    case 'theme:toggle-slot':
      if (!inReader) return false;
      void workspace.toggleThemeSlot(command.slot);
      return true;
    case 'palette:open':
      if (!inReader) return false;
      workspace.openDialog({ kind: 'palette' });
      return true;
    case 'note:edit':
      if (!inReader) return false;
      workspace.editNote();
      return true;
    case 'filter:jump':
      if (!inReader) return false;
      void workspace.filter.jump(command.by);
      return true;
    case 'search:focus':
      workspace.search.focus();
      return true;
    case 'history:undo':
      void workspace.undo();
      return true;
    case 'history:redo':
      void workspace.redo();
      return true;
    case 'export:open':
      workspace.openDialog({ kind: 'export' });
      return true;
    case 'shortcuts:open':
      workspace.openDialog({ kind: 'shortcuts' });
      return true;
    case 'escape':
      return escape(workspace);
  }
}

/** Esc outside a field: close the search, then a drawer, then shrink a range to one sentence. */
function escape(workspace: Workspace): boolean {
  const s = workspace.state.get();
  if (s.search.query) {
    workspace.search.clear();
    workspace.state.set({ drawer: null });
    return true;
  }
  if (s.drawer) {
    workspace.state.set({ drawer: null });
    return true;
  }
  if (s.selection && s.selection.anchor !== s.selection.focus) {
    workspace.select(single(s.selection.focus), true);
    return true;
  }
  return false;
}
