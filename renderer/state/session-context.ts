import { useStore } from '../lib/store';
import { actionsContext } from './actions-context';
import type { NotebookSession } from './notebook-session';
import type { WorkspaceState } from './workspace-state';

export const [SessionProvider, useSession] = actionsContext<NotebookSession>('notebook session');

/** Reads one piece of the workspace state; the component re-renders only when it changes. */
export function useWorkspaceState<T>(select: (state: WorkspaceState) => T): T {
  return useStore(useSession().state, select);
}
