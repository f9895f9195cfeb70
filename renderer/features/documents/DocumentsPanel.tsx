import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import { READ_ONLY_TITLE } from '../../state/read-only';
import { useWorkspaceState } from '../../state/session-context';
import { useNavigation } from '../../state/navigation';
import { Icon } from '../../ui/Icon';
import { sortDocuments, useDetails } from '../details/details-actions';
import { formatPublished } from '../details/published-date';
import { useMemos } from '../memos/memo-actions';
import { ImportMenu } from '../import/ImportMenu';
import { codedByPhrase, listNames } from '../coders/coder-view';
import { useReader } from '../reader/reader-actions';
import { useScope } from '../scope/scope-actions';
import { SearchResults } from '../search/SearchResults';

/** The left panel: the notebook's documents with their counts (ticked to choose a selection), or search results while searching. */
export function DocumentsPanel() {
  const searching = useWorkspaceState((s) => s.search.query.trim() !== '');
  return searching ? <SearchResults /> : <DocumentList />;
}

/** About one row's height, for the first layout; rows are measured as they are drawn. */
const ROW_ESTIMATE = 66;

function DocumentList() {
  const navigation = useNavigation();
  const reader = useReader();
  const details = useDetails();
  const memos = useMemos();
  const sort = useWorkspaceState((s) => s.documentSort);
  const all = useWorkspaceState((s) => s.documents);
  const documents = useMemo(() => sortDocuments(all, sort), [all, sort]);
  const scope = useScope();
  const openId = useWorkspaceState((s) => s.documentId);
  const view = useWorkspaceState((s) => s.view);
  const readOnly = useWorkspaceState((s) => s.notebook?.readOnly === true);
  const coder = useWorkspaceState((s) => s.notebook?.coder ?? '');
  const chosenIds = useWorkspaceState((s) => s.scope.chosen);
  const across = useWorkspaceState((s) => s.filterAcross);
  const chosen = useMemo(() => new Set(chosenIds), [chosenIds]);
  const filtered = useMemo(() => (across ? new Map(across.documents.map((d) => [d.documentId, d.count])) : null), [across]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const ticked = documents.filter((d) => chosen.has(d.id)).length;

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual's API cannot be memoized by the React Compiler; this component opts out, as its docs advise.
  const virtualizer = useVirtualizer({
    count: documents.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey: (index) => documents[index]?.id ?? index,
    overscan: 8,
  });

  // The open document stays in view when it changes (a reload, ] into the next document).
  const openIndex = documents.findIndex((d) => d.id === openId);
  useEffect(() => {
    if (openIndex >= 0) virtualizer.scrollToIndex(openIndex, { align: 'auto' });
  }, [openIndex, virtualizer]);

  return (
    <nav className="side-panel documents-panel" aria-label="Documents">
      <div className="panel-header">
        <h2 className="panel-title">Documents</h2>
        <div className="panel-actions">
        <button
          type="button"
          className="icon-button"
          aria-label="Notebook memo"
          title="Notebook memo: your writing about the whole study"
          onClick={() => memos.open({ kind: 'notebook' })}
        >
          <Icon name="notebook" />
        </button>
        <ImportMenu />
        </div>
      </div>
      {documents.length > 1 ? (
        <div className="document-sort">
          <label htmlFor="document-sort">Sort by</label>
          <select
            id="document-sort"
            className="field small"
            value={sort}
            onChange={(event) => details.sortBy(event.target.value as typeof sort)}
          >
            <option value="import">Import order</option>
            <option value="title">Title</option>
            <option value="outlet">Outlet</option>
            <option value="date">Published date</option>
          </select>
        </div>
      ) : null}
      {ticked > 0 ? (
        <div className="chosen-bar">
          <span>
            {ticked.toLocaleString()} of {documents.length.toLocaleString()} chosen
          </span>
          <button type="button" className="button ghost small" onClick={() => void scope.clearChosen()}>
            Clear
          </button>
        </div>
      ) : documents.length > 1 ? (
        <p className="chosen-hint">Tick documents to work across a selection of them.</p>
      ) : null}
      {documents.length === 0 ? (
        <div className="panel-empty">
          <p>No documents yet.</p>
          <p className="muted">
            {readOnly ? 'This notebook is read-only, so nothing can be imported into it.' : 'Import an article (text, web page, PDF, Word), paste text, or drop files on the window.'}
          </p>
        </div>
      ) : (
        <div className="document-scroll" ref={scrollRef}>
          <ul className="document-list" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const document = documents[item.index];
              if (!document) return null;
              const share = document.sentenceCount > 0 ? document.taggedCount / document.sentenceCount : 0;
              const current = document.id === openId;
              const matches = filtered?.get(document.id) ?? 0;
              return (
                <li
                  key={item.key}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  className={current ? 'document-item current' : 'document-item'}
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  <input
                    type="checkbox"
                    className="document-check"
                    checked={chosen.has(document.id)}
                    aria-label={`Choose ${document.title}`}
                    title="Work across the chosen documents"
                    onChange={(event) => void scope.choose(document.id, event.target.checked)}
                  />
                  <button
                    type="button"
                    className="document-button"
                    aria-current={current && view === 'reader' ? 'page' : undefined}
                    aria-describedby={document.codedBy.length > 0 ? `document-counts-${document.id} document-coded-${document.id}` : `document-counts-${document.id}`}
                    onClick={() => void reader.openDocument(document.id)}
                  >
                    <span className="document-name">{document.title}</span>
                    {document.outlet || document.publishedOn ? (
                      <span className="document-source">
                        {[document.outlet, document.publishedOn ? formatPublished(document.publishedOn) : null].filter(Boolean).join(' · ')}
                      </span>
                    ) : null}
                    <span className="document-counts" id={`document-counts-${document.id}`}>
                      {document.sentenceCount.toLocaleString()} sentences · {document.taggedCount.toLocaleString()} tagged
                      {document.noteCount > 0 ? ` · ${document.noteCount.toLocaleString()} ${document.noteCount === 1 ? 'note' : 'notes'}` : ''}
                      {filtered && matches > 0 ? <span className="document-matches"> · {matches.toLocaleString()} filtered</span> : null}
                    </span>
                    {document.codedBy.length > 0 ? (
                      <span className="document-coded" id={`document-coded-${document.id}`} title={`Marked as coded by ${listNames(document.codedBy)}`}>
                        <Icon name="check" size={12} /> Coded by {codedByPhrase(document.codedBy, coder)}
                      </span>
                    ) : null}
                    <span className="progress" aria-hidden="true">
                      <span className="progress-fill" style={{ width: `${Math.round(share * 100)}%` }} />
                    </span>
                  </button>
                  <button
                    type="button"
                    className="icon-button document-remove"
                    aria-label={`Remove ${document.title}`}
                    title={readOnly ? READ_ONLY_TITLE : 'Remove from the notebook'}
                    disabled={readOnly}
                    onClick={() => navigation.openDialog({ kind: 'delete-document', documentId: document.id })}
                  >
                    <Icon name="trash" size={14} />
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </nav>
  );
}
