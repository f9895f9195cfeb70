import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from '../lib/store';
import type { Workspace } from './workspace';
import type { WorkspaceState } from '../state/workspace-state';

const WorkspaceContext = createContext<Workspace | null>(null);

export function WorkspaceProvider({ workspace, children }: { workspace: Workspace; children: ReactNode }) {
  return <WorkspaceContext.Provider value={workspace}>{children}</WorkspaceContext.Provider>;
}

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace needs a WorkspaceProvider');
  return workspace;
}

/** Reads one piece of the workspace state; the component re-renders only when it changes. */
export function useWorkspaceState<T>(select: (state: WorkspaceState) => T): T {
  return useStore(useWorkspace().state, select);
}
