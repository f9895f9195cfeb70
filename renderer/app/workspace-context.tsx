/**
 * The workspace as React sees it: app/'s own components reach the whole
 * Workspace; each feature's components reach only the session, the views and
 * dialogs, and the feature actions they use, through the hooks those modules
 * export. This provider is the one place that hands them out.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { AgreementProvider } from '../features/agreement/agreement-actions';
import { BackupsProvider } from '../features/backups/backup-actions';
import { CodebookProvider } from '../features/codebook/codebook-actions';
import { CodersProvider } from '../features/coders/coder-actions';
import { DetailsProvider } from '../features/details/details-actions';
import { DocumentsProvider } from '../features/documents/document-actions';
import { MemosProvider } from '../features/memos/memo-actions';
import { ExportProvider } from '../features/export/export-actions';
import { FilterProvider } from '../features/filter/filter-actions';
import { ImportsProvider } from '../features/import/import-actions';
import { MatchesProvider } from '../features/filter/match-actions';
import { NotesProvider } from '../features/notes/note-actions';
import { OverviewProvider } from '../features/overview/overview-actions';
import { ReaderProvider } from '../features/reader/reader-actions';
import { RetrieveProvider } from '../features/retrieve/retrieve-actions';
import { ScopeProvider } from '../features/scope/scope-actions';
import { SelectionProvider } from '../features/reader/selection-actions';
import { SearchProvider } from '../features/search/search-actions';
import { TagsProvider } from '../features/themes/tag-actions';
import { NavigationProvider } from '../state/navigation';
import { SessionProvider } from '../state/session-context';
import type { Workspace } from './workspace';

const WorkspaceContext = createContext<Workspace | null>(null);

export function WorkspaceProvider({ workspace, children }: { workspace: Workspace; children: ReactNode }) {
  return (
    <WorkspaceContext.Provider value={workspace}>
      <SessionProvider value={workspace.session}>
        <NavigationProvider value={workspace.navigation}>
          <SelectionProvider value={workspace.selection}>
            <ReaderProvider value={workspace.reader}>
              <NotesProvider value={workspace.notes}>
                <TagsProvider value={workspace.tags}>
                  <FilterProvider value={workspace.filter}>
                    <SearchProvider value={workspace.search}>
                      <CodebookProvider value={workspace.codebook}>
                        <DocumentsProvider value={workspace.documents}>
                          <OverviewProvider value={workspace.overview}>
                            <ExportProvider value={workspace.exports}>
                              <BackupsProvider value={workspace.backups}>
                                <MemosProvider value={workspace.memos}>
                                  <DetailsProvider value={workspace.details}>
                                    <ImportsProvider value={workspace.imports}>
                                      <MatchesProvider value={workspace.matches}>
                                        <ScopeProvider value={workspace.scope}>
                                          <RetrieveProvider value={workspace.retrieve}>
                                            <AgreementProvider value={workspace.agreement}>
                                              <CodersProvider value={workspace.coders}>{children}</CodersProvider>
                                            </AgreementProvider>
                                          </RetrieveProvider>
                                        </ScopeProvider>
                                      </MatchesProvider>
                                    </ImportsProvider>
                                  </DetailsProvider>
                                </MemosProvider>
                              </BackupsProvider>
                            </ExportProvider>
                          </OverviewProvider>
                        </DocumentsProvider>
                      </CodebookProvider>
                    </SearchProvider>
                  </FilterProvider>
                </TagsProvider>
              </NotesProvider>
            </ReaderProvider>
          </SelectionProvider>
        </NavigationProvider>
      </SessionProvider>
    </WorkspaceContext.Provider>
  );
}

/** The whole workspace, for app/'s own components (the layout, the toolbar). */
export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace needs a WorkspaceProvider');
  return workspace;
}
