import { READ_ONLY_TITLE } from '../../state/read-only';
import { useWorkspaceState } from '../../state/session-context';
import { useNavigation } from '../../state/navigation';
import { Icon } from '../../ui/Icon';
import { sortDocuments, useDetails } from '../details/details-actions';
import { formatPublished } from '../details/published-date';
import { useMemos } from '../memos/memo-actions';
import { ImportMenu } from '../import/ImportMenu';
import { useReader } from '../reader/reader-actions';
import { SearchResults } from '../search/SearchResults';

/** The left panel: the notebook's documents with their counts, or search results while searching. */
export function DocumentsPanel() {
  const searching = useWorkspaceState((s) => s.search.query.trim() !== '');
  return searching ? <SearchResults /> : <DocumentList />;
}

function DocumentList() {
  const navigation = useNavigation();
  const reader = useReader();
  const details = useDetails();
  const memos = useMemos();
  const sort = useWorkspaceState((s) => s.documentSort);
  const all = useWorkspaceState((s) => s.documents);
  const documents = sortDocuments(all, sort);
  const openId = useWorkspaceState((s) => s.documentId);
  const view = useWorkspaceState((s) => s.view);
  const readOnly = useWorkspaceState((s) => s.notebook?.readOnly === true);
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
      {documents.length === 0 ? (
        <div className="panel-empty">
          <p>No documents yet.</p>
          <p className="muted">
            {readOnly ? 'This notebook is read-only, so nothing can be imported into it.' : 'Import a .txt or .md file, paste text, or drop files on the window.'}
          </p>
        </div>
      ) : (
        <ul className="document-list">
          {documents.map((document) => {
            const share = document.sentenceCount > 0 ? document.taggedCount / document.sentenceCount : 0;
            const current = document.id === openId;
            return (
              <li key={document.id} className={current ? 'document-item current' : 'document-item'}>
                <button
                  type="button"
                  className="document-button"
                  aria-current={current && view === 'reader' ? 'page' : undefined}
                  aria-describedby={`document-counts-${document.id}`}
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
                  </span>
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
      )}
    </nav>
  );
}
