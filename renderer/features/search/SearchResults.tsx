import { useWorkspaceState } from '../../state/session-context';
import { useMemos } from '../memos/memo-actions';
import { Icon } from '../../ui/Icon';
import { excerptAround, highlightRuns } from './highlight';
import { useSearch } from './search-actions';

/** Search results in the left panel: where each match is, its text with the match marked; a click jumps there. */
export function SearchResults() {
  const searchActions = useSearch();
  const memoActions = useMemos();
  const search = useWorkspaceState((s) => s.search);
  const openId = useWorkspaceState((s) => s.documentId);
  const selection = useWorkspaceState((s) => s.selection);
  const { hits, status, query } = search;
  const memos = search.memos ?? [];
  const memoPhrase = memos.length === 0 ? '' : ` · ${memos.length} ${memos.length === 1 ? 'memo' : 'memos'}`;
  const summary =
    status === 'searching' && hits.length === 0
      ? 'Searching…'
      : hits.length === 0 && memos.length === 0
        ? `Nothing matches “${query.trim()}”`
        : `${hits.length === 200 ? '200+' : hits.length} ${hits.length === 1 ? 'match' : 'matches'}${memoPhrase}`;

  return (
    <section className="side-panel search-panel" aria-label="Search results">
      <div className="panel-header">
        <h2 className="panel-title">Results</h2>
        <button type="button" className="icon-button" aria-label="Close the search" title="Close the search (Esc)" onClick={() => searchActions.clear()}>
          <Icon name="close" />
        </button>
      </div>
      <p className="search-summary" role="status">
        {summary}
      </p>
      <ul className="result-list">
        {hits.map((hit) => {
          const current = hit.documentId === openId && selection?.focus === hit.sentenceNumber;
          return (
            <li key={hit.sentenceId}>
              <button
                type="button"
                className={current ? 'result current' : 'result'}
                aria-current={current ? 'true' : undefined}
                data-result-sentence={hit.sentenceNumber}
                onClick={() => void searchActions.goTo(hit)}
              >
                <span className="result-where">
                  <span className="result-document">{hit.documentTitle}</span>
                  <span className="result-number">§ {hit.sentenceNumber}</span>
                </span>
                <span className="result-text">
                  {highlightRuns(hit.text, hit.highlights).map((run, i) =>
                    run.highlighted ? <mark key={i}>{run.text}</mark> : <span key={i}>{run.text}</span>,
                  )}
                </span>
                {hit.note && hit.matchedIn !== 'sentence' ? (
                  <span className="result-note">
                    <Icon name="note" size={12} /> {excerptAround(hit.note, query)}
                  </span>
                ) : null}
              </button>
            </li>
          );
        })}
      </ul>
      {memos.length > 0 ? (
        <>
          <h3 className="memo-results-title" id="memo-results">
            Memos
          </h3>
          <ul className="result-list" aria-labelledby="memo-results">
            {memos.map((memo) => (
              <li key={JSON.stringify(memo.subject)}>
                <button type="button" className="result result-memo" onClick={() => memoActions.open(memo.subject)}>
                  <span className="result-where">
                    <span className="result-document">
                      <Icon name="notebook" size={12} /> {memo.label}
                    </span>
                  </span>
                  <span className="result-text">{excerptAround(memo.body, query)}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
