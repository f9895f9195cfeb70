/** What a menu command or a key from the keyboard map does in the workspace: the feature action it runs. */
import type { MenuCommand } from '../../electron/contract';
import { single } from '../state/selection';
import type { KeyCommand } from './keyboard-map';
import { keyChangesNotebook, menuCommandChangesNotebook } from './read-only';
import type { Workspace } from './workspace';

export function runMenuCommand(workspace: Workspace, command: MenuCommand): void {
  if (menuCommandChangesNotebook(command) && workspace.session.refuseChange()) return;
  switch (command) {
    case 'notebook:new':
      void workspace.documents.createNotebook();
      return;
    case 'notebook:open':
      void workspace.documents.openNotebook();
      return;
    case 'document:import':
      void workspace.imports.choose('files');
      return;
    case 'document:import-folder':
      void workspace.imports.choose('folder');
      return;
    case 'document:import-project':
      void workspace.imports.chooseProject();
      return;
    case 'document:merge':
      void workspace.imports.chooseWorkToMerge();
      return;
    case 'export:open':
      workspace.navigation.openDialog({ kind: 'export' });
      return;
    case 'backups:restore':
      workspace.navigation.openDialog({ kind: 'restore-backup' });
      return;
    case 'edit:undo':
      void workspace.history.undo();
      return;
    case 'edit:redo':
      void workspace.history.redo();
      return;
    case 'edit:find':
      workspace.search.focus();
      return;
    case 'view:overview':
      workspace.navigation.setView('overview');
      return;
    case 'view:reader':
      workspace.navigation.setView('reader');
      return;
    case 'view:agreement':
      workspace.navigation.setView('agreement');
      return;
    case 'view:codebook':
      workspace.navigation.setView('codebook');
      return;
    case 'help:keys':
      workspace.navigation.openDialog({ kind: 'shortcuts' });
      return;
    case 'coders:change':
      workspace.navigation.openDialog({ kind: 'coder' });
      return;
  }
}

/** Runs a key's command; returns whether the workspace used the key. */
export function runKeyCommand(workspace: Workspace, command: KeyCommand): boolean {
  // A read-only notebook takes the key, so it does nothing else, and says why.
  if (keyChangesNotebook(command) && workspace.session.refuseChange()) return true;
  const s = workspace.state.get();
  const inReader = s.view === 'reader' && s.sentences !== null;
  switch (command.type) {
    case 'selection:move':
      if (!inReader) return false;
      workspace.selection.move(command.by, command.extend);
      return true;
    case 'selection:edge':
      if (!inReader) return false;
      workspace.selection.selectEdge(command.to);
      return true;
    case 'selection:page':
      if (!inReader) return false;
      workspace.selection.page(command.by);
      return true;
    case 'go-to-sentence:open':
      if (!inReader) return false;
      workspace.navigation.openDialog({ kind: 'go-to-sentence' });
      return true;
    case 'theme:toggle-slot':
      if (!inReader) return false;
      void workspace.tags.toggleSlot(command.slot);
      return true;
    case 'palette:open':
      if (!inReader) return false;
      workspace.navigation.openDialog({ kind: 'palette' });
      return true;
    case 'note:edit':
      if (!inReader) return false;
      workspace.notes.edit();
      return true;
    case 'filter:jump':
      if (!inReader) return false;
      void workspace.matches.jump(command.by);
      return true;
    case 'search:focus':
      workspace.search.focus();
      return true;
    case 'history:undo':
      void workspace.history.undo();
      return true;
    case 'history:redo':
      void workspace.history.redo();
      return true;
    case 'export:open':
      workspace.navigation.openDialog({ kind: 'export' });
      return true;
    case 'shortcuts:open':
      workspace.navigation.openDialog({ kind: 'shortcuts' });
      return true;
    case 'escape':
      return escape(workspace);
  }
}

/** Esc outside a field: close the search, then a drawer, then shrink a range to one sentence, or leave a theme's disagreements for the table. */
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
  if (s.view === 'agreement' && s.agreement.themeId !== null) {
    void workspace.agreement.chooseTheme(null);
    return true;
  }
  if (s.selection && s.selection.anchor !== s.selection.focus) {
    workspace.selection.select(single(s.selection.focus), true);
    return true;
  }
  return false;
}
