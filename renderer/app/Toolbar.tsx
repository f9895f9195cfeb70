import { FilterMenu } from '../features/filter/FilterMenu';
import { ImportMenu } from '../features/import/ImportMenu';
import { ScopeMenu } from '../features/scope/ScopeMenu';
import { SearchField } from '../features/search/SearchField';
import { isMac } from '../lib/platform';
import { READ_ONLY_TITLE } from '../state/read-only';
import { useWorkspaceState } from '../state/session-context';
import type { View } from '../state/workspace-state';
import { Icon } from '../ui/Icon';
import { MenuItem } from '../ui/MenuItem';
import { Popover } from '../ui/Popover';
import { chord } from './keyboard-map';
import { useWorkspace } from './workspace-context';

const views: { view: View; label: string; icon: 'book' | 'chart' | 'codebook' | 'retrieve' | 'agreement' }[] = [
  { view: 'reader', label: 'Reader', icon: 'book' },
  { view: 'retrieve', label: 'Retrieve', icon: 'retrieve' },
  { view: 'overview', label: 'Overview', icon: 'chart' },
  { view: 'agreement', label: 'Agreement', icon: 'agreement' },
  { view: 'codebook', label: 'Codebook', icon: 'codebook' },
];

/** The top bar: notebook, views, search, filter, undo/redo, import and export. */
export function Toolbar() {
  const workspace = useWorkspace();
  const notebook = useWorkspaceState((s) => s.notebook);
  const view = useWorkspaceState((s) => s.view);
  const history = useWorkspaceState((s) => s.history);
  const drawer = useWorkspaceState((s) => s.drawer);
  const readOnly = notebook?.readOnly === true;
  const undoTitle = readOnly ? READ_ONLY_TITLE : history.undoLabel ? `Undo ${lowerFirst(history.undoLabel)} (${chord(isMac, 'Z')})` : 'Nothing to undo';
  const redoTitle = readOnly ? READ_ONLY_TITLE : history.redoLabel ? `Redo ${lowerFirst(history.redoLabel)} (${chord(isMac, 'Z', true)})` : 'Nothing to redo';

  return (
    <header className="toolbar">
      <div className="toolbar-group">
        <button
          type="button"
          className="icon-button drawer-toggle"
          aria-label="Show documents"
          aria-expanded={drawer === 'documents'}
          onClick={() => workspace.navigation.toggleDrawer('documents')}
        >
          <Icon name="documents" />
        </button>
        <Popover
          label={`Notebook: ${notebook?.name ?? ''}`}
          title={notebook?.path}
          triggerClassName="button ghost notebook-button"
          trigger={
            <>
              <span className="app-mark" aria-hidden="true">
                Θ
              </span>
              <span className="notebook-name">{notebook?.name ?? 'Themata'}</span>
              <Icon name="chevronDown" size={14} />
            </>
          }
        >
          {(close) => (
            <div className="menu">
              {notebook ? (
                <p className="menu-note path" title={notebook.path}>
                  {notebook.path}
                </p>
              ) : null}
              <MenuItem icon="plus" close={close} onSelect={() => void workspace.documents.createNotebook()}>
                New notebook…
              </MenuItem>
              <MenuItem icon="folder" close={close} onSelect={() => void workspace.documents.openNotebook()}>
                Open notebook…
              </MenuItem>
              <MenuItem icon="restore" close={close} onSelect={() => workspace.navigation.openDialog({ kind: 'restore-backup' })}>
                Restore from a backup…
              </MenuItem>
            </div>
          )}
        </Popover>
      </div>

      <nav className="view-switch" aria-label="Views">
        {views.map((item) => (
          <button
            key={item.view}
            type="button"
            className={view === item.view ? 'view-button current' : 'view-button'}
            aria-current={view === item.view ? 'page' : undefined}
            title={item.label}
            onClick={() => workspace.navigation.setView(item.view)}
          >
            <Icon name={item.icon} size={15} />
            <span className="toolbar-label">{item.label}</span>
          </button>
        ))}
      </nav>

      <div className="toolbar-group grow">
        <ScopeMenu />
        <SearchField shortcut={chord(isMac, 'F')} />
        <FilterMenu />
      </div>

      <div className="toolbar-group">
        <button type="button" className="icon-button" aria-label="Undo" title={undoTitle} disabled={readOnly || !history.canUndo} onClick={() => void workspace.history.undo()}>
          <Icon name="undo" />
        </button>
        <button type="button" className="icon-button" aria-label="Redo" title={redoTitle} disabled={readOnly || !history.canRedo} onClick={() => void workspace.history.redo()}>
          <Icon name="redo" />
        </button>
        <span className="toolbar-divider" aria-hidden="true" />
        <ImportMenu withLabel />
        <button type="button" className="button toolbar-button export-button" title={`Export to Markdown, CSV or JSON (${chord(isMac, 'E')})`} onClick={() => workspace.navigation.openDialog({ kind: 'export' })}>
          <Icon name="export" />
          <span className="toolbar-label">Export</span>
        </button>
        <button
          type="button"
          className="icon-button drawer-toggle"
          aria-label="Show themes"
          aria-expanded={drawer === 'themes'}
          onClick={() => workspace.navigation.toggleDrawer('themes')}
        >
          <Icon name="themes" />
        </button>
      </div>
    </header>
  );
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
