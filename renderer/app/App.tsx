import { useEffect, useState } from 'react';
import { AgreementView } from '../features/agreement/AgreementView';
import { CodebookView } from '../features/codebook/CodebookView';
import { DocumentsPanel } from '../features/documents/DocumentsPanel';
import { DropZone } from '../features/import/DropZone';
import { ImportProgressPanel } from '../features/import/ImportProgressPanel';
import { OverviewView } from '../features/overview/OverviewView';
import { Reader } from '../features/reader/Reader';
import { RetrieveView } from '../features/retrieve/RetrieveView';
import { StatusBar } from '../features/status/StatusBar';
import { ReadOnlyBanner } from '../features/read-only/ReadOnlyBanner';
import { Toasts } from '../features/status/Toasts';
import { ThemePanel } from '../features/themes/ThemePanel';
import { useWorkspaceState } from '../state/session-context';
import { Icon } from '../ui/Icon';
import { Dialogs } from './Dialogs';
import { Toolbar } from './Toolbar';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';
import { useNotebookEvents } from './use-notebook-events';
import { Workspace } from './workspace';
import { useWorkspace, WorkspaceProvider } from './workspace-context';

const viewNames = { reader: 'Reading', retrieve: 'Retrieve', overview: 'Overview', agreement: 'Agreement', codebook: 'Codebook' } as const;

export function App() {
  const [workspace] = useState(() => new Workspace());
  useEffect(() => {
    void workspace.start();
  }, [workspace]);
  useKeyboardShortcuts(workspace);
  useNotebookEvents(workspace);
  return (
    <WorkspaceProvider workspace={workspace}>
      <Layout />
    </WorkspaceProvider>
  );
}

function Layout() {
  const workspace = useWorkspace();
  const phase = useWorkspaceState((s) => s.phase);
  const failure = useWorkspaceState((s) => s.failure);
  const view = useWorkspaceState((s) => s.view);
  const drawer = useWorkspaceState((s) => s.drawer);
  const readOnly = useWorkspaceState((s) => s.notebook?.readOnly === true);

  if (phase === 'failed') {
    return (
      <div className="app-failure" role="alert">
        <Icon name="warning" size={28} />
        <h1>Themata could not open the notebook</h1>
        <p>{failure}</p>
        <button type="button" className="button primary" onClick={() => void workspace.start()}>
          Try again
        </button>
      </div>
    );
  }

  const classes = ['app', `view-${view}`];
  if (drawer) classes.push(`drawer-${drawer}`);
  if (readOnly) classes.push('read-only');
  return (
    <div className={classes.join(' ')}>
      <Toolbar />
      <ReadOnlyBanner />
      <div className="workspace">
        <div className="panel-slot left">
          <DocumentsPanel />
        </div>
        <main className="center" aria-label={viewNames[view]}>
          {view === 'reader' ? (
            <Reader />
          ) : view === 'retrieve' ? (
            <RetrieveView />
          ) : view === 'overview' ? (
            <OverviewView />
          ) : view === 'agreement' ? (
            <AgreementView />
          ) : (
            <CodebookView />
          )}
        </main>
        {view === 'reader' ? (
          <div className="panel-slot right">
            <ThemePanel />
          </div>
        ) : null}
        {drawer ? <div className="drawer-scrim" aria-hidden="true" onClick={() => workspace.state.set({ drawer: null })} /> : null}
      </div>
      <StatusBar />
      <Toasts />
      <ImportProgressPanel />
      <DropZone />
      <Dialogs />
    </div>
  );
}
